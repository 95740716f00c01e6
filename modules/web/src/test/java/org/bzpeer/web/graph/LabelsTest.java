package org.bzpeer.web.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    @DisplayName("short labels stay as they are; long ones are cut at a word with an ellipsis")
    void truncate() {
        assertThat(Labels.truncate("Machine Learning", 26)).isEqualTo("Machine Learning");
        assertThat(Labels.truncate("  Machine \n Learning ", 26)).isEqualTo("Machine Learning");
        assertThat(Labels.truncate("On the Generalization Mystery in Deep Learning", 30))
                .isEqualTo("On the Generalization Mystery…");
        assertThat(Labels.truncate("Weak and Strong Gradient Directions: Explaining Memorization", 37))
                .isEqualTo("Weak and Strong Gradient Directions…");
        assertThat(Labels.truncate("Supercalifragilisticexpialidocious", 10)).isEqualTo("Supercali…");
        assertThat(Labels.truncate(null, 10)).isEmpty();
        for (int max = 2; max < 40; max++) {
            assertThat(Labels.truncate("Making Coherence Out of Nothing At All: Measuring the Evolution", max).length())
                    .isLessThanOrEqualTo(max);
        }
    }

    @Test
    @DisplayName("wrapping fills lines at word boundaries and shortens the last one")
    void wrap() {
        assertThat(Labels.wrap("Machine Learning", 26, 2)).containsExactly("Machine Learning");
        assertThat(Labels.wrap("Natural Language Processing", 13, 2)).containsExactly("Natural", "Language…");
        assertThat(Labels.wrap("On the Generalization Mystery in Deep Learning", 26, 2))
                .containsExactly("On the Generalization", "Mystery in Deep Learning");
        assertThat(Labels.wrap("Making Coherence Out of Nothing At All: Measuring the Evolution of Gradient Alignment",
                26, 2)).containsExactly("Making Coherence Out of", "Nothing At All: Measuring…");
        assertThat(Labels.wrap("Supercalifragilisticexpialidocious words", 10, 2)).containsExactly("Supercali…");
    }
}
