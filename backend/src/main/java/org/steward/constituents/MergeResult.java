package org.steward.constituents;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A merge done: its id (for undo) and the survivor as it is now. */
@Serdeable
public record MergeResult(UUID mergeId, ConstituentView survivor) {}
