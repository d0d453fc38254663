package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** Filters of the pledge list; each may be null. {@code overdue} true keeps pledges with an installment past due. */
public record PledgeQuery(
        @Nullable UUID constituentId,
        @Nullable PledgeStatus status,
        @Nullable UUID campaignId,
        @Nullable Boolean overdue) {}
