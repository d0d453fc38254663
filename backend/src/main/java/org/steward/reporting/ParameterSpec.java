package org.steward.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A parameter a report takes, as the catalogue publishes it. */
@Serdeable
public record ParameterSpec(
        String name,
        String label,
        String type,
        boolean required,
        @Nullable String defaultValue,
        @Nullable List<String> options,
        String description) {}
