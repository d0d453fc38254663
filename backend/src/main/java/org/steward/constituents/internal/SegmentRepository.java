package org.steward.constituents.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SegmentRepository extends CrudRepository<Segment, UUID> {

    List<Segment> listOrderByName();

    /** Names compare without case, as the unique index does on MySQL/MariaDB collations. */
    @Query("SELECT COUNT(*) FROM segments WHERE LOWER(name) = LOWER(:name) AND id <> :exceptId")
    long countByNameIgnoringCase(String name, String exceptId);
}
