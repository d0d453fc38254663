package org.steward.donations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.shared.persistence.Sql;

/**
 * What given gifts count for, by id (e.g. the fee gifts of an event's registrations): completed gifts at their base
 * amount net of refunds, as every report counts them; other statuses count nothing and are left out.
 */
@Singleton
public class CountedAmounts {

    private final Sql sql;

    CountedAmounts(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> of(Collection<UUID> giftIds) {
        Map<UUID, BigDecimal> result = new HashMap<>();
        List<UUID> ids = new ArrayList<>(giftIds);
        for (int start = 0; start < ids.size(); start += 500) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            sql.list(
                            "SELECT id, base_amount - refunded_base_amount AS net FROM gifts WHERE status = 'COMPLETED'"
                                    + " AND id IN (" + Sql.marks(chunk.size()) + ")",
                            rs -> Map.entry(
                                    Sql.uuid(rs, "id"), rs.getBigDecimal("net").setScale(2)),
                            chunk.toArray())
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
        }
        return result;
    }
}
