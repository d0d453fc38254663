package org.steward.users.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt through a maintained library (never hand-written crypto). Passwords longer than bcrypt's 72 bytes are
 * pre-hashed with SHA-512 rather than silently truncated. The cost is configurable; production uses 12.
 */
@Singleton
public class PasswordHasher {

    private final int cost;
    private final BCrypt.Hasher hasher;
    private final BCrypt.Verifyer verifier;
    private final String dummyHash;

    public PasswordHasher(@Value("${app.users.bcrypt-cost:12}") int cost) {
        this.cost = cost;
        this.hasher =
                BCrypt.with(BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
        this.verifier = BCrypt.verifyer(
                BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
        this.dummyHash = hash("not a real password, only spends the same time");
    }

    public String hash(String password) {
        return new String(hasher.hash(cost, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    public boolean matches(String password, String hash) {
        return verifier.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the time of one verification, so an unknown username is not faster to reject than a wrong password. */
    public void burnOneVerification(String password) {
        matches(password, dummyHash);
    }
}
