package org.steward.interactions;

import java.util.HashMap;
import java.util.Map;
import org.steward.shared.security.StaffDirectory;

/**
 * Display names of staff for one response: each username is looked up once. A username with no enabled account
 * (disabled or removed since) shows as itself, so history stays readable.
 */
final class StaffNames {

    private final StaffDirectory directory;
    private final Map<String, String> names = new HashMap<>();

    StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    String of(String username) {
        return names.computeIfAbsent(username, u -> directory.displayNameOf(u).orElse(u));
    }

    /** Remembers a name already looked up (e.g. while validating the username). */
    void put(String username, String displayName) {
        names.put(username, displayName);
    }
}
