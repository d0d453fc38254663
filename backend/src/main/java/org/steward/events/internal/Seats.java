package org.steward.events.internal;

/**
 * Whether a party fits: seats left of the event's capacity and of its ticket type's, either unlimited when null.
 * Pure arithmetic over the counts taken under the event's lock.
 */
public final class Seats {

    private Seats() {}

    /** Seats still free under a capacity, never negative (a capacity lowered below what is taken leaves none); null = no limit. */
    public static Integer free(Integer capacity, int taken) {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }

    public static boolean fits(int party, Integer eventFree, Integer ticketTypeFree) {
        return (eventFree == null || party <= eventFree) && (ticketTypeFree == null || party <= ticketTypeFree);
    }
}
