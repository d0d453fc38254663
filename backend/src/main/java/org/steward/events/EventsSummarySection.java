package org.steward.events;

import jakarta.inject.Singleton;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;

/**
 * {@code "events"} in the constituent summary: registrations for events to come and past ones, for the roles that
 * may see named registrations (administrators, event coordinators, development officers); left out for others.
 */
@Singleton
class EventsSummarySection implements ConstituentSummarySection {

    private final RegistrationService registrations;
    private final CurrentActor actor;

    EventsSummarySection(RegistrationService registrations, CurrentActor actor) {
        this.registrations = registrations;
        this.actor = actor;
    }

    @Override
    public String key() {
        return "events";
    }

    @Override
    public EventsSummary sectionFor(ConstituentId id) {
        if (!actor.hasAnyRole(Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER)) {
            return null;
        }
        return registrations.summaryFor(id);
    }
}
