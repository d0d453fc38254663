package org.steward.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.micronaut.data.model.Pageable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentType;
import org.steward.relationships.RelationshipNetwork;

@ExtendWith(MockitoExtension.class)
class NetworkWalkerTest {

    @Mock
    RelationshipRepository repository;

    @Mock
    RelationshipTypeRepository types;

    @Mock
    ConstituentService constituents;

    @Mock
    LiveConstituents live;

    final List<Relationship> stored = new ArrayList<>();
    final Set<UUID> deleted = new HashSet<>();
    NetworkWalker walker;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        walker = new NetworkWalker(repository, types, constituents, live);
        lenient()
                .when(repository.findByFromIdInOrToIdIn(anyCollection(), anyCollection(), any(Pageable.class)))
                .thenAnswer(call -> {
                    Collection<UUID> ids = call.getArgument(0);
                    Pageable page = call.getArgument(2);
                    return stored.stream()
                            .filter(r -> ids.contains(r.getFromId()) || ids.contains(r.getToId()))
                            .sorted(java.util.Comparator.comparing(Relationship::getId))
                            .limit(page.getSize())
                            .toList();
                });
        lenient().when(live.isLive(any())).thenAnswer(call -> !deleted.contains(call.<UUID>getArgument(0)));
        lenient().when(constituents.refs(anyCollection())).thenAnswer(call -> {
            Map<ConstituentId, ConstituentRef> refs = new LinkedHashMap<>();
            for (ConstituentId id : (Collection<ConstituentId>) call.getArgument(0)) {
                refs.put(id, new ConstituentRef(id, ConstituentType.INDIVIDUAL, "C " + id.value(), false));
            }
            return refs;
        });
        lenient()
                .when(types.findAll())
                .thenReturn(List.of(PerspectiveTest.type("friend-of", "Friend of", "Friend of", true)));
    }

    @Test
    void walksAChainLevelByLevelWithOneQueryPerLevel() {
        UUID a = id(1), b = id(2), c = id(3), d = id(4);
        link(a, b);
        link(c, b);
        link(d, c);

        assertThat(depths(walker.walk(a, 1, false))).isEqualTo(Map.of(a, 0, b, 1));
        RelationshipNetwork three = walker.walk(a, 3, false);

        assertThat(depths(three)).isEqualTo(Map.of(a, 0, b, 1, c, 2, d, 3));
        assertThat(three.edges()).hasSize(3);
        assertThat(three.truncated()).isFalse();
        verify(repository, times(1 + 3)).findByFromIdInOrToIdIn(anyCollection(), anyCollection(), any(Pageable.class));
    }

    @Test
    void cyclesEndTheWalk() {
        UUID a = id(1), b = id(2), c = id(3);
        link(a, b);
        link(b, c);
        link(c, a);

        RelationshipNetwork network = walker.walk(a, 3, false);

        assertThat(depths(network)).isEqualTo(Map.of(a, 0, b, 1, c, 1));
        assertThat(network.edges()).hasSize(3);
    }

    @Test
    void deletedConstituentsAreNeitherShownNorWalkedThrough() {
        UUID a = id(1), b = id(2), c = id(3);
        link(a, b);
        link(b, c);
        deleted.add(b);

        RelationshipNetwork network = walker.walk(a, 3, false);

        assertThat(depths(network)).isEqualTo(Map.of(a, 0));
        assertThat(network.edges()).isEmpty();
    }

    @Test
    void stopsAtFiveHundredConstituentsAndSaysSo() {
        UUID hub = id(0);
        for (int i = 1; i <= 600; i++) {
            link(hub, id(i));
        }

        RelationshipNetwork network = walker.walk(hub, 2, false);

        assertThat(network.nodes()).hasSize(NetworkWalker.MAX_NODES);
        assertThat(network.truncated()).isTrue();
        assertThat(network.edges()).hasSize(NetworkWalker.MAX_NODES - 1);
        assertThat(network.edges()).allSatisfy(e -> assertThat(depths(network))
                .containsKeys(e.fromId().value(), e.toId().value()));
    }

    @Test
    void inactiveRelationshipsAreSkippedWhenAskedForActiveOnly() {
        UUID a = id(1), b = id(2), c = id(3);
        link(a, b);
        link(b, c).setActive(false);

        assertThat(depths(walker.walk(a, 3, true))).isEqualTo(Map.of(a, 0, b, 1));
        assertThat(depths(walker.walk(a, 3, false))).containsKey(c);
    }

    private Relationship link(UUID from, UUID to) {
        Relationship relationship = new Relationship();
        relationship.setId(new UUID(0, stored.size() + 1));
        relationship.setFromId(from);
        relationship.setToId(to);
        relationship.setTypeCode("friend-of");
        relationship.setActive(true);
        relationship.setVersion(0L);
        stored.add(relationship);
        return relationship;
    }

    private static Map<UUID, Integer> depths(RelationshipNetwork network) {
        Map<UUID, Integer> depths = new LinkedHashMap<>();
        network.nodes().forEach(n -> depths.put(n.id().value(), n.depth()));
        return depths;
    }

    private static UUID id(int n) {
        return new UUID(1, n);
    }
}
