package org.steward.users.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.steward.shared.errors.TooManyRequestsException;

/**
 * Rate-limits failed sign-ins per account and per client address with token buckets (Bucket4j): each failure
 * takes a token, tokens come back gradually over the window, and an empty bucket refuses further attempts
 * (429 with Retry-After) before the password is even checked. Buckets live in this node's memory; see
 * docs/operations.md for what that means behind a load balancer.
 */
@Singleton
public class LoginThrottle {

    private final LoginConfig config;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    public LoginThrottle(LoginConfig config) {
        this.config = config;
        this.accounts = Caffeine.newBuilder()
                .expireAfterAccess(config.window().multipliedBy(2))
                .maximumSize(100_000)
                .build();
        this.addresses = Caffeine.newBuilder()
                .expireAfterAccess(config.window().multipliedBy(2))
                .maximumSize(100_000)
                .build();
    }

    /** Refuses the attempt when the account or the address has used up its failures. */
    public void check(String account, String address) {
        Duration wait = max(waitFor(accounts, account), waitFor(addresses, address));
        if (!wait.isZero()) {
            throw new TooManyRequestsException(
                    "auth.too-many-attempts",
                    "Too many failed sign-ins",
                    "Sign-in is paused for this account or address. Try again in " + Math.max(1, wait.toSeconds())
                            + " seconds.",
                    wait);
        }
    }

    public void failed(String account, String address) {
        accounts.get(account, k -> newBucket(config.maxFailuresPerAccount())).tryConsume(1);
        addresses.get(address, k -> newBucket(config.maxFailuresPerAddress())).tryConsume(1);
    }

    public void succeeded(String account) {
        accounts.invalidate(account);
    }

    private Bucket newBucket(int capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, config.window())
                        .build())
                .build();
    }

    private static Duration waitFor(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
