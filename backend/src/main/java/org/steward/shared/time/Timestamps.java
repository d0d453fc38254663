package org.steward.shared.time;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The application's notion of "now", at whole seconds: MariaDB through Connector/J drops fractions silently, so
 * every stored instant is truncated before it is written and compares equal after it is read back.
 */
@Singleton
public class Timestamps {

    private final Clock clock;

    public Timestamps(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
