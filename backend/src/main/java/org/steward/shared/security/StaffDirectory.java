package org.steward.shared.security;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lets any module check a staff username (e.g. a task's assignee) without depending on the users module, which
 * implements this.
 */
public interface StaffDirectory {

    /** The display name of an enabled staff user with this username, if there is one. */
    Optional<String> displayNameOf(String username);

    /**
     * The display names of these usernames, in one look-up; accounts disabled since are included (history shows
     * who did it), usernames with no account are left out.
     */
    Map<String, String> displayNames(Collection<String> usernames);

    /**
     * The account of an enabled staff user with this username, if there is one: what work done on that user's behalf
     * while they are not signed in needs (a scheduled report runs with its owner's current roles and alerts them by
     * email).
     */
    Optional<StaffAccount> accountOf(String username);

    /** An enabled staff user as other modules may see them; {@code email} may be absent. */
    record StaffAccount(String username, String displayName, @Nullable String email, Set<String> roles) {
        public StaffAccount {
            roles = Set.copyOf(roles);
        }
    }
}
