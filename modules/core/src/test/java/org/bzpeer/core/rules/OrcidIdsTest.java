package org.bzpeer.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrcidIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X",
            "0000-0001-0887-347X", "0000-0001-0637-4458"})
    void validIds(String id) {
        assertThat(OrcidIds.parse(id)).contains(id);
    }

    @Test
    void acceptsUrlCompactAndLowerCaseX() {
        assertThat(OrcidIds.parse("https://orcid.org/0000-0002-1825-0097")).contains("0000-0002-1825-0097");
        assertThat(OrcidIds.parse(" 0000000216942 33x ".replace(" ", ""))).contains("0000-0002-1694-233X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0098", "0000-0002-1694-2330", "0000-0001-0887-3471", "0000-0002-1825-009",
            "0000-0002-1825-00977", "000-00002-1825-0097", "abcd-0002-1825-0097", "0000-0002-1825-009Y", "", " "})
    void invalidIds(String id) {
        assertThat(OrcidIds.parse(id)).isEmpty();
    }

    @Test
    void checkCharacter() {
        assertThat(OrcidIds.checkCharacter("000000021825009")).isEqualTo('7');
        assertThat(OrcidIds.checkCharacter("000000021694233")).isEqualTo('X');
    }

    @Test
    void institutionDomains() {
        assertThat(ClaimRules.institutionDomain("https://www.example.edu/about")).contains("example.edu");
        assertThat(ClaimRules.institutionDomain("http://CS.Example.EDU")).contains("cs.example.edu");
        assertThat(ClaimRules.institutionDomain("not a url")).isEmpty();
        assertThat(ClaimRules.institutionDomain(null)).isEmpty();
        List<String> domains = List.of("example.edu");
        assertThat(ClaimRules.emailAtDomain("a@example.edu", domains)).isTrue();
        assertThat(ClaimRules.emailAtDomain("a@cs.example.edu", domains)).isTrue();
        assertThat(ClaimRules.emailAtDomain("a@notexample.edu", domains)).isFalse();
        assertThat(ClaimRules.emailAtDomain("a@example.edu.evil.com", domains)).isFalse();
    }

    @Test
    void scoring() {
        assertThat(ClaimRules.autoApproves(ClaimRules.score(true, false, true))).isTrue();
        assertThat(ClaimRules.autoApproves(ClaimRules.score(true, false, false))).isFalse();
        assertThat(ClaimRules.autoApproves(ClaimRules.score(false, true, true))).isFalse();
    }
}
