package org.steward.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One field of one entity went {@code from} one value {@code to} another (either null when absent). */
@Serdeable
public record FieldChange(String field, @Nullable String from, @Nullable String to) {}
