package org.steward.constituents;

import io.micronaut.serde.annotation.Serdeable;

/** Just enough about a constituent to show and link it elsewhere (lists, graphs, timelines). */
@Serdeable
public record ConstituentRef(ConstituentId id, ConstituentType type, String displayName, boolean deceased) {}
