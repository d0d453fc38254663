package org.steward.relationships.internal;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.relationships.RelationshipNetwork;

/**
 * Breadth-first walk over relationships in both directions, one query per level, skipping deleted constituents
 * (nobody is reached through them either). Call inside a transaction.
 */
@Singleton
public class NetworkWalker {

    /** At most this many constituents in one network, the start included. */
    public static final int MAX_NODES = 500;

    /** At most this many relationships read per level, so one very connected organization cannot swamp a walk. */
    public static final int MAX_EDGES_PER_LEVEL = 5_000;

    private final RelationshipRepository relationships;
    private final RelationshipTypeRepository types;
    private final ConstituentService constituents;
    private final LiveConstituents live;

    NetworkWalker(
            RelationshipRepository relationships,
            RelationshipTypeRepository types,
            ConstituentService constituents,
            LiveConstituents live) {
        this.relationships = relationships;
        this.types = types;
        this.constituents = constituents;
        this.live = live;
    }

    /** The network within {@code maxDepth} steps of {@code start}, which the caller has checked is not deleted. */
    public RelationshipNetwork walk(UUID start, int maxDepth, boolean activeOnly) {
        Map<UUID, Integer> depths = new LinkedHashMap<>();
        depths.put(start, 0);
        Set<UUID> dead = new HashSet<>();
        Map<UUID, Relationship> edges = new LinkedHashMap<>();
        Set<UUID> frontier = Set.of(start);
        boolean truncated = false;
        Pageable bound = Pageable.from(0, MAX_EDGES_PER_LEVEL + 1, Sort.of(Sort.Order.asc("id")));

        for (int level = 1; level <= maxDepth && !frontier.isEmpty() && !truncated; level++) {
            List<Relationship> found = relationships.findByFromIdInOrToIdIn(frontier, frontier, bound);
            if (found.size() > MAX_EDGES_PER_LEVEL) {
                truncated = true;
                found = found.subList(0, MAX_EDGES_PER_LEVEL);
            }
            Set<UUID> candidates = new LinkedHashSet<>();
            for (Relationship relationship : found) {
                if (activeOnly && !relationship.isActive()) {
                    continue;
                }
                edges.putIfAbsent(relationship.getId(), relationship);
                for (UUID end : List.of(relationship.getFromId(), relationship.getToId())) {
                    if (!depths.containsKey(end) && !dead.contains(end)) {
                        candidates.add(end);
                    }
                }
            }
            Set<UUID> next = new LinkedHashSet<>();
            for (UUID candidate : candidates) {
                if (depths.size() >= MAX_NODES) {
                    truncated = true;
                    break;
                }
                if (live.isLive(candidate)) {
                    depths.put(candidate, level);
                    next.add(candidate);
                } else {
                    dead.add(candidate);
                }
            }
            frontier = next;
        }
        return network(depths, edges.values(), truncated);
    }

    private RelationshipNetwork network(Map<UUID, Integer> depths, Iterable<Relationship> found, boolean truncated) {
        Map<ConstituentId, ConstituentRef> refs = constituents.refs(
                depths.keySet().stream().map(ConstituentId::new).toList());
        List<RelationshipNetwork.Node> nodes = new ArrayList<>();
        depths.forEach((id, depth) -> {
            ConstituentRef ref = refs.get(new ConstituentId(id));
            if (ref != null) {
                nodes.add(new RelationshipNetwork.Node(ref.id(), ref.type(), ref.displayName(), ref.deceased(), depth));
            }
        });
        nodes.sort(Comparator.comparingInt(RelationshipNetwork.Node::depth)
                .thenComparing(n -> n.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(n -> n.id().value()));

        Map<String, RelationshipType> typesByCode = new HashMap<>();
        types.findAll().forEach(type -> typesByCode.put(type.getCode(), type));
        List<RelationshipNetwork.Edge> links = new ArrayList<>();
        for (Relationship relationship : found) {
            ConstituentId from = new ConstituentId(relationship.getFromId());
            ConstituentId to = new ConstituentId(relationship.getToId());
            if (!refs.containsKey(from) || !refs.containsKey(to)) {
                continue;
            }
            RelationshipType type = typesByCode.get(relationship.getTypeCode());
            links.add(new RelationshipNetwork.Edge(
                    relationship.getId(),
                    from,
                    to,
                    relationship.getTypeCode(),
                    type == null ? relationship.getTypeCode() : type.getLabel(),
                    type == null ? relationship.getTypeCode() : type.getInverseLabel(),
                    relationship.isActive()));
        }
        return new RelationshipNetwork(List.copyOf(nodes), List.copyOf(links), truncated);
    }
}
