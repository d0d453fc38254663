package org.steward.shared.errors;

import java.time.Duration;

/** The caller must wait before trying again; {@link #retryAfter()} says how long. */
public class TooManyRequestsException extends StewardException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String title, String detail, Duration retryAfter) {
        super(code, title, detail);
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }
}
