package org.steward.donations;

/** How often the installments of a generated schedule fall due. */
public enum PledgeFrequency {
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    PledgeFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
