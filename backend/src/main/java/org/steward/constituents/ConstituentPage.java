package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a constituent search: {@code page} counts from 0; {@code total} is the number of matches over all
 * pages, counted up to {@link #COUNT_CAP}: past it {@code total} is that cap (or the rows already paged through)
 * and {@code totalCapped} is true ("1,000+"). Counting every match of a broad prefix would cost more than the page.
 */
@Serdeable
public record ConstituentPage(
        List<ConstituentListItem> items, int page, int size, long total, @Nullable Boolean totalCapped) {

    public static final int COUNT_CAP = 1_000;
}
