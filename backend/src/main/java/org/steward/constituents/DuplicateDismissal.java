package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A pair a user said is not a duplicate, seen from one of its constituents: the other one, why (when given), when
 * and by whom. The duplicate scan and the constituent's candidates leave the pair out.
 */
@Serdeable
public record DuplicateDismissal(ConstituentRef other, @Nullable String reason, Instant createdAt, String createdBy) {}
