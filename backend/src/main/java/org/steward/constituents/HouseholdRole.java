package org.steward.constituents;

/** What a member is in their household; a household has at most one head. */
public enum HouseholdRole {
    HEAD,
    SPOUSE_PARTNER,
    CHILD,
    OTHER
}
