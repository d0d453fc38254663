package org.steward.users.internal;

import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Gives every access token a random {@code jti}. Without one, two sign-ins of the same user in the same second got
 * the very same token, so signing out one session ({@link TokenDenylist}) would have ended the other.
 */
@Singleton
class RandomJtiGenerator implements JtiGenerator {

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
