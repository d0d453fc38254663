package org.steward.donations.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount over parts in proportion to weights, to the cent, with the parts adding up exactly. Used for a
 * split gift's counted (net, base-currency) amount over its fund allocations, which are kept in the gift's own
 * currency at its gross amount: a refund or an exchange rate changes the amount, not the proportions.
 */
public final class Apportioning {

    private Apportioning() {}

    /**
     * Each part gets its share rounded down to the cent; the cents left over go one each to the parts with the
     * largest remainders, ties to the earlier part. Weights must be positive; the total must have at most two
     * decimals and not be negative.
     */
    public static List<BigDecimal> apportion(BigDecimal total, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w.signum() <= 0)) {
            throw new IllegalArgumentException("Weights must be positive: " + weights);
        }
        if (total.signum() < 0) {
            throw new IllegalArgumentException("Cannot apportion a negative amount: " + total);
        }
        BigDecimal totalCents = total.movePointRight(2).setScale(0); // throws if it had more than two decimals
        int n = weights.size();
        BigDecimal[] cents = new BigDecimal[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal[] division = totalCents.multiply(weights.get(i)).divideAndRemainder(sum);
            cents[i] = division[0];
            remainders[i] = division[1];
            given = given.add(division[0]);
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(Comparator.naturalOrder()));
        // Fewer than n cents are left over, since each part lost less than one.
        int left = totalCents.subtract(given).intValueExact();
        for (int k = 0; k < left; k++) {
            cents[order[k]] = cents[order[k]].add(BigDecimal.ONE);
        }
        List<BigDecimal> parts = new ArrayList<>(n);
        for (BigDecimal c : cents) {
            parts.add(c.movePointLeft(2).setScale(2));
        }
        return parts;
    }
}
