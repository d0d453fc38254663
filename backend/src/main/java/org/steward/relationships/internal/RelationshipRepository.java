package org.steward.relationships.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RelationshipRepository extends CrudRepository<Relationship, UUID> {

    /** Both directions of one constituent (served by the from_id and to_id indexes). */
    List<Relationship> findByFromIdOrToId(UUID fromId, UUID toId);

    /** Every relationship touching any of these constituents: one level of the network walk, bounded. */
    List<Relationship> findByFromIdInOrToIdIn(Collection<UUID> fromIds, Collection<UUID> toIds, Pageable pageable);

    boolean existsByActiveKey(String activeKey);

    boolean existsByActiveKeyAndIdNotEqual(String activeKey, UUID id);

    List<Relationship> findByIdIn(Collection<UUID> ids);
}
