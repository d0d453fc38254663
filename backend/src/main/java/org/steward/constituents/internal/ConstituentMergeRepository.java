package org.steward.constituents.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConstituentMergeRepository extends CrudRepository<ConstituentMerge, UUID> {

    List<ConstituentMerge> findBySurvivorIdOrDuplicateIdOrderByMergedAtDesc(UUID survivorId, UUID duplicateId);
}
