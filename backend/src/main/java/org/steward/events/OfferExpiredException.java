package org.steward.events;

import org.steward.shared.errors.ConflictException;

/**
 * The seats offered to a waitlisted party were not taken in time. Thrown after the expiry was settled (the offer
 * cancelled, the seats offered to the next in line), which is committed all the same.
 */
public class OfferExpiredException extends ConflictException {

    public OfferExpiredException(Object registrationId) {
        super(
                "events.offer-expired",
                "Offer expired",
                "The seats offered to registration " + registrationId
                        + " were not taken in time and went to the next in line.");
    }
}
