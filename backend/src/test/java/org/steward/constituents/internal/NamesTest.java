package org.steward.constituents.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
