package org.steward.shared.security;

import java.util.Optional;

/**
 * Lets any module check a staff username (e.g. a task's assignee) without depending on the users module, which
 * implements this.
 */
public interface StaffDirectory {

    /** The display name of an enabled staff user with this username, if there is one. */
    Optional<String> displayNameOf(String username);
}
