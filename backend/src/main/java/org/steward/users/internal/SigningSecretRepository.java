package org.steward.users.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SigningSecretRepository extends GenericRepository<SigningSecret, String> {

    Optional<SigningSecret> findById(String name);

    SigningSecret save(SigningSecret secret);
}
