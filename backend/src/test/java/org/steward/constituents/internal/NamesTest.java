package org.steward.constituents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    /** ConstituentSearch relies on it: a last-name prefix is a sort-name prefix, so it needs no index branch. */
    @ParameterizedTest
    @CsvSource({"Zoë,Müller", "José,García-López", "Jan,van der  Berg", "Ada,O'Brien", "Seán,Ødegaard", ",Smith"})
    void anIndividualsSortNameStartsWithTheLastNameKey(String first, String last) {
        assertThat(Names.individualSort(first, last)).startsWith(Names.key(last));
        assertThat(Names.key("Zoë")).isEqualTo("zoe");
    }

    /** Letters that do not decompose fold too, and other scripts by their Latin transcription (ICU). */
    @ParameterizedTest
    @CsvSource({
        "Øvergaard,overgaard",
        "Łukasz,lukasz",
        "Thị Hương Nguyễn,thi huong nguyen",
        "Straße,strasse",
        "Æsa Ðorđević,aesa dordevic",
        "王小明,wang xiao ming",
        "Ольга Петрова,ol'ga petrova",
        "  Zoë   MÜLLER ,zoe muller"
    })
    void keysFoldEveryScriptToLowerCaseAscii(String name, String key) {
        assertThat(Names.key(name)).isEqualTo(key);
    }

    @Test
    void theOtherWordsOfANameAreTheOnesNoPrefixReaches() {
        assertThat(Names.keys(false, null, null, null, null, "The Johnson Household", null, null)
                        .words())
                .containsExactly("household", "johnson");
        assertThat(Names.keys(true, "Mary Ann", "Q.", "García Márquez", "Molly", null, "Molly García Márquez", null)
                        .words())
                .containsExactlyInAnyOrder("ann", "q", "marquez", "molly");
        assertThat(Names.keys(true, "Zoë", null, "Müller", null, null, "Zoë Müller", null)
                        .words())
                .isEqualTo(List.of());
    }
}
