package org.steward.constituents;

/**
 * A part of the 360° view that another module contributes ({@code GET /api/constituents/{id}/summary}). Each
 * module that knows something about constituents (relationships, interactions, later donations and events)
 * implements this as a bean; the summary calls every one, so a new module adds its section without touching
 * this one. Implementations must be fast (one or two indexed queries): the whole view has a 25 ms p99 budget.
 */
public interface ConstituentSummarySection {

    /** The key of this section in the summary JSON, e.g. {@code "relationships"}. */
    String key();

    /** The section's content for this constituent: a {@code @Serdeable} value. */
    Object sectionFor(ConstituentId id);
}
