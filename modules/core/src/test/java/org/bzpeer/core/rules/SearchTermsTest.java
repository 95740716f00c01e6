package org.bzpeer.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    @DisplayName("words become prefix terms joined by AND; punctuation and tsquery syntax are dropped")
    void terms() {
        assertThat(SearchTerms.parse("Deep learning").prefixQuery()).isEqualTo("deep:* & learning:*");
        assertThat(SearchTerms.parse("a & b | !c <-> d:*").prefixQuery()).isEqualTo("a:* & b:* & c:* & d:*");
        assertThat(SearchTerms.parse("Zieliński").prefixQuery()).isEqualTo("zieliński:*");
        assertThat(SearchTerms.parse("  gradient  ").text()).isEqualTo("gradient");
    }

    @Test
    @DisplayName("empty, symbol-only and over-long input is refused with a message")
    void refused() {
        assertThatThrownBy(() -> SearchTerms.parse("   ")).hasMessageContaining("at least one word");
        assertThatThrownBy(() -> SearchTerms.parse("&&& !!")).hasMessageContaining("letter or digit");
        assertThatThrownBy(() -> SearchTerms.parse("x".repeat(201))).hasMessageContaining("200");
    }
}
