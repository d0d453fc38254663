package org.steward.events;

/** An ACTIVE ticket type takes new registrations; a RETIRED one keeps its registrations and takes no new ones. */
public enum TicketTypeStatus {
    ACTIVE,
    RETIRED
}
