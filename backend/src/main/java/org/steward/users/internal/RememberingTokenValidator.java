package org.steward.users.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.steward.users.SessionClaims;

/**
 * The one bearer-token validator ({@code micronaut.security.token.jwt.nimbus.reactive-validator} is off). A token's
 * parse and signature check, the larger part of the security cost of a request in the constituents benchmark,
 * run once per token; the result is remembered by the token's exact text. What can change while a token is in use
 * is checked on every request, remembered or not: its expiry, and through {@link ActiveUserClaimsValidator} whether
 * its user is still enabled and the token still of their current session generation (no role or password change
 * or disabling since its sign-in).
 */
@Singleton
class RememberingTokenValidator implements TokenValidator<HttpRequest<?>> {

    private record Checked(
            Authentication authentication, String subject, long generation, String session, Instant expiresAt) {}

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> tokens;
    private final JwtAuthenticationFactory authentications;
    private final ActiveUserClaimsValidator standing;
    private final Clock clock;
    private final Cache<String, Checked> checked = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    RememberingTokenValidator(
            JsonWebTokenValidator<JWT, HttpRequest<?>> tokens,
            JwtAuthenticationFactory authentications,
            ActiveUserClaimsValidator standing,
            Clock clock) {
        this.tokens = tokens;
        this.authentications = authentications;
        this.standing = standing;
        this.clock = clock;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Checked remembered = checked.getIfPresent(token);
        if (remembered != null) {
            boolean good = clock.instant().isBefore(remembered.expiresAt())
                    && standing.inGoodStanding(remembered.subject(), remembered.generation(), remembered.session());
            return good ? Publishers.just(remembered.authentication()) : Publishers.empty();
        }
        // a full check: signature and every claims validator (expiry and standing among them)
        return tokens.validate(token, request)
                .flatMap(jwt -> remember(token, jwt))
                .map(Publishers::just)
                .orElseGet(Publishers::empty);
    }

    private Optional<Authentication> remember(String token, JWT jwt) {
        Optional<Authentication> authentication = authentications.createAuthentication(jwt);
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Long generation = ActiveUserClaimsValidator.generation(claims.getClaim(SessionClaims.GENERATION));
            String session = ActiveUserClaimsValidator.session(claims.getClaim(SessionClaims.SESSION));
            Date expires = claims.getExpirationTime();
            if (authentication.isPresent() && claims.getSubject() != null && generation != null && expires != null) {
                checked.put(
                        token,
                        new Checked(
                                authentication.get(), claims.getSubject(), generation, session, expires.toInstant()));
            }
        } catch (ParseException e) {
            // claims a validator already read: not expected; the token is simply not remembered
        }
        return authentication;
    }
}
