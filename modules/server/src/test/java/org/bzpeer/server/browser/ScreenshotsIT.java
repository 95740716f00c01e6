package org.bzpeer.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Full-page screenshots for people to look at (CI keeps {@code modules/server/target/screenshots/}): the
 * profile (desktop, phone, dark), a work page and the explorer. Pages whose route has not landed are skipped.
 */
@BrowserTest
class ScreenshotsIT {

    static final Path DIR = Path.of("target", "screenshots");

    private static TestApp app;
    private static Chromium chromium;

    @BeforeAll
    static void directory() throws IOException {
        Files.createDirectories(DIR);
    }

    @BeforeEach
    void setUp(TestApp sharedApp, Chromium classBrowser) {
        app = sharedApp;
        chromium = classBrowser;
    }

    @AfterEach
    void reset() {
        if (chromium != null) {
            chromium.resetViewport();
            chromium.colorScheme("light");
        }
    }

    @Test
    @DisplayName("profile, desktop (1280 px)")
    void profile() throws IOException {
        shoot("profile", app.pathOf(PageType.PROFILE), Chromium.WIDTH);
    }

    @Test
    @DisplayName("profile, phone (390 px)")
    void profileOnAPhone() throws IOException {
        shoot("profile-390", app.pathOf(PageType.PROFILE), 390);
    }

    @Test
    @DisplayName("profile, dark colour scheme")
    void profileDark() throws IOException {
        chromium.colorScheme("dark");
        shoot("profile-dark", app.pathOf(PageType.PROFILE), Chromium.WIDTH);
    }

    @Test
    @DisplayName("work page")
    void work() throws IOException {
        shoot("work", app.pathOf(PageType.WORK), Chromium.WIDTH);
    }

    @Test
    @DisplayName("explorer")
    void explorer() throws IOException {
        shoot("explorer", app.pathOf(PageType.EXPLORER), Chromium.WIDTH);
    }

    private static void shoot(String name, String path, int width) throws IOException {
        chromium.viewport(width, Chromium.HEIGHT);
        chromium.open(app.url(path));
        byte[] png = chromium.fullPageScreenshot();
        assertThat(png).as("a PNG").startsWith(0x89, 'P', 'N', 'G');
        Path file = DIR.resolve(name + ".png");
        Files.write(file, png);
        System.out.println("screenshot of " + path + " at " + width + " px: " + file.toAbsolutePath());
    }
}
