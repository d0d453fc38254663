package org.steward.constituents;

import java.util.List;

/**
 * A module that holds rows pointing at constituents takes part in merges: when a duplicate is merged into a
 * survivor, each participant moves the duplicate's rows to the survivor, and can move exactly those rows back
 * when an administrator undoes the merge. All calls run inside the merge's transaction.
 */
public interface MergeParticipant {

    /** A short plural name for the preview, e.g. {@code "relationships"}. */
    String name();

    /** How many rows would move from the duplicate to the survivor. */
    long countFor(ConstituentId duplicate, ConstituentId survivor);

    /** Moves the rows and returns their ids, so that the move can be undone. */
    List<String> move(ConstituentId duplicate, ConstituentId survivor);

    /** Moves the rows with these ids (returned by {@link #move}) back from the survivor to the duplicate. */
    void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds);
}
