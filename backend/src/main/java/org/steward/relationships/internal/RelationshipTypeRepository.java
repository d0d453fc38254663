package org.steward.relationships.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RelationshipTypeRepository extends CrudRepository<RelationshipType, String> {

    List<RelationshipType> findAllOrderByLabel();

    List<RelationshipType> findByActiveOrderByLabel(boolean active);
}
