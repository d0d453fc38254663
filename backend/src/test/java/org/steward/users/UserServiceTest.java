package org.steward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.steward.audit.AuditTrail;
import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.users.internal.PasswordHasher;
import org.steward.users.internal.User;
import org.steward.users.internal.UserRepository;

@ExtendWith(MockitoExtension.class)
class UserServiceTest {

    @Mock
    UserRepository repository;

    @Mock
    AuditTrail audit;

    @Mock
    CurrentActor actor;

    UserService service;

    @BeforeEach
    void setUp() {
        var timestamps = new Timestamps(Clock.fixed(Instant.parse("2026-11-23T10:00:00.750Z"), ZoneOffset.UTC));
        service = new UserService(repository, new PasswordHasher(4), audit, actor, timestamps);
    }

    @Test
    void createsWithANormalizedUsernameAndAHashedPasswordAndAudits() {
        when(repository.existsByUsername("jane.doe")).thenReturn(false);

        UserView view = service.create(
                new CreateUserCommand("  Jane.Doe ", "Jane", "", "a long enough password", Set.of("board_member")));

        assertThat(view.username()).isEqualTo("jane.doe");
        assertThat(view.email()).isNull();
        assertThat(view.roles()).containsExactly("BOARD_MEMBER");
        assertThat(view.createdAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        verify(repository).save(any(User.class));
        verify(audit).record(eq("user"), eq(view.id()), eq(AuditTrail.CREATED), anyList());
    }

    @Test
    void refusesADuplicateUsernameAndUnknownRolesAndShortPasswords() {
        when(repository.existsByUsername("taken")).thenReturn(true);

        assertThatThrownBy(() -> service.create(
                        new CreateUserCommand("taken", "T", null, "a long enough password", Set.of("ADMIN"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        service.create(new CreateUserCommand("x", "T", null, "a long enough password", Set.of("GOD"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "users.unknown-role");
        assertThatThrownBy(() -> service.create(new CreateUserCommand("y", "T", null, "short", Set.of("ADMIN"))))
                .hasFieldOrPropertyWithValue("code", "users.weak-password");
        verify(repository, never()).save(any());
    }

    @Test
    void theLastEnabledAdminKeepsTheAdminRole() {
        User admin = user("root", Set.of("ADMIN"));
        when(repository.findById(admin.getId())).thenReturn(Optional.of(admin));
        when(repository.countEnabledAdmins()).thenReturn(1L);

        assertThatThrownBy(() -> service.setRoles(admin.getId(), Set.of("BOARD_MEMBER")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "users.last-admin");
        verify(repository, never()).update(any());
    }

    @Test
    void nobodyDisablesThemselves() {
        User admin = user("root", Set.of("ADMIN"));
        when(repository.findById(admin.getId())).thenReturn(Optional.of(admin));
        when(actor.name()).thenReturn("root");

        assertThatThrownBy(() -> service.setEnabled(admin.getId(), false))
                .hasFieldOrPropertyWithValue("code", "users.cannot-disable-self");
    }

    private static User user(String username, Set<String> roles) {
        User user = new User();
        user.setId(UUID.randomUUID());
        user.setUsername(username);
        user.setDisplayName(username);
        user.setRoles(roles);
        user.setEnabled(true);
        user.setPasswordHash("x");
        user.setTokensValidAfter(Instant.EPOCH);
        return user;
    }
}
