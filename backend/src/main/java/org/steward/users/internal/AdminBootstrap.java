package org.steward.users.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.security.Roles;
import org.steward.users.CreateUserCommand;
import org.steward.users.UserService;

/**
 * On the first start with no users, creates {@code admin} with the password from {@code STEWARD_ADMIN_PASSWORD}, or a
 * random one printed once to the log. Several instances starting together create it once (the username is unique).
 */
@Singleton
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository users;
    private final UserService service;
    private final String configuredPassword;

    AdminBootstrap(
            UserRepository users,
            UserService service,
            @Value("${app.users.admin-password:}") String configuredPassword) {
        this.users = users;
        this.service = service;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        try {
            service.create(new CreateUserCommand("admin", "Administrator", null, password, Set.of(Roles.ADMIN)));
        } catch (ConflictException alreadyThere) {
            return;
        }
        if (generated) {
            LOG.warn(
                    "\n\n  Created the first user 'admin' with the generated password:  {}\n"
                            + "  It is shown only this once. Sign in and change it, or set STEWARD_ADMIN_PASSWORD.\n",
                    password);
        } else {
            LOG.info("Created the first user 'admin' with the password from STEWARD_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
