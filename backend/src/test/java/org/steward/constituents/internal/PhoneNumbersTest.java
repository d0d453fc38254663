package org.steward.constituents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+1 617 555 0101", "(617) 555-0101", "617.555.0101", "617-555-0101", "+16175550101"})
    void everyWayOfWritingANumberReadsAsTheSameE164(String typed) {
        PhoneNumbers.Reading reading = PhoneNumbers.read(typed, "US");
        assertThat(reading.e164()).isEqualTo("+16175550101");
        assertThat(reading.key()).isEqualTo("16175550101");
    }

    @Test
    void aNumberIsReadAgainstItsCountry() {
        assertThat(PhoneNumbers.read("020 7946 0958", "GB").e164()).isEqualTo("+442079460958");
        assertThat(PhoneNumbers.read("030 1234567", "DE").e164()).isEqualTo("+49301234567");
        // the country code typed wins over the country
        assertThat(PhoneNumbers.read("+44 20 7946 0958", "US").e164()).isEqualTo("+442079460958");
    }

    @Test
    void whatCannotBeReadWholeKeepsItsDigits() {
        PhoneNumbers.Reading local = PhoneNumbers.read("555-0134", "US");
        assertThat(local.e164()).isNull();
        assertThat(local.key()).isEqualTo("5550134");
        assertThat(PhoneNumbers.read("call the office", "US").key()).isEmpty();
    }

    @Test
    void anExtensionStaysPartOfTheKey() {
        PhoneNumbers.Reading office = PhoneNumbers.read("617 555 0101 ext. 12", "US");
        assertThat(office.e164()).isEqualTo("+16175550101");
        assertThat(office.key()).isEqualTo("16175550101x12");
        assertThat(PhoneNumbers.key(office.e164(), "617 555 0101 ext. 12")).isEqualTo(office.key());
    }

    @Test
    void aSearchMatchesTheWholeNumberOrWhatItStartsWith() {
        assertThat(PhoneNumbers.searchPrefixes("617-555-0101", "US")).contains("16175550101");
        assertThat(PhoneNumbers.searchPrefixes("617 555", "US")).contains("1617555", "617555");
        assertThat(PhoneNumbers.searchPrefixes("020 7946", "GB")).contains("44207946");
    }
}
