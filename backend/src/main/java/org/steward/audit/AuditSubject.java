package org.steward.audit;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * What the audit log calls one entity ("$50.00 from Jane Doe on 2026-03-01"), and the entity whose page shows it:
 * itself when it has a page of its own, else its parent (a registration is shown on its event's page, an interaction
 * on its constituent's), or none.
 */
public record AuditSubject(String label, @Nullable AuditEntityRef page) {

    /** An entity with a label and no page to open. */
    public static AuditSubject named(String label) {
        return new AuditSubject(label, null);
    }

    /** An entity shown on the page of {@code entityType} {@code entityId} (its own, or its parent's). */
    public static AuditSubject shownOn(String label, String entityType, Object entityId) {
        return new AuditSubject(label, new AuditEntityRef(entityType, String.valueOf(entityId)));
    }

    /** An amount as the labels write it: "$1,250.00", "€20.00", "CA$5.00" (the currency's symbol in English). */
    public static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }
}
