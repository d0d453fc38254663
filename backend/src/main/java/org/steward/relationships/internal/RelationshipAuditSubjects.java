package org.steward.relationships.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.relationships.RelationshipService;
import org.steward.relationships.RelationshipTypeService;
import org.steward.shared.persistence.Sql;

/** Names in the audit log for relationships ("Jane Doe — Employee of — Acme") and relationship types. */
@Singleton
class RelationshipAuditSubjects implements AuditSubjects {

    private final Sql sql;
    private final ConstituentService constituents;

    RelationshipAuditSubjects(Sql sql, ConstituentService constituents) {
        this.sql = sql;
        this.constituents = constituents;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(
                RelationshipService.ENTITY, "Relationship",
                RelationshipTypeService.ENTITY, "Relationship type");
    }

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        return switch (entityType) {
            case RelationshipService.ENTITY -> relationships(AuditSubjects.uuids(entityIds));
            case RelationshipTypeService.ENTITY -> types(entityIds);
            default -> Map.of();
        };
    }

    private record Row(String id, UUID from, UUID to, String label) {}

    private Map<String, AuditSubject> relationships(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = sql.list(
                "SELECT r.id, r.from_id, r.to_id, t.label FROM relationships r"
                        + " JOIN relationship_types t ON t.code = r.type_code WHERE r.id IN ("
                        + Sql.marks(ids.size()) + ")",
                rs -> new Row(
                        rs.getString("id"), Sql.uuid(rs, "from_id"), Sql.uuid(rs, "to_id"), rs.getString("label")),
                ids.toArray());
        Set<ConstituentId> people = rows.stream()
                .flatMap(r -> Stream.of(r.from(), r.to()))
                .map(ConstituentId::new)
                .collect(Collectors.toSet());
        Map<ConstituentId, ConstituentRef> names = constituents.refs(people);
        Map<String, AuditSubject> found = new HashMap<>();
        for (Row r : rows) {
            String label = name(names, r.from()) + " — " + r.label() + " — " + name(names, r.to());
            found.put(r.id(), AuditSubject.shownOn(label, ConstituentService.ENTITY, r.from()));
        }
        return found;
    }

    private Map<String, AuditSubject> types(Collection<String> codes) {
        List<String> list = List.copyOf(Set.copyOf(codes));
        return AuditSubjects.byId(sql.list(
                "SELECT code, label FROM relationship_types WHERE code IN (" + Sql.marks(list.size()) + ")",
                rs -> Map.entry(
                        rs.getString("code"),
                        AuditSubject.shownOn(
                                rs.getString("label"), RelationshipTypeService.ENTITY, rs.getString("code"))),
                list.toArray()));
    }

    private static String name(Map<ConstituentId, ConstituentRef> names, UUID id) {
        ConstituentRef ref = names.get(new ConstituentId(id));
        return ref == null ? "(removed)" : ref.displayName();
    }
}
