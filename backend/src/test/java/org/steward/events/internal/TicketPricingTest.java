package org.steward.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.steward.shared.errors.BusinessRuleException;

class TicketPricingTest {

    @Test
    void theDeductiblePartIsThePriceLessTheBenefitsExactly() {
        var pricing = TicketPricing.of("150.00", "USD", "45.5");
        assertThat(pricing.deductible().amount().toPlainString()).isEqualTo("104.50");
        assertThat(TicketPricing.of("0.10", "USD", "0.1").deductible().amount().toPlainString())
                .isEqualTo("0.00");
        assertThat(TicketPricing.of("25", "EUR", null).deductible().amount().toPlainString())
                .isEqualTo("25.00");
    }

    @Test
    void benefitsWorthMoreThanThePriceOrBadAmountsAreRefused() {
        assertThatThrownBy(() -> TicketPricing.of("10.00", "USD", "10.01"))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "events.fmv-above-price");
        assertThatThrownBy(() -> TicketPricing.of("-1", "USD", null))
                .hasFieldOrPropertyWithValue("code", "events.invalid-price");
        assertThatThrownBy(() -> TicketPricing.of("1.005", "USD", null))
                .hasFieldOrPropertyWithValue("code", "events.invalid-price");
        assertThatThrownBy(() -> TicketPricing.of("1", "XYZ", null))
                .hasFieldOrPropertyWithValue("code", "events.invalid-price");
    }

    @Test
    void aPartyFitsOnlyInWhatIsFreeOfBothCapacities() {
        assertThat(Seats.free(null, 10)).isNull();
        assertThat(Seats.free(5, 7)).isZero();
        assertThat(Seats.fits(3, null, null)).isTrue();
        assertThat(Seats.fits(3, 3, null)).isTrue();
        assertThat(Seats.fits(3, 2, null)).isFalse();
        assertThat(Seats.fits(3, 10, 2)).isFalse();
        assertThat(Seats.fits(1, 1, 1)).isTrue();
    }
}
