package org.steward.constituents;

public enum ConstituentType {
    INDIVIDUAL,
    ORGANIZATION,
    HOUSEHOLD
}
