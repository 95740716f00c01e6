package org.bzpeer.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    @DisplayName("names become lower-case hyphenated ASCII")
    void names() {
        assertThat(Slugs.slugify("Piotr Zielinski")).isEqualTo("piotr-zielinski");
        assertThat(Slugs.slugify("José García-López")).isEqualTo("jose-garcia-lopez");
        assertThat(Slugs.slugify("Łucja Nowak")).isEqualTo("lucja-nowak");
        assertThat(Slugs.slugify("Zoë Müller")).isEqualTo("zoe-muller");
        assertThat(Slugs.slugify("Nguyễn Thị Hương")).isEqualTo("nguyen-thi-huong");
        assertThat(Slugs.slugify("  O'Brien,  Seán  ")).isEqualTo("obrien-sean");
    }

    @Test
    @DisplayName("titles keep words and numbers and drop punctuation")
    void titles() {
        assertThat(Slugs.slugify("Making Coherence Out of Nothing At All: Measuring the Evolution of Gradient Alignment"))
                .isEqualTo("making-coherence-out-of-nothing-at-all-measuring-the-evolution-of-gradient");
        assertThat(Slugs.slugify("$m$-coherence in O(m^2)")).isEqualTo("m-coherence-in-o-m-2");
    }

    @Test
    @DisplayName("long text is cut at a word boundary")
    void long_text() {
        String slug = Slugs.slugify("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").startsWith("word-word");
    }

    @Test
    @DisplayName("text with nothing ASCII falls back")
    void fallback() {
        assertThat(Slugs.slugify("王伟", "A5001")).isEqualTo("a5001");
        assertThat(Slugs.slugify(null)).isEmpty();
    }

    @Test
    @DisplayName("well-formed slugs are recognised, paths with other characters are not")
    void wellFormed() {
        assertThat(Slugs.isWellFormed("piotr-zielinski")).isTrue();
        assertThat(Slugs.isWellFormed("wei-zhang-2")).isTrue();
        assertThat(Slugs.isWellFormed("Piotr")).isFalse();
        assertThat(Slugs.isWellFormed("a--b")).isFalse();
        assertThat(Slugs.isWellFormed("../etc")).isFalse();
        assertThat(Slugs.isWellFormed("")).isFalse();
    }
}
