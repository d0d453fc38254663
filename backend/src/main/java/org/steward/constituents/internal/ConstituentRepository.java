package org.steward.constituents.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConstituentRepository extends CrudRepository<Constituent, UUID> {

    List<Constituent> findByIdIn(Collection<UUID> ids);
}
