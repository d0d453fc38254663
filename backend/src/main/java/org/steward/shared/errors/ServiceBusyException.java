package org.steward.shared.errors;

import java.time.Duration;

/**
 * The database kept aborting the work for concurrency (deadlocks, lock waits) even after it was retried: nothing was
 * written, and the same request sent again later will most likely succeed. Answered 503 with Retry-After.
 */
public class ServiceBusyException extends StewardException {

    public static final String CODE = "server.busy";
    private final Duration retryAfter;

    public ServiceBusyException(Duration retryAfter) {
        super(
                CODE,
                "Steward is busy",
                "Too many changes were made to the same records at once, and this one could not be saved. Nothing was"
                        + " changed; please send it again in a moment.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 503;
    }
}
