package org.steward.constituents;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** An undone merge: both constituents as they are again. */
@Serdeable
public record MergeUndone(UUID mergeId, ConstituentView survivor, ConstituentView duplicate) {}
