package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A constituent's giving in the base currency: completed gifts net of refunds (hard credit), soft credits apart.
 * For a household, its own gifts plus its current members'. Fiscal years are named after the year they end in.
 */
@Serdeable
public record GivingView(
        UUID constituentId,
        String currency,
        String lifetimeTotal,
        int giftCount,
        @Nullable DatedAmount firstGift,
        @Nullable DatedAmount lastGift,
        @Nullable DatedAmount largestGift,
        YearAmount thisFiscalYear,
        YearAmount lastFiscalYear,
        String softCreditTotal,
        int consecutiveYears,
        @Nullable YearAmount bestYear,
        int yearsGiven,
        boolean includesHouseholdMembers) {

    @Serdeable
    public record DatedAmount(LocalDate date, String amount) {}

    @Serdeable
    public record YearAmount(int fiscalYear, String total) {}
}
