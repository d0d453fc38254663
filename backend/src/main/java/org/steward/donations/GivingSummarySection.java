package org.steward.donations;

import jakarta.inject.Singleton;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;
import org.steward.constituents.FieldVisibility;
import org.steward.shared.security.CurrentActor;

/**
 * {@code "giving"} in the constituent summary: the rollups of {@code GET /api/constituents/{id}/giving}, only for
 * roles that see giving ({@link FieldVisibility}: administrators, development officers); for anyone else the section
 * is left out.
 */
@Singleton
class GivingSummarySection implements ConstituentSummarySection {

    private final GivingService giving;
    private final CurrentActor actor;

    GivingSummarySection(GivingService giving, CurrentActor actor) {
        this.giving = giving;
        this.actor = actor;
    }

    @Override
    public String key() {
        return "giving";
    }

    @Override
    public GivingView sectionFor(ConstituentId id) {
        if (!FieldVisibility.sees("giving", actor::hasRole)) {
            return null;
        }
        return giving.giving(id);
    }
}
