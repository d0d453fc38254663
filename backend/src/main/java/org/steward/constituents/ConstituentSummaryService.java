package org.steward.constituents;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.shared.security.CurrentActor;

/**
 * The 360° view in one round trip: the profile, household and consent from this module, then every section other
 * modules contribute through {@link ConstituentSummarySection} (relationships, interactions, tasks; later giving
 * and registrations), all read in one transaction.
 */
@Singleton
public class ConstituentSummaryService {

    private final ConstituentService constituents;
    private final HouseholdService households;
    private final ConsentService consent;
    private final List<ConstituentSummarySection> sections;
    private final CurrentActor actor;

    ConstituentSummaryService(
            ConstituentService constituents,
            HouseholdService households,
            ConsentService consent,
            List<ConstituentSummarySection> sections,
            CurrentActor actor) {
        this.actor = actor;
        this.constituents = constituents;
        this.households = households;
        this.consent = consent;
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> summary(ConstituentId id) {
        ConstituentView profile = constituents.get(id, false);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("profile", FieldVisibility.visible(profile, actor::hasRole));
        // both reuse the profile: no second load of the constituent
        summary.put("household", households.householdOf(profile));
        summary.put("consent", consent.summaryOf(profile));
        for (ConstituentSummarySection section : sections) {
            summary.put(section.key(), section.sectionFor(id));
        }
        return summary;
    }
}
