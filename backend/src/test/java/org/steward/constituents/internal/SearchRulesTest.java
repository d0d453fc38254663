package org.steward.constituents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRulesTest {

    @Test
    void onlyDigitsAndPhonePunctuationMakeAPhoneNumber() {
        assertThat(ConstituentSearch.looksLikePhone("555-0134")).isTrue();
        assertThat(ConstituentSearch.looksLikePhone("+1 (555) 013 4")).isTrue();
        assertThat(ConstituentSearch.looksLikePhone("Zyx07b500")).isFalse();
        assertThat(ConstituentSearch.looksLikePhone("12")).isFalse();
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(ConstituentSearch.escape("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
    }

    @Test
    void keysIgnoreCaseAccentsAndExtraSpaces() {
        assertThat(Names.key("  Zoë   MÜLLER ")).isEqualTo("zoe muller");
        assertThat(Names.individualSort("José", "García")).isEqualTo("garcia, jose");
    }

    @Test
    void householdNamesFollowTheMembers() {
        var jane = new Names.Member("Ms.", "Jane", null, "Doe");
        var john = new Names.Member("Mr.", "John", "Johnny", "Doe");
        var ann = new Names.Member(null, "Ann", null, "Smith");

        assertThat(Names.householdName(List.of(jane, john))).isEqualTo("Jane & Johnny Doe");
        assertThat(Names.householdName(List.of(jane, ann))).isEqualTo("Jane Doe & Ann Smith");
        assertThat(Names.householdName(List.of(jane, john, new Names.Member(null, "Jim", null, "Doe"))))
                .isEqualTo("The Doe Family");
        assertThat(Names.formalSalutation(List.of(jane, john))).isEqualTo("Ms. Jane Doe and Mr. John Doe");
        assertThat(Names.informalSalutation(List.of(jane, john, ann))).isEqualTo("Jane, Johnny and Ann");
    }
}
