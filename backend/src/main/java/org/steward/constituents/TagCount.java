package org.steward.constituents;

import io.micronaut.serde.annotation.Serdeable;

/** A tag in use and how many (not deleted) constituents carry it. */
@Serdeable
public record TagCount(String tag, long count) {}
