package org.bzpeer.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The profile fits a phone, a tablet and a desktop: no horizontal scrolling at 320, 768 and 1440 px. */
@BrowserTest
class ResponsiveIT {

    private static TestApp app;
    private static Chromium chromium;

    @BeforeEach
    void setUp(TestApp sharedApp, Chromium classBrowser) {
        app = sharedApp;
        chromium = classBrowser;
    }

    @AfterEach
    void desktop() {
        if (chromium != null) {
            chromium.resetViewport();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 768, 1440})
    @DisplayName("the profile has no horizontal scrollbar")
    void noHorizontalScroll(int width) {
        chromium.viewport(width, 800);
        chromium.open(app.url("/researchers/piotr-zielinski"));
        Number innerWidth = (Number) chromium.driver().executeScript("return window.innerWidth");
        assertThat(innerWidth.intValue()).as("the emulated viewport width").isEqualTo(width);
        Number scrollWidth = (Number) chromium.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue())
                .as(() -> "document width at a " + width + " px viewport; elements reaching past the right edge:\n  "
                        + String.join("\n  ", overflowing()))
                .isLessThanOrEqualTo(width);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("printed, the profile drops the site chrome and forms and shows whole abstracts")
    void printFriendly() {
        chromium.open(app.url("/researchers/piotr-zielinski"));
        chromium.media("print");
        try {
            org.openqa.selenium.JavascriptExecutor js = chromium.driver();
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.site-header')).display"))
                    .isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.site-footer')).display"))
                    .isEqualTo("none");
            assertThat(js.executeScript("return [...document.querySelectorAll('form, .button')]"
                    + ".every(el => getComputedStyle(el).display === 'none')")).isEqualTo(true);
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.work-abstract')).display"))
                    .isEqualTo("block");
            assertThat((String) js.executeScript("return document.body.innerText"))
                    .contains("Piotr Zielinski").contains("Trust 15 - Unverified").contains("3 published item(s)");
        } finally {
            chromium.media("screen");
        }
    }

    /** The outermost elements whose box ends right of the viewport (tag#id.class, and their right edge). */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing() {
        return (List<String>) chromium.driver().executeScript(
                "const w = window.innerWidth, out = [];"
                        + "for (const el of document.body.querySelectorAll('*')) {"
                        + "  const r = el.getBoundingClientRect();"
                        + "  if (r.right > w + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > w + 0.5)) {"
                        + "    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')"
                        + "      + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');"
                        + "    out.push(name + ' right=' + Math.round(r.right) + ' width=' + Math.round(r.width)"
                        + "      + ' \"' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '\"');"
                        + "  }"
                        + "  if (out.length >= 15) break;"
                        + "}"
                        + "return out;");
    }
}
