package org.steward.users.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A secret shared by every Steward instance on one database (e.g. the JWT signing key). */
@MappedEntity("app_secrets")
public record SigningSecret(@Id String name, String secretValue, Instant createdAt, String createdBy) {}
