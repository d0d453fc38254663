package org.steward.relationships;

/** Which end of a stored relationship a constituent is: {@code OUTGOING} for its {@code from}, else {@code INCOMING}. */
public enum RelationshipDirection {
    OUTGOING,
    INCOMING
}
