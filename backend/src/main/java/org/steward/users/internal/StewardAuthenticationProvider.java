package org.steward.users.internal;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.time.Timestamps;
import org.steward.users.SessionClaims;
import org.steward.users.UserService;

/**
 * Checks a username and password against the users table, under the login throttle. Runs on the blocking pool. The
 * client address comes from {@code shared.web.ClientAddressResolver} (forwarded headers only from trusted proxies).
 */
@Singleton
class StewardAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(StewardAuthenticationProvider.class);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final HttpClientAddressResolver addresses;
    private final Timestamps timestamps;

    StewardAuthenticationProvider(
            UserRepository users,
            PasswordHasher hasher,
            LoginThrottle throttle,
            HttpClientAddressResolver addresses,
            Timestamps timestamps) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.addresses = addresses;
        this.timestamps = timestamps;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(
            @Nullable HttpRequest<B> request, @NonNull AuthenticationRequest<String, String> authRequest) {
        String username = UserService.normalizeUsername(authRequest.getIdentity());
        String password = authRequest.getSecret();
        String address = request == null ? "unknown" : String.valueOf(addresses.resolve(request));
        if (username == null || username.isEmpty() || password == null) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.check(username, address);
        var found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.burnOneVerification(password);
            throttle.failed(username, address);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        User user = found.get();
        if (!hasher.matches(password, user.getPasswordHash()) || !user.isEnabled()) {
            throttle.failed(username, address);
            LOG.info("Failed sign-in for user id {}", user.getId());
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(username);
        users.recordLogin(user.getId(), timestamps.now());
        return AuthenticationResponse.success(
                user.getUsername(),
                user.getRoles(),
                Map.of(
                        "name",
                        user.getDisplayName(),
                        "uid",
                        user.getId().toString(),
                        SessionClaims.GENERATION,
                        user.getSessionGeneration(),
                        SessionClaims.SESSION,
                        UUID.randomUUID().toString()));
    }
}
