package org.steward.events.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentService;
import org.steward.interactions.Channel;
import org.steward.interactions.Direction;
import org.steward.interactions.InteractionService;
import org.steward.interactions.LogInteractionCommand;

/**
 * A registration's steps in the constituent's interaction timeline (channel EVENT), recorded in the caller's
 * transaction (docs/adr/0019-check-in-at-the-door.md). The staff member is the signed-in user, or {@code system} for
 * a public sign-up and the scheduled expiry of offers. A deleted constituent gets none.
 */
@Singleton
public class EventTimeline {

    private final InteractionService interactions;
    private final ConstituentService constituents;

    EventTimeline(InteractionService interactions, ConstituentService constituents) {
        this.interactions = interactions;
        this.constituents = constituents;
    }

    /** Records the step; returns the interaction's id, or null when the constituent is deleted. */
    public @Nullable UUID record(UUID constituentId, String subject, Instant at) {
        if (!constituents.isActive(constituentId)) {
            return null;
        }
        return interactions
                .record(new LogInteractionCommand(
                        new ConstituentId(constituentId),
                        Channel.EVENT,
                        Direction.INBOUND,
                        subject,
                        null,
                        at,
                        null,
                        null))
                .id();
    }

    /** Takes a recorded step back (an undone check-in). */
    public void retract(UUID interactionId, String reason) {
        interactions.retract(interactionId, reason);
    }
}
