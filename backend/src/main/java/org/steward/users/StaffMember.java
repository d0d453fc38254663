package org.steward.users;

import io.micronaut.serde.annotation.Serdeable;

/** A colleague work can be assigned to: an enabled user who works with constituents. No contact details. */
@Serdeable
public record StaffMember(String username, String displayName) {}
