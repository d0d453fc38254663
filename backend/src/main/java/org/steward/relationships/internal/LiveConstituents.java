package org.steward.relationships.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.steward.constituents.ConstituentService;

/** Which constituents are not deleted, asked of the constituents module in one query per batch. */
@Singleton
public class LiveConstituents {

    private final ConstituentService constituents;

    LiveConstituents(ConstituentService constituents) {
        this.constituents = constituents;
    }

    public Set<UUID> among(Collection<UUID> ids) {
        return constituents.activeAmong(new LinkedHashSet<>(ids));
    }

    public boolean isLive(UUID id) {
        return constituents.isActive(id);
    }
}
