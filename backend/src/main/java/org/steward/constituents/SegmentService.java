package org.steward.constituents;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.internal.Segment;
import org.steward.constituents.internal.SegmentRepository;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Segments: named, saved constituent searches. A segment stores the criteria, not the members: listing its members
 * runs the search again on today's data, so people added since show up.
 */
@Singleton
public class SegmentService {

    public static final String ENTITY = "segment";

    private final SegmentRepository segments;
    private final ConstituentService constituents;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    SegmentService(
            SegmentRepository segments,
            ConstituentService constituents,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.segments = segments;
        this.constituents = constituents;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional
    public SegmentView create(SaveSegmentCommand command) {
        String name = command.name().trim();
        checkNameFree(name, null);
        var now = timestamps.now();
        Segment s = new Segment();
        s.setId(Ids.next());
        apply(s, command);
        s.stampCreated(actor.name(), now);
        saveOrNameTaken(s, true);
        audit.record(ENTITY, s.getId(), AuditTrail.CREATED, Changes.created(snapshot(s)));
        return s.view();
    }

    @Transactional(readOnly = true)
    public List<SegmentView> list() {
        return segments.listOrderByName().stream().map(Segment::view).toList();
    }

    @Transactional(readOnly = true)
    public SegmentView get(UUID id) {
        return load(id).view();
    }

    /** Replaces the segment, if nobody changed it since {@code version} was read. */
    @Transactional
    public SegmentView update(UUID id, SaveSegmentCommand command, long version) {
        Segment s = load(id);
        if (!Objects.equals(s.getVersion(), version)) {
            throw SegmentProblems.stale(id);
        }
        checkNameFree(command.name().trim(), id);
        Map<String, Object> was = snapshot(s);
        apply(s, command);
        s.stampUpdated(actor.name(), timestamps.now());
        saveOrNameTaken(s, false);
        Changes changes = Changes.track();
        snapshot(s).forEach((field, value) -> changes.field(field, was.get(field), value));
        audit.record(ENTITY, id, AuditTrail.UPDATED, changes.list());
        return load(id).view();
    }

    @Transactional
    public void delete(UUID id) {
        Segment s = load(id);
        segments.delete(s);
        Changes changes = Changes.track();
        snapshot(s).forEach((field, value) -> changes.field(field, value, null));
        audit.record(ENTITY, id, AuditTrail.DELETED, changes.list());
    }

    /** The constituents the segment's criteria match now (active ones, by name). */
    @Transactional(readOnly = true)
    public ConstituentPage members(UUID id, int page, int size) {
        return constituents.search(load(id).getCriteria().toQuery(), page, size);
    }

    private Segment load(UUID id) {
        return segments.findById(id).orElseThrow(() -> SegmentProblems.notFound(id));
    }

    private void checkNameFree(String name, UUID self) {
        if (segments.countByNameIgnoringCase(name, self == null ? "" : self.toString()) > 0) {
            throw SegmentProblems.nameTaken(name);
        }
    }

    /** Two people saving the same new name at once: the unique index decides, and the loser gets the same 409. */
    private void saveOrNameTaken(Segment s, boolean insert) {
        try {
            if (insert) {
                segments.save(s);
            } else {
                segments.update(s);
            }
        } catch (DataAccessException e) {
            if (causedByConstraint(e)) {
                throw SegmentProblems.nameTaken(s.getName());
            }
            throw e;
        }
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || (t instanceof java.sql.SQLException sql && "23000".equals(sql.getSQLState()))
                    || (t instanceof java.sql.SQLException sql2 && "23505".equals(sql2.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void apply(Segment s, SaveSegmentCommand command) {
        s.setName(command.name().trim());
        s.setDescription(
                command.description() == null || command.description().isBlank()
                        ? null
                        : command.description().trim());
        s.setCriteria(
                command.criteria() == null
                        ? new SegmentCriteria(null, null, null, null, null, null, null)
                        : command.criteria().normalized());
    }

    private static Map<String, Object> snapshot(Segment s) {
        SegmentCriteria c = s.getCriteria();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.getName());
        m.put("description", s.getDescription());
        m.put("criteria.q", c.q());
        m.put("criteria.type", c.type());
        m.put("criteria.tag", c.tag());
        m.put("criteria.email", c.email());
        m.put("criteria.phone", c.phone());
        m.put("criteria.postalCode", c.postalCode());
        m.put("criteria.text", c.text());
        return m;
    }
}
