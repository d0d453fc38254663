package org.steward.reporting;

/** How years are counted: calendar years, or fiscal years starting on a given month and day. */
public enum YearBasis {
    CALENDAR,
    FISCAL
}
