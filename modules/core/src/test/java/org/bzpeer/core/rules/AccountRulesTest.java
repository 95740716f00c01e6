package org.bzpeer.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    @DisplayName("emails are trimmed and lower-cased; malformed or over-long ones are refused")
    void emails() {
        assertThat(AccountRules.email("  Ada@Example.ORG ")).isEqualTo("ada@example.org");
        for (String bad : new String[] {"", "ada", "ada@", "@example.org", "ada@example", "a b@example.org",
                "ada@@example.org", "x".repeat(250) + "@example.org"}) {
            assertThatThrownBy(() -> AccountRules.email(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("names and passwords have length limits")
    void lengths() {
        assertThat(AccountRules.displayName("  Ada   Lovelace ")).isEqualTo("Ada Lovelace");
        assertThatThrownBy(() -> AccountRules.displayName(" ")).hasMessageContaining("Enter");
        assertThatThrownBy(() -> AccountRules.displayName("x".repeat(101))).hasMessageContaining("100");
        assertThatThrownBy(() -> AccountRules.password("short")).hasMessageContaining("10");
        assertThatThrownBy(() -> AccountRules.password("x".repeat(201))).hasMessageContaining("200");
        assertThat(AccountRules.password("correct horse battery")).isEqualTo("correct horse battery");
    }
}
