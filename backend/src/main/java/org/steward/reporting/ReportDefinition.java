package org.steward.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A report as the catalogue publishes it: its definition in words (the same words print on every export) and its
 * parameters. {@code namedDonors}: its rows name donors (hidden from board members unless allowed).
 */
@Serdeable
public record ReportDefinition(
        String name,
        String title,
        String category,
        String definition,
        boolean namedDonors,
        @Nullable String chart,
        List<ParameterSpec> parameters) {}
