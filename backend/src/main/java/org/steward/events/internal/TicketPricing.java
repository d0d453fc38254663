package org.steward.events.internal;

import java.math.BigDecimal;
import org.steward.events.EventProblems;
import org.steward.shared.money.Money;

/**
 * A ticket's price, the fair-market value of the benefits it brings (dinner, gifts) and so its deductible part:
 * price - fair-market value, never negative because the value may not exceed the price. Exact decimals only.
 */
public record TicketPricing(Money price, Money fairMarketValue) {

    static final BigDecimal LARGEST = new BigDecimal("99999999999999999.99");

    public TicketPricing {
        if (fairMarketValue.compareTo(price) > 0) {
            throw EventProblems.fairMarketValueAbovePrice();
        }
    }

    public Money deductible() {
        return price.minus(fairMarketValue);
    }

    /** Parses decimal strings; null fair-market value = no benefits. Throws the events problems for bad amounts. */
    public static TicketPricing of(String price, String currency, String fairMarketValue) {
        return of(
                amount("price", price),
                currency,
                fairMarketValue == null ? BigDecimal.ZERO : amount("fairMarketValue", fairMarketValue));
    }

    public static TicketPricing of(BigDecimal price, String currency, BigDecimal fairMarketValue) {
        return new TicketPricing(money("price", price, currency), money("fairMarketValue", fairMarketValue, currency));
    }

    private static BigDecimal amount(String field, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw EventProblems.invalidPrice(field + " is not a decimal amount.");
        }
    }

    private static Money money(String field, BigDecimal amount, String currency) {
        if (amount.signum() < 0) {
            throw EventProblems.invalidPrice(field + " cannot be negative.");
        }
        if (amount.compareTo(LARGEST) > 0) {
            throw EventProblems.invalidPrice(field + " is larger than Steward can store.");
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            throw EventProblems.invalidPrice(
                    field + " must be in a known ISO 4217 currency and have at most two decimals.");
        }
    }
}
