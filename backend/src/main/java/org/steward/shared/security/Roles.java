package org.steward.shared.security;

import java.util.List;

/** The four roles. Use the constants with {@code @Secured}; a user may hold several. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String DEVELOPMENT_OFFICER = "DEVELOPMENT_OFFICER";
    public static final String EVENT_COORDINATOR = "EVENT_COORDINATOR";
    public static final String BOARD_MEMBER = "BOARD_MEMBER";

    public static final List<String> ALL = List.of(ADMIN, DEVELOPMENT_OFFICER, EVENT_COORDINATOR, BOARD_MEMBER);

    private Roles() {}

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
