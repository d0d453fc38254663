package org.steward.relationships.internal;

import jakarta.inject.Singleton;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;
import org.steward.relationships.RelationshipService;

/**
 * The "relationships" part of a constituent's summary: the list of {@code GET /api/constituents/{id}/relationships},
 * active first, at most {@value RelationshipService#SUMMARY_LIMIT}.
 */
@Singleton
public class RelationshipsSummarySection implements ConstituentSummarySection {

    private final RelationshipService relationships;

    RelationshipsSummarySection(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @Override
    public String key() {
        return "relationships";
    }

    @Override
    public Object sectionFor(ConstituentId id) {
        return relationships.summaryFor(id);
    }
}
