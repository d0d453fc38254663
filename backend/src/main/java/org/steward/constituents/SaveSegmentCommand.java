package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;

/** Create or replace a segment (a saved search). */
public record SaveSegmentCommand(String name, @Nullable String description, SegmentCriteria criteria) {}
