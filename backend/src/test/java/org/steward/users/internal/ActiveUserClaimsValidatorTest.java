package org.steward.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.security.token.Claims;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revocation is exact: it depends on the session generation, not on timestamps that share a second. */
class ActiveUserClaimsValidatorTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final UserRepository users = mock(UserRepository.class);
    private final ActiveUserClaimsValidator validator = new ActiveUserClaimsValidator(users, Duration.ZERO);
    private User ann;

    @BeforeEach
    void setUp() {
        ann = new User();
        ann.setId(UUID.randomUUID());
        ann.setUsername("ann");
        ann.setRoles(Set.of("BOARD_MEMBER"));
        ann.setEnabled(true);
        ann.setTokensValidAfter(NOW);
        when(users.findByUsername("ann")).thenReturn(Optional.of(ann));
    }

    @Test
    void aTokenOfTheCurrentGenerationIsGood() {
        assertThat(validator.validate(claims(0, "s1"), null)).isTrue();
    }

    @Test
    void aRevocationInTheSameSecondAsSignInEndsTheToken() {
        Claims token = claims(ann.getSessionGeneration(), "s1"); // issued at NOW

        ann.endSessions(NOW); // roles changed, disabled or password reset at NOW too

        assertThat(validator.validate(token, null)).isFalse();
        assertThat(validator.validate(claims(ann.getSessionGeneration(), "s2"), null))
                .isTrue(); // signed in again afterwards
    }

    @Test
    void aDisabledUsersTokensAreRefusedEvenOfTheCurrentGeneration() {
        ann.setEnabled(false);

        assertThat(validator.validate(claims(ann.getSessionGeneration(), "s1"), null))
                .isFalse();
    }

    @Test
    void aPasswordChangeKeepsTheSessionThatMadeItAndEndsTheOthers() {
        int before = ann.getSessionGeneration();

        ann.endSessionsExcept("s1", NOW);

        assertThat(validator.validate(claims(before, "s1"), null)).isTrue();
        assertThat(validator.validate(claims(before, "s2"), null)).isFalse();
        assertThat(validator.validate(claims(before, null), null)).isFalse();

        ann.endSessions(NOW); // then an administrator changes the roles: the kept session ends too
        assertThat(validator.validate(claims(before, "s1"), null)).isFalse();
    }

    @Test
    void aTokenWithoutAGenerationOrOfAnUnknownUserIsRefused() {
        Map<String, Object> noGeneration = new HashMap<>(Map.of(Claims.SUBJECT, "ann", Claims.ISSUED_AT, NOW));
        Map<String, Object> textGeneration = new HashMap<>(noGeneration);
        textGeneration.put("sgen", "0");
        Map<String, Object> stranger = new HashMap<>(Map.of(Claims.SUBJECT, "bob", "sgen", 0L));

        assertThat(validator.validate(claims(noGeneration), null)).isFalse();
        assertThat(validator.validate(claims(textGeneration), null)).isFalse();
        assertThat(validator.validate(claims(stranger), null)).isFalse();
    }

    private static Claims claims(long generation, String session) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Claims.SUBJECT, "ann");
        claims.put(Claims.ISSUED_AT, NOW);
        claims.put("sgen", generation); // JSON numbers come back as Long
        if (session != null) {
            claims.put("sid", session);
        }
        return claims(claims);
    }

    private static Claims claims(Map<String, Object> values) {
        Map<String, Object> copy = Map.copyOf(values);
        return new Claims() {
            @Override
            public Object get(String name) {
                return copy.get(name);
            }

            @Override
            public java.util.Set<String> names() {
                return copy.keySet();
            }

            @Override
            public boolean contains(String name) {
                return copy.containsKey(name);
            }
        };
    }
}
