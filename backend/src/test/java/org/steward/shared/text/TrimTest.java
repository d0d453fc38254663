package org.steward.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrimTest {

    @Test
    void trimsBothEndsAndKeepsInnerText() {
        assertThat(Trim.trimmed("  Mary  Ann \t\n")).isEqualTo("Mary  Ann");
        assertThat(Trim.trimmed("ZOE@example.org ")).isEqualTo("ZOE@example.org");
        assertThat(Trim.trimmed("Zoë")).isEqualTo("Zoë");
    }

    @Test
    void trimsPastedNoBreakAndOtherUnicodeSpaces() {
        assertThat(Trim.trimmed("\u00A0\uFEFF+1 555 0100\u2003\u202F")).isEqualTo("+1 555 0100");
    }

    @Test
    void blankStaysEmptyForRequiredFieldsAndBecomesNullForOptionalOnes() {
        assertThat(Trim.trimmed("   ")).isEmpty();
        assertThat(Trim.trimmed(null)).isNull();
        assertThat(Trim.orNull(" \u00A0 ")).isNull();
        assertThat(Trim.orNull(null)).isNull();
        assertThat(Trim.orNull(" 02139 ")).isEqualTo("02139");
    }
}
