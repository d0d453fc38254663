package org.steward.users.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A signed-out token, by the SHA-256 of its text, kept until it would have expired anyway. */
@MappedEntity("revoked_tokens")
public record RevokedToken(@Id String tokenHash, Instant expiresAt, Instant createdAt, String createdBy) {}
