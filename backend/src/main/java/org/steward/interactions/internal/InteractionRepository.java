package org.steward.interactions.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.steward.interactions.Channel;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InteractionRepository extends CrudRepository<Interaction, UUID> {

    /**
     * The timeline of these constituents together (one, or a household and its members; index on constituent_id,
     * occurred_at); deleted interactions left out.
     */
    Page<Interaction> findByConstituentIdInAndDeletedAtIsNull(Collection<UUID> constituentIds, Pageable pageable);

    Page<Interaction> findByConstituentIdInAndChannelAndDeletedAtIsNull(
            Collection<UUID> constituentIds, Channel channel, Pageable pageable);

    /** Every interaction of the constituent, deleted ones included: a merge moves them all. */
    List<UUID> findIdByConstituentId(UUID constituentId);

    long countByConstituentId(UUID constituentId);

    /** Moves these interactions from one constituent to another, bumping their version; returns the rows moved. */
    @Query("UPDATE interactions SET constituent_id = :to, version = version + 1, updated_at = :at, updated_by = :by"
            + " WHERE constituent_id = :from AND id IN (:ids)")
    long moveConstituent(UUID from, UUID to, Collection<UUID> ids, Instant at, String by);
}
