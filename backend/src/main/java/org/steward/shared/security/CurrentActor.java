package org.steward.shared.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Who is acting right now, for {@code created_by}/{@code updated_by} and the audit log: the signed-in username, or
 * {@code system} for work no user started (start-up, scheduled jobs).
 */
@Singleton
public class CurrentActor {

    public static final String SYSTEM = "system";

    private final SecurityService security;

    public CurrentActor(SecurityService security) {
        this.security = security;
    }

    public String name() {
        return security.username().orElse(SYSTEM);
    }

    public boolean hasRole(String role) {
        return security.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        Collection<String> mine =
                security.getAuthentication().map(Authentication::getRoles).orElse(java.util.List.of());
        for (String role : roles) {
            if (mine.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
