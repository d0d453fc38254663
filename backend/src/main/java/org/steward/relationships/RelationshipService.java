package org.steward.relationships;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.relationships.internal.LiveConstituents;
import org.steward.relationships.internal.NetworkWalker;
import org.steward.relationships.internal.Perspective;
import org.steward.relationships.internal.Relationship;
import org.steward.relationships.internal.RelationshipRepository;
import org.steward.relationships.internal.RelationshipType;
import org.steward.relationships.internal.RelationshipTypeRepository;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Relationships between constituents. A relationship is stored once, from one end to the other, and read from
 * either end with the matching label. Rules: the two ends differ and are not deleted, the type exists and is
 * active, the end date is not before the start date, and two constituents have at most one active relationship
 * of a type (either way round for symmetric types). Every change is audited.
 */
@Singleton
public class RelationshipService {

    public static final String ENTITY = "relationship";

    /** The most relationships the constituent summary shows. */
    public static final int SUMMARY_LIMIT = 50;

    public static final int MIN_NETWORK_DEPTH = 1;
    public static final int MAX_NETWORK_DEPTH = 3;

    private final RelationshipRepository relationships;
    private final RelationshipTypeRepository types;
    private final ConstituentService constituents;
    private final LiveConstituents live;
    private final NetworkWalker walker;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    RelationshipService(
            RelationshipRepository relationships,
            RelationshipTypeRepository types,
            ConstituentService constituents,
            LiveConstituents live,
            NetworkWalker walker,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.relationships = relationships;
        this.types = types;
        this.constituents = constituents;
        this.live = live;
        this.walker = walker;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional
    public RelationshipView create(CreateRelationshipCommand command) {
        if (command.from().equals(command.to())) {
            throw RelationshipProblems.self();
        }
        checkDates(command.startDate(), command.endDate());
        RelationshipType type = activeType(command.type());
        ConstituentRef from = constituents.requireActive(command.from());
        ConstituentRef to = constituents.requireActive(command.to());

        var now = timestamps.now();
        Relationship relationship = new Relationship();
        relationship.setId(Ids.next());
        relationship.setFromId(command.from().value());
        relationship.setToId(command.to().value());
        relationship.setTypeCode(type.getCode());
        relationship.setStartDate(command.startDate());
        relationship.setEndDate(command.endDate());
        relationship.setActive(command.active() == null || command.active());
        relationship.setNotes(blankToNull(command.notes()));
        relationship.refreshActiveKey(type.isSymmetric());
        checkNoDuplicate(relationship, true);
        relationship.stampCreated(actor.name(), now);
        Relationship saved = write(relationship, true);

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("fromId", saved.getFromId());
        fields.put("toId", saved.getToId());
        fields.put("type", saved.getTypeCode());
        fields.put("startDate", saved.getStartDate());
        fields.put("endDate", saved.getEndDate());
        fields.put("active", saved.isActive());
        fields.put("notes", saved.getNotes());
        audit.record(ENTITY, saved.getId(), AuditTrail.CREATED, Changes.created(fields));
        return view(saved, type, from, to);
    }

    @Transactional(readOnly = true)
    public RelationshipView get(UUID id) {
        Relationship relationship = load(id);
        RelationshipType type = types.findById(relationship.getTypeCode())
                .orElseThrow(() -> RelationshipProblems.unknownType(relationship.getTypeCode()));
        return view(relationship, type);
    }

    /**
     * Replaces type, dates, activity and notes. Fails with {@code common.stale-version} when {@code version} is
     * not the current one. Keeping a type that has since been deactivated is allowed; switching to one is not.
     */
    @Transactional
    public RelationshipView update(UUID id, UpdateRelationshipCommand command) {
        Relationship relationship = load(id);
        if (relationship.getVersion() != command.version()) {
            throw new StaleVersionException(ENTITY, id);
        }
        checkDates(command.startDate(), command.endDate());
        String code = normalizeCode(command.type());
        RelationshipType type = code.equals(relationship.getTypeCode())
                ? types.findById(code).orElseThrow(() -> RelationshipProblems.unknownType(code))
                : activeType(code);
        if (command.active() && !relationship.isActive()) {
            // coming back to life: both ends must still be live, as for a new relationship
            constituents.requireActive(new ConstituentId(relationship.getFromId()));
            constituents.requireActive(new ConstituentId(relationship.getToId()));
        }
        String notes = blankToNull(command.notes());
        var changes = Changes.track()
                .field("type", relationship.getTypeCode(), type.getCode())
                .field("startDate", relationship.getStartDate(), command.startDate())
                .field("endDate", relationship.getEndDate(), command.endDate())
                .field("active", relationship.isActive(), command.active())
                .field("notes", relationship.getNotes(), notes)
                .list();
        if (changes.isEmpty()) {
            return view(relationship, type);
        }
        relationship.setTypeCode(type.getCode());
        relationship.setStartDate(command.startDate());
        relationship.setEndDate(command.endDate());
        relationship.setActive(command.active());
        relationship.setNotes(notes);
        relationship.refreshActiveKey(type.isSymmetric());
        checkNoDuplicate(relationship, false);
        relationship.stampUpdated(actor.name(), timestamps.now());
        Relationship saved = write(relationship, false);
        audit.record(ENTITY, id, AuditTrail.UPDATED, changes);
        return view(saved, type);
    }

    @Transactional
    public void delete(UUID id) {
        Relationship relationship = load(id);
        relationships.delete(relationship);
        var changes = Changes.track()
                .field("fromId", relationship.getFromId(), null)
                .field("toId", relationship.getToId(), null)
                .field("type", relationship.getTypeCode(), null)
                .field("startDate", relationship.getStartDate(), null)
                .field("endDate", relationship.getEndDate(), null)
                .field("active", relationship.isActive(), null)
                .field("notes", relationship.getNotes(), null)
                .list();
        audit.record(ENTITY, id, AuditTrail.DELETED, changes);
    }

    /**
     * A constituent's relationships in both directions, each read from that constituent's side, active first
     * then by label; relationships with deleted constituents are left out. {@code active} filters when given.
     * 404 {@code constituents.not-found} when the constituent does not exist or is deleted.
     */
    @Transactional(readOnly = true)
    public List<ConstituentRelationshipView> forConstituent(ConstituentId id, @Nullable Boolean active) {
        constituents.requireActive(id);
        return perspectiveOf(id.value(), active, Integer.MAX_VALUE);
    }

    /** The first {@value #SUMMARY_LIMIT} of {@link #forConstituent}, without the existence check. */
    @Transactional(readOnly = true)
    public List<ConstituentRelationshipView> summaryFor(ConstituentId id) {
        return perspectiveOf(id.value(), null, SUMMARY_LIMIT);
    }

    /**
     * The constituents within {@code depth} steps of this one (1 to 3) and the relationships between them, at
     * most {@value NetworkWalker#MAX_NODES} constituents; {@code activeOnly} follows active relationships only.
     */
    @Transactional(readOnly = true)
    public RelationshipNetwork network(ConstituentId id, int depth, boolean activeOnly) {
        if (depth < MIN_NETWORK_DEPTH || depth > MAX_NETWORK_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and 3, not " + depth);
        }
        constituents.requireActive(id);
        return walker.walk(id.value(), depth, activeOnly);
    }

    private List<ConstituentRelationshipView> perspectiveOf(UUID viewer, @Nullable Boolean active, int limit) {
        List<Relationship> rows = relationships.findByFromIdOrToId(viewer, viewer).stream()
                .filter(r -> active == null || r.isActive() == active)
                .toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> others =
                live.among(rows.stream().map(r -> r.otherThan(viewer)).toList());
        Map<ConstituentId, ConstituentRef> refs =
                constituents.refs(others.stream().map(ConstituentId::new).toList());
        Map<String, RelationshipType> typesByCode = new HashMap<>();
        types.findAll().forEach(type -> typesByCode.put(type.getCode(), type));
        List<ConstituentRelationshipView> views = new ArrayList<>();
        for (Relationship row : rows) {
            ConstituentRef other = refs.get(new ConstituentId(row.otherThan(viewer)));
            RelationshipType type = typesByCode.get(row.getTypeCode());
            if (other != null && type != null) {
                views.add(Perspective.of(viewer, row, type, other));
            }
        }
        views.sort(Perspective.ORDER);
        return views.size() > limit ? List.copyOf(views.subList(0, limit)) : List.copyOf(views);
    }

    private RelationshipView view(Relationship relationship, RelationshipType type) {
        ConstituentId from = new ConstituentId(relationship.getFromId());
        ConstituentId to = new ConstituentId(relationship.getToId());
        Map<ConstituentId, ConstituentRef> refs = constituents.refs(List.of(from, to));
        return view(relationship, type, refs.get(from), refs.get(to));
    }

    private static RelationshipView view(
            Relationship relationship, RelationshipType type, ConstituentRef from, ConstituentRef to) {
        return new RelationshipView(
                relationship.getId(),
                new ConstituentId(relationship.getFromId()),
                new ConstituentId(relationship.getToId()),
                type.getCode(),
                type.getLabel(),
                type.getInverseLabel(),
                from,
                to,
                relationship.getStartDate(),
                relationship.getEndDate(),
                relationship.isActive(),
                relationship.getNotes(),
                relationship.getVersion());
    }

    private RelationshipType activeType(String requested) {
        String code = normalizeCode(requested);
        return types.findById(code)
                .filter(RelationshipType::isActive)
                .orElseThrow(() -> RelationshipProblems.unknownType(code));
    }

    private void checkNoDuplicate(Relationship relationship, boolean isNew) {
        String key = relationship.getActiveKey();
        if (key == null) {
            return;
        }
        boolean taken = isNew
                ? relationships.existsByActiveKey(key)
                : relationships.existsByActiveKeyAndIdNotEqual(key, relationship.getId());
        if (taken) {
            throw RelationshipProblems.duplicate(relationship.getTypeCode());
        }
    }

    /** Inserts or updates; a concurrent duplicate that slipped past the check trips the unique key instead. */
    private Relationship write(Relationship relationship, boolean insert) {
        try {
            return insert ? relationships.save(relationship) : relationships.update(relationship);
        } catch (RuntimeException e) {
            if (isActiveKeyViolation(e)) {
                throw RelationshipProblems.duplicate(relationship.getTypeCode());
            }
            throw e;
        }
    }

    static boolean isActiveKeyViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")
                    && Objects.toString(sql.getMessage(), "")
                            .toLowerCase(Locale.ROOT)
                            .contains("active_key")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private Relationship load(UUID id) {
        return relationships.findById(id).orElseThrow(() -> RelationshipProblems.notFound(id));
    }

    private static void checkDates(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw RelationshipProblems.dates();
        }
    }

    private static String normalizeCode(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
