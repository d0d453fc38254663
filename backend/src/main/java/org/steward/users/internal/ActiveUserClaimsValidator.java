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
import java.util.Optional;
import org.steward.users.SessionClaims;

/**
 * A token stays good only while its user does: the user is enabled and the token's session generation (claim
 * {@link SessionClaims#GENERATION}, the user's at sign-in) is still theirs. Disabling, a role change and a password
 * change or reset move the generation on, so every token issued before ends exactly, whatever the clock says; the
 * session that changed its own password is named in {@code kept_session_id} and goes on. A token without the claim
 * is refused. Look-ups are cached briefly ({@code app.users.session-check-cache}).
 */
@Singleton
class ActiveUserClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private record Standing(boolean enabled, long generation, String keptSession) {}

    private final LoadingCache<String, Optional<Standing>> standings;

    ActiveUserClaimsValidator(UserRepository users, @Value("${app.users.session-check-cache:5s}") Duration cacheFor) {
        this.standings = Caffeine.newBuilder()
                .expireAfterWrite(cacheFor)
                .maximumSize(10_000)
                .build(username -> users.findByUsername(username)
                        .map(u -> new Standing(u.isEnabled(), u.getSessionGeneration(), u.getKeptSessionId())));
    }

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        Long generation = generation(claims.get(SessionClaims.GENERATION));
        if (subject == null || generation == null) {
            return false;
        }
        return inGoodStanding(subject.toString(), generation, session(claims.get(SessionClaims.SESSION)));
    }

    /** The user exists and is enabled, and no revocation happened since this token's sign-in (or it was kept). */
    boolean inGoodStanding(String username, long generation, @Nullable String session) {
        return standings
                .get(username)
                .map(s -> s.enabled()
                        && (s.generation() == generation || (session != null && session.equals(s.keptSession()))))
                .orElse(false);
    }

    /** The generation claim as JSON gave it back (a number), or null when missing or of another type. */
    static Long generation(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    static String session(Object value) {
        return value instanceof String text ? text : null;
    }
}
