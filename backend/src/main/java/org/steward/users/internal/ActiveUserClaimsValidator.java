package org.steward.users.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A token stays good only while its user does: once a user is disabled, or their roles or password change, tokens
 * issued before that moment are refused. Look-ups are cached briefly ({@code app.users.session-check-cache}).
 */
@Singleton
class ActiveUserClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private record Standing(boolean enabled, Instant tokensValidAfter) {}

    private final LoadingCache<String, Optional<Standing>> standings;

    ActiveUserClaimsValidator(UserRepository users, @Value("${app.users.session-check-cache:5s}") Duration cacheFor) {
        this.standings = Caffeine.newBuilder()
                .expireAfterWrite(cacheFor)
                .maximumSize(10_000)
                .build(username ->
                        users.findByUsername(username).map(u -> new Standing(u.isEnabled(), u.getTokensValidAfter())));
    }

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        Instant issuedAt = instant(claims.get(Claims.ISSUED_AT));
        if (subject == null || issuedAt == null) {
            return false;
        }
        return inGoodStanding(subject.toString(), issuedAt);
    }

    /** The user exists and is enabled, and a token issued then is not older than their last revocation. */
    boolean inGoodStanding(String username, Instant issuedAt) {
        return standings
                .get(username)
                .map(s -> s.enabled() && !issuedAt.isBefore(s.tokensValidAfter()))
                .orElse(false);
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return null;
    }
}
