package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void anInteractionMayBeDatedUpToOneDayAheadAtWholeSeconds() {
        assertThat(InteractionRules.occurredAt(Instant.parse("2026-11-20T08:30:15.987Z"), NOW))
                .isEqualTo(Instant.parse("2026-11-20T08:30:15Z"));
        assertThat(InteractionRules.occurredAt(Instant.parse("2026-11-24T10:00:00Z"), NOW))
                .isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThatThrownBy(() -> InteractionRules.occurredAt(Instant.parse("2026-11-24T10:00:01Z"), NOW))
                .hasFieldOrPropertyWithValue("code", "interactions.future-date");
    }

    @Test
    void withoutTheRightToChangeAllOnlyTheLoggerOrTheStaffMemberMayChange() {
        assertThat(InteractionRules.mayChange(true, "dora", "eve", "eve")).isTrue();
        assertThat(InteractionRules.mayChange(false, "eve", "eve", "dora")).isTrue();
        assertThat(InteractionRules.mayChange(false, "eve", "dora", "eve")).isTrue();
        assertThat(InteractionRules.mayChange(false, "eve", "dora", "dora")).isFalse();
    }

    @Test
    void usernamesAreComparedTrimmedAndInLowerCase() {
        assertThat(InteractionRules.normalizeUsername("  Jane.Doe ")).isEqualTo("jane.doe");
        assertThat(InteractionRules.blankToNull("  ")).isNull();
        assertThat(InteractionRules.blankToNull(" x ")).isEqualTo("x");
    }
}
