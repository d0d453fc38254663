package org.steward.relationships;

import io.micronaut.core.annotation.Nullable;

/** Relabels or (de)activates a custom type; {@code version}, when given, must be the one last read. */
public record UpdateRelationshipTypeCommand(
        String label, @Nullable String inverseLabel, boolean active, @Nullable Long version) {}
