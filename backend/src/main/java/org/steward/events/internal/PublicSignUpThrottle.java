package org.steward.events.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.steward.events.EventProblems;
import org.steward.events.EventsConfig;

/**
 * Limits public sign-ups per client address with a token bucket (Bucket4j): every attempt takes a token, tokens
 * come back gradually over the window, an empty bucket answers 429 {@code events.too-many-sign-ups} with
 * Retry-After. The address is the one {@code shared.web.ClientAddressResolver} gives (forwarded headers only from
 * trusted proxies). Buckets live in this node's memory, like the sign-in throttle's (ADR 0018).
 */
@Singleton
public class PublicSignUpThrottle {

    private final EventsConfig config;
    private final Cache<String, Bucket> addresses;

    public PublicSignUpThrottle(EventsConfig config) {
        this.config = config;
        this.addresses = Caffeine.newBuilder()
                .expireAfterAccess(config.publicSignUpWindow().multipliedBy(2))
                .maximumSize(100_000)
                .build();
    }

    /** Takes a token for this address, or refuses when none is left. */
    public void acquire(String address) {
        Bucket bucket = addresses.get(address, k -> newBucket());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw EventProblems.tooManySignUps(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket newBucket() {
        int capacity = config.publicSignUpsPerAddress();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, config.publicSignUpWindow())
                        .build())
                .build();
    }
}
