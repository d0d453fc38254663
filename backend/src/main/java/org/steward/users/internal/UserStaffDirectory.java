package org.steward.users.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.shared.security.StaffDirectory;
import org.steward.users.UserService;

@Singleton
class UserStaffDirectory implements StaffDirectory {

    private final UserRepository users;

    UserStaffDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<String> displayNameOf(String username) {
        return users.findByUsername(UserService.normalizeUsername(username))
                .filter(User::isEnabled)
                .map(User::getDisplayName);
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        for (User user : users.findByUsernameIn(Set.copyOf(usernames))) {
            names.put(user.getUsername(), user.getDisplayName());
        }
        return names;
    }

    @Override
    public Optional<StaffAccount> accountOf(String username) {
        return users.findByUsername(UserService.normalizeUsername(username))
                .filter(User::isEnabled)
                .map(u -> new StaffAccount(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles()));
    }
}
