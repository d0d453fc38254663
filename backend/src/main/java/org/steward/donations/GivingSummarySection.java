package org.steward.donations;

import jakarta.inject.Singleton;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;

/**
 * {@code "giving"} in the constituent summary: the rollups of {@code GET /api/constituents/{id}/giving}, only for
 * roles that may see gifts (administrators, development officers); for anyone else the section is left out.
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
        if (!actor.hasAnyRole(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER)) {
            return null;
        }
        return giving.giving(id);
    }
}
