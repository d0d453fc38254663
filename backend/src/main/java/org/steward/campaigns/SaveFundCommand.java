package org.steward.campaigns;

/** Creates or replaces a fund; {@code active = false} retires it. */
public record SaveFundCommand(String code, String name, boolean restricted, boolean active) {}
