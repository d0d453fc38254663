package org.steward.users.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs access tokens (HS256). {@code STEWARD_JWT_SECRET} sets it; otherwise the first instance to start
 * generates one and stores it in the database, so every instance on that database accepts the others' tokens and a
 * restart does not sign everyone out.
 */
@Factory
class JwtSigningFactory {

    private static final Logger LOG = LoggerFactory.getLogger(JwtSigningFactory.class);
    static final String SECRET_NAME = "jwt-signing-key";

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generator(
            @Value("${app.users.jwt-secret:}") String configured, SigningSecretRepository secrets, Clock clock) {
        String secret = configured == null || configured.isBlank() ? stored(secrets, clock) : configured;
        if (secret.length() < 32) {
            throw new IllegalStateException("STEWARD_JWT_SECRET must be at least 32 characters long");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        return new SecretSignature(configuration);
    }

    private static String stored(SigningSecretRepository secrets, Clock clock) {
        return secrets.findById(SECRET_NAME).map(SigningSecret::secretValue).orElseGet(() -> {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                secrets.save(new SigningSecret(
                        SECRET_NAME, generated, clock.instant().truncatedTo(ChronoUnit.SECONDS), "system"));
                LOG.info("Generated a token signing key and stored it in the database");
                return generated;
            } catch (DataAccessException raced) {
                // another instance stored one first: use theirs
                return secrets.findById(SECRET_NAME).orElseThrow(() -> raced).secretValue();
            }
        });
    }
}
