package org.steward.events;

import java.util.Set;

/**
 * REGISTERED holds its seats; WAITLISTED waits for seats (first come, first served); OFFERED holds freed seats until
 * the offer is accepted (REGISTERED), declined or expires (CANCELLED); ATTENDED and NO_SHOW are set at the door.
 */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    OFFERED,
    CANCELLED,
    ATTENDED,
    NO_SHOW;

    /** The statuses whose party takes seats of the event and of its ticket type. */
    public static final Set<RegistrationStatus> HOLDING_SEATS = Set.of(REGISTERED, OFFERED, ATTENDED, NO_SHOW);

    /** The statuses a registration can still be cancelled or transferred in. */
    public static final Set<RegistrationStatus> ACTIVE = Set.of(REGISTERED, WAITLISTED, OFFERED);

    public boolean holdsSeats() {
        return HOLDING_SEATS.contains(this);
    }
}
