package org.steward.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;
import org.steward.shared.time.Timestamps;
import org.steward.users.internal.PasswordHasher;
import org.steward.users.internal.User;
import org.steward.users.internal.UserRepository;

/**
 * Staff accounts: who may sign in, with which roles. Every change is audited (passwords as "changed" only) and
 * the rules that keep Steward administrable are enforced here: there is always an enabled administrator, and an
 * administrator cannot lock themselves out.
 */
@Singleton
public class UserService {

    public static final String ENTITY = "user";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    UserService(
            UserRepository users, PasswordHasher hasher, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    public static String normalizeUsername(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public UserView create(CreateUserCommand command) {
        String username = normalizeUsername(command.username());
        Set<String> roles = checkedRoles(command.roles());
        if (!PasswordPolicy.isAcceptable(command.password())) {
            throw UserProblems.weakPassword();
        }
        if (users.existsByUsername(username)) {
            throw UserProblems.usernameTaken(username);
        }
        var now = timestamps.now();
        User user = new User();
        user.setId(Ids.next());
        user.setUsername(username);
        user.setDisplayName(command.displayName().trim());
        user.setEmail(blankToNull(command.email()));
        user.setPasswordHash(hasher.hash(command.password()));
        user.setRoles(roles);
        user.setEnabled(true);
        user.setTokensValidAfter(now);
        user.stampCreated(actor.name(), now);
        users.save(user);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", user.getDisplayName());
        fields.put("email", user.getEmail());
        fields.put("roles", roles);
        fields.put("enabled", true);
        audit.record(ENTITY, user.getId(), AuditTrail.CREATED, Changes.created(fields));
        return user.view();
    }

    @Transactional(readOnly = true)
    /** Users by username; {@code query} (optional) matches username, display name or email, ignoring case. */
    public Page<UserView> list(@Nullable String query, int page, int size) {
        String pattern = query == null || query.isBlank()
                ? null
                : "%" + likeEscape(query.trim().toLowerCase(Locale.ROOT)) + "%";
        return users.search(pattern, Pageable.from(page, size, Sort.of(Sort.Order.asc("username"))))
                .map(User::view);
    }

    /** Roles that work with constituents, so tasks and follow-ups can go to them. */
    private static final Set<String> STAFF_ROLES =
            Set.of(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR);

    /** Enabled users holding a role that works with constituents (not board members only), by name. */
    @Transactional(readOnly = true)
    public java.util.List<StaffMember> staff() {
        return users.findEnabled().stream()
                .filter(u -> u.getRoles().stream().anyMatch(STAFF_ROLES::contains))
                .map(u -> new StaffMember(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id) {
        return load(id).view();
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return users.findByUsername(normalizeUsername(username)).map(User::view);
    }

    @Transactional
    public UserView updateProfile(UUID id, String displayName, @Nullable String email) {
        User user = load(id);
        var changes = Changes.track()
                .field("displayName", user.getDisplayName(), displayName.trim())
                .field("email", user.getEmail(), blankToNull(email));
        user.setDisplayName(displayName.trim());
        user.setEmail(blankToNull(email));
        return save(user, changes);
    }

    @Transactional
    public UserView setRoles(UUID id, Set<String> requested) {
        User user = load(id);
        Set<String> roles = checkedRoles(requested);
        boolean losesAdmin = user.getRoles().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN);
        if (losesAdmin && user.isEnabled() && users.countEnabledAdmins() <= 1) {
            throw UserProblems.lastAdmin();
        }
        var changes = Changes.track().field("roles", user.getRoles(), roles);
        if (!roles.equals(user.getRoles())) {
            user.endSessions(timestamps.now()); // tokens carry roles: make the user sign in again
        }
        user.setRoles(roles);
        return save(user, changes);
    }

    @Transactional
    public UserView setEnabled(UUID id, boolean enabled) {
        User user = load(id);
        if (!enabled && user.getUsername().equals(actor.name())) {
            throw UserProblems.cannotDisableSelf();
        }
        if (!enabled && user.isEnabled() && user.getRoles().contains(Roles.ADMIN) && users.countEnabledAdmins() <= 1) {
            throw UserProblems.lastAdmin();
        }
        var changes = Changes.track().field("enabled", user.isEnabled(), enabled);
        if (!enabled) {
            user.endSessions(timestamps.now());
        }
        user.setEnabled(enabled);
        return save(user, changes);
    }

    /** An administrator sets a new password for someone; their open sessions end. */
    @Transactional
    public void resetPassword(UUID id, String password) {
        if (!PasswordPolicy.isAcceptable(password)) {
            throw UserProblems.weakPassword();
        }
        User user = load(id);
        applyPassword(user, password, null);
    }

    /**
     * A signed-in user changes their own password, proving they know the current one. Their other sessions end;
     * the one named {@code keepSession} (the sign-in making the change, {@link SessionClaims#SESSION}) goes on.
     */
    @Transactional
    public void changeOwnPassword(
            String username, String currentPassword, String newPassword, @Nullable String keepSession) {
        User user =
                users.findByUsername(normalizeUsername(username)).orElseThrow(() -> UserProblems.notFound(username));
        if (!hasher.matches(currentPassword, user.getPasswordHash())) {
            throw UserProblems.wrongCurrentPassword();
        }
        if (!PasswordPolicy.isAcceptable(newPassword)) {
            throw UserProblems.weakPassword();
        }
        applyPassword(user, newPassword, keepSession);
    }

    private void applyPassword(User user, String password, @Nullable String keepSession) {
        user.setPasswordHash(hasher.hash(password));
        user.endSessionsExcept(keepSession, timestamps.now());
        save(user, Changes.track().secret("password", true));
    }

    private UserView save(User user, Changes changes) {
        var list = changes.list();
        if (list.isEmpty()) {
            return user.view();
        }
        user.stampUpdated(actor.name(), timestamps.now());
        users.update(user);
        audit.record(ENTITY, user.getId(), AuditTrail.UPDATED, list);
        return user.view();
    }

    private User load(UUID id) {
        return users.findById(id).orElseThrow(() -> UserProblems.notFound(id));
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        TreeSet<String> checked = new TreeSet<>();
        for (String role : roles) {
            String upper = role == null ? "" : role.trim().toUpperCase(Locale.ROOT);
            if (!Roles.isKnown(upper)) {
                throw UserProblems.unknownRole(role);
            }
            checked.add(upper);
        }
        return checked;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
