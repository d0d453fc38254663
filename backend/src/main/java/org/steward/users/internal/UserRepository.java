package org.steward.users.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends PageableRepository<User, UUID> {

    Optional<User> findByUsername(String username);

    /** Users whose username, display name or email contains the pattern (already lower case and wrapped in %). */
    @Query(
            value = "SELECT user_.* FROM users user_ WHERE (:pattern IS NULL OR LOWER(user_.username) LIKE :pattern"
                    + " OR LOWER(user_.display_name) LIKE :pattern OR LOWER(user_.email) LIKE :pattern)",
            countQuery =
                    "SELECT COUNT(*) FROM users user_ WHERE (:pattern IS NULL OR LOWER(user_.username) LIKE :pattern"
                            + " OR LOWER(user_.display_name) LIKE :pattern OR LOWER(user_.email) LIKE :pattern)")
    Page<User> search(@Nullable String pattern, Pageable pageable);

    boolean existsByUsername(String username);

    java.util.List<User> findByUsernameIn(java.util.Collection<String> usernames);

    /** Enabled users, by display name. */
    @Query("SELECT user_.* FROM users user_ WHERE user_.enabled = TRUE ORDER BY user_.display_name, user_.username")
    java.util.List<User> findEnabled();

    /** Touches only the last-login time, so a sign-in never clashes with an administrator's edit. */
    @Query("UPDATE users SET last_login_at = :at WHERE id = :id")
    void recordLogin(UUID id, Instant at);

    @Query("SELECT COUNT(*) FROM users WHERE enabled = TRUE AND CONCAT(',', roles, ',') LIKE '%,ADMIN,%'")
    long countEnabledAdmins();
}
