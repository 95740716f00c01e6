package org.bzpeer.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GlobalIdsTest {

    @Test
    @DisplayName("ids round-trip and look opaque")
    void roundTrip() {
        String id = GlobalIds.encode("Researcher", 42);
        assertThat(id).doesNotContain("Researcher");
        assertThat(GlobalIds.decode(id)).contains(new GlobalIds.Decoded("Researcher", 42));
    }

    @Test
    @DisplayName("malformed ids decode to empty, never throw")
    void malformed() {
        assertThat(GlobalIds.decode("not base64 !")).isEmpty();
        assertThat(GlobalIds.decode(GlobalIds.encode("Work", 1).substring(2))).isEmpty();
        assertThat(GlobalIds.decode("")).isEmpty();
        assertThat(GlobalIds.decode(null)).isEmpty();
        assertThat(GlobalIds.decode(java.util.Base64.getUrlEncoder().encodeToString("Work:-5".getBytes()))).isEmpty();
    }
}
