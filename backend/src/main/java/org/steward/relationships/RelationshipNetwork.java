package org.steward.relationships;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentType;

/**
 * The constituents within some steps of one constituent ({@code depth} 0) and the relationships that connect
 * them. {@code truncated} says that a size limit stopped the walk, so more exist.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // an empty edge list is still sent, as []
public record RelationshipNetwork(List<Node> nodes, List<Edge> edges, boolean truncated) {

    @Serdeable
    public record Node(ConstituentId id, ConstituentType type, String displayName, boolean deceased, int depth) {}

    @Serdeable
    public record Edge(
            UUID id,
            ConstituentId fromId,
            ConstituentId toId,
            String type,
            String label,
            String inverseLabel,
            boolean active) {}
}
