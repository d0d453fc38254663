package org.steward.audit;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Someone who appears in the audit log: a staff username with their display name (also for accounts disabled
 * since), or {@code system} for work no user started.
 */
@Serdeable
public record AuditActor(String username, String displayName) {}
