package org.steward.interactions;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The {@code interactions} section of a constituent's summary: the newest few and how many there are in all. */
@Serdeable
public record InteractionsSummary(List<InteractionView> recent, long total) {}
