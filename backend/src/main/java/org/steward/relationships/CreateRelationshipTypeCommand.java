package org.steward.relationships;

import io.micronaut.core.annotation.Nullable;

/** A custom type; its code is derived from the label. {@code inverseLabel} is required unless symmetric. */
public record CreateRelationshipTypeCommand(String label, @Nullable String inverseLabel, boolean symmetric) {}
