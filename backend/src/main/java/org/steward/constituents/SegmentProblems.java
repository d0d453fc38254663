package org.steward.constituents;

import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.errors.StaleVersionException;

/** Failures of saved searches (segments), with their stable codes (docs/problems.md). */
public final class SegmentProblems {

    private SegmentProblems() {}

    public static NotFoundException notFound(Object id) {
        return new NotFoundException("segments.not-found", "Segment not found", "No segment has id " + id + ".");
    }

    public static ConflictException nameTaken(String name) {
        return new ConflictException(
                "segments.name-taken", "Segment name taken", "Another segment is already called '" + name + "'.");
    }

    public static ConflictException stale(Object id) {
        return new StaleVersionException("segment", id);
    }
}
