package org.steward.interactions;

import jakarta.inject.Singleton;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;

/** {@code "interactions"} in the constituent summary: the five newest interactions and the total. */
@Singleton
class InteractionsSummarySection implements ConstituentSummarySection {

    private final InteractionService interactions;

    InteractionsSummarySection(InteractionService interactions) {
        this.interactions = interactions;
    }

    @Override
    public String key() {
        return "interactions";
    }

    @Override
    public InteractionsSummary sectionFor(ConstituentId id) {
        return interactions.summary(id);
    }
}
