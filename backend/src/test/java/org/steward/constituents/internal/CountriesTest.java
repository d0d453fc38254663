package org.steward.constituents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.constituents.Countries;

class CountriesTest {

    @Test
    void aCountryIsKnownByItsCodeOrItsName() {
        assertThat(Countries.code("New Zealand")).contains("NZ");
        assertThat(Countries.code("nz")).contains("NZ");
        assertThat(Countries.code("Côte d’Ivoire")).contains("CI");
        assertThat(Countries.code("USA")).contains("US");
        assertThat(Countries.code("Ne")).contains("NE"); // Niger: a code is a code
        assertThat(Countries.code("Nowhere")).isEmpty();
    }

    @Test
    void theListIsByNameWithCallingCodes() {
        var all = Countries.all();
        assertThat(all).hasSizeGreaterThan(240);
        assertThat(all.get(0).name()).isEqualTo("Afghanistan");
        assertThat(all).filteredOn(c -> c.code().equals("NZ")).singleElement().satisfies(nz -> {
            assertThat(nz.name()).isEqualTo("New Zealand");
            assertThat(nz.callingCode()).isEqualTo(64);
        });
    }
}
