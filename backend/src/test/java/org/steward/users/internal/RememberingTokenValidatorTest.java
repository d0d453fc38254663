package org.steward.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

class RememberingTokenValidatorTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(8 * 3600);

    @SuppressWarnings("unchecked")
    private final JsonWebTokenValidator<JWT, HttpRequest<?>> tokens = mock(JsonWebTokenValidator.class);

    private final JwtAuthenticationFactory authentications = mock(JwtAuthenticationFactory.class);
    private final ActiveUserClaimsValidator standing = mock(ActiveUserClaimsValidator.class);
    private final Clock clock = mock(Clock.class);
    private final Authentication ann = Authentication.build("ann", List.of("DEVELOPMENT_OFFICER"));
    private RememberingTokenValidator validator;

    @BeforeEach
    void setUp() {
        JWT jwt = new PlainJWT(new JWTClaimsSet.Builder()
                .subject("ann")
                .issueTime(Date.from(ISSUED))
                .expirationTime(Date.from(EXPIRES))
                .claim("sgen", 3L)
                .claim("sid", "session-1")
                .build());
        when(tokens.validate("good", null)).thenReturn(Optional.of(jwt));
        when(tokens.validate("forged", null)).thenReturn(Optional.empty());
        when(authentications.createAuthentication(any(JWT.class))).thenReturn(Optional.of(ann));
        when(standing.inGoodStanding("ann", 3L, "session-1")).thenReturn(true);
        when(clock.instant()).thenReturn(ISSUED.plusSeconds(60));
        validator = new RememberingTokenValidator(tokens, authentications, standing, clock);
    }

    @Test
    void aTokenIsParsedAndItsSignatureCheckedOnce() {
        assertThat(validate("good")).containsExactly(ann);
        assertThat(validate("good")).containsExactly(ann);
        assertThat(validate("good")).containsExactly(ann);

        verify(tokens, times(1)).validate(anyString(), any());
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsUserIsNoLongerInGoodStanding() {
        assertThat(validate("good")).containsExactly(ann);
        when(standing.inGoodStanding("ann", 3L, "session-1")).thenReturn(false); // disabled, or roles changed since

        assertThat(validate("good")).isEmpty();
    }

    @Test
    void aRememberedTokenIsRefusedFromTheMomentItExpires() {
        assertThat(validate("good")).containsExactly(ann);
        when(clock.instant()).thenReturn(EXPIRES);

        assertThat(validate("good")).isEmpty();
    }

    @Test
    void aRefusedTokenIsNotRememberedAndIsCheckedInFullEachTime() {
        assertThat(validate("forged")).isEmpty();
        assertThat(validate("forged")).isEmpty();

        verify(tokens, times(2)).validate("forged", null);
    }

    private List<Authentication> validate(String token) {
        Publisher<Authentication> result = validator.validateToken(token, null);
        return Flux.from(result).collectList().block();
    }
}
