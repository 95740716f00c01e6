package org.bzpeer.server.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs the real browser: each test is skipped with a message when Chromium is not installed,
 * and the class fails instead when {@code BZPEER_REQUIRE_BROWSER=1} ({@link Chromium.Extension}). Its
 * {@code @BeforeEach} methods take the shared {@link TestApp} and the class's {@link Chromium} as parameters, so
 * neither starts when the tests are skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith({Chromium.Extension.class, TestApp.Resolver.class})
public @interface BrowserTest {
}
