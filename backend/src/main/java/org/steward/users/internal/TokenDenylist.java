package org.steward.users.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.steward.shared.time.Timestamps;

/**
 * Tokens ended early by signing out. A signed-out token is refused on every instance until it would have expired: it
 * is stored (as the SHA-256 of its text) in {@code revoked_tokens}; look-ups are cached for
 * {@code app.users.session-check-cache}, and a revocation is seen at once on the instance that made it.
 */
@Singleton
public class TokenDenylist {

    private final RevokedTokenRepository revoked;
    private final Timestamps timestamps;
    private final Duration tokenLifetime;
    private final LoadingCache<String, Boolean> known;

    TokenDenylist(
            RevokedTokenRepository revoked,
            Timestamps timestamps,
            @Value("${micronaut.security.token.generator.access-token.expiration:3600}") int tokenLifetimeSeconds,
            @Value("${app.users.session-check-cache:5s}") Duration cacheFor) {
        this.revoked = revoked;
        this.timestamps = timestamps;
        this.tokenLifetime = Duration.ofSeconds(tokenLifetimeSeconds);
        this.known = Caffeine.newBuilder()
                .expireAfterWrite(cacheFor)
                .maximumSize(10_000)
                .build(revoked::existsById);
    }

    /** Whether this token was signed out. */
    public boolean isRevoked(String token) {
        return known.get(hash(token));
    }

    /** Ends this token everywhere; it stays refused for at most a token's lifetime, after which it expires anyway. */
    public void revoke(String token, String by) {
        String hash = hash(token);
        var now = timestamps.now();
        revoked.deleteExpired(now);
        if (!revoked.existsById(hash)) {
            try {
                revoked.save(new RevokedToken(hash, now.plus(tokenLifetime), now, by));
            } catch (DataAccessException raced) {
                // signed out twice at once: the other request stored it
            }
        }
        known.put(hash, Boolean.TRUE);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
