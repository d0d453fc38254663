package org.steward.users.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RevokedTokenRepository extends GenericRepository<RevokedToken, String> {

    boolean existsById(String tokenHash);

    RevokedToken save(RevokedToken token);

    @Query("DELETE FROM revoked_tokens WHERE expires_at < :now")
    int deleteExpired(Instant now);
}
