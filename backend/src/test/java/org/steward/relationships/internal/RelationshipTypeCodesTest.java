package org.steward.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationshipTypeCodesTest {

    @Test
    void slugsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(RelationshipTypeCodes.slug("Employee of")).isEqualTo("employee-of");
        assertThat(RelationshipTypeCodes.slug("  Board   member -- of! ")).isEqualTo("board-member-of");
        assertThat(RelationshipTypeCodes.slug("Co-founder of (2nd)")).isEqualTo("co-founder-of-2nd");
    }

    @Test
    void accentsAreDroppedAndOtherScriptsKept() {
        assertThat(RelationshipTypeCodes.slug("Fiancé(e) de")).isEqualTo("fiance-e-de");
        assertThat(RelationshipTypeCodes.slug("Épouse de")).isEqualTo("epouse-de");
        assertThat(RelationshipTypeCodes.slug("Супруг")).isEqualTo("супруг");
    }

    @Test
    void longLabelsAreCutWithoutATrailingHyphen() {
        String slug = RelationshipTypeCodes.slug("a".repeat(59) + " bcd");

        assertThat(slug).isEqualTo("a".repeat(59));
        assertThat(RelationshipTypeCodes.slug("x".repeat(80))).hasSize(RelationshipTypeCodes.MAX_LENGTH);
    }

    @Test
    void aLabelWithoutLettersOrDigitsGetsARandomCode() {
        assertThat(RelationshipTypeCodes.slug("♥ ♥")).matches("type-[0-9a-f]{8}");
        assertThat(RelationshipTypeCodes.slug("!!!")).isNotEqualTo(RelationshipTypeCodes.slug("!!!"));
    }
}
