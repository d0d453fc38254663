package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.audit.FieldChange;
import org.steward.constituents.internal.Constituent;
import org.steward.constituents.internal.ConstituentRepository;
import org.steward.constituents.internal.ConstituentSearch;
import org.steward.constituents.internal.ContactPointStore;
import org.steward.constituents.internal.DraftRules;
import org.steward.constituents.internal.HouseholdStore;
import org.steward.constituents.internal.NameWords;
import org.steward.constituents.internal.Names;
import org.steward.constituents.internal.TagSuggestions;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Constituents: people, organizations and households. Creates, replaces (with optimistic locking), soft-deletes
 * and restores them, and searches them; every change is audited field by field. Other modules refer to
 * constituents only through {@link ConstituentId} and the look-ups here.
 */
@Singleton
public class ConstituentService {

    public static final String ENTITY = "constituent";

    private final ConstituentRepository constituents;
    private final ContactPointStore contactPoints;
    private final HouseholdStore households;
    private final ConstituentSearch search;
    private final TagSuggestions tags;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    private final NameWords nameWords;
    private final ConstituentsConfig config;

    ConstituentService(
            ConstituentRepository constituents,
            ContactPointStore contactPoints,
            HouseholdStore households,
            ConstituentSearch search,
            TagSuggestions tags,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            NameWords nameWords,
            ConstituentsConfig config) {
        this.nameWords = nameWords;
        this.config = config;
        this.constituents = constituents;
        this.contactPoints = contactPoints;
        this.households = households;
        this.search = search;
        this.tags = tags;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional
    public ConstituentView create(ConstituentDraft input) {
        ConstituentDraft draft = DraftRules.normalize(input, today(), config.defaultCountry());
        checkExternalIds(null, draft);
        var now = timestamps.now();
        Constituent c = new Constituent();
        c.setId(Ids.next());
        c.setType(draft.type());
        apply(c, draft);
        c.stampCreated(actor.name(), now);
        constituents.save(c);
        nameWords.replace(c.getId(), keysOf(c).words(), true);
        contactPoints.insert(c.getId(), children(draft));
        audit.record(ENTITY, c.getId(), AuditTrail.CREATED, Changes.created(snapshot(c, draft)));
        return view(c);
    }

    /** The constituent; a deleted one only when {@code includeDeleted} (administrators). */
    @Transactional(readOnly = true)
    public ConstituentView get(ConstituentId id, boolean includeDeleted) {
        return view(load(id, includeDeleted));
    }

    /** Replaces the constituent with the draft, if nobody changed it since {@code version} was read. */
    @Transactional
    public ConstituentView update(ConstituentId id, ConstituentDraft input, long version) {
        Constituent c = load(id, false);
        if (!Objects.equals(c.getVersion(), version)) {
            throw ConstituentProblems.stale(id);
        }
        if (input.type() != c.getType()) {
            throw ConstituentProblems.typeChange();
        }
        ConstituentDraft draft = DraftRules.normalize(input, today(), config.defaultCountry());
        checkExternalIds(c.getId(), draft);
        ContactPointStore.Children before = contactPoints.load(c.getId());
        Map<String, Object> was = snapshot(c, draftOf(c, before));
        apply(c, draft);
        if (c.getType() == ConstituentType.HOUSEHOLD && c.isNameGenerated()) {
            households.applyGeneratedNames(c);
        }
        c.stampUpdated(actor.name(), timestamps.now());
        constituents.update(c);
        nameWords.replace(c.getId(), keysOf(c).words(), false);
        contactPoints.update(c.getId(), before, children(draft));
        Map<String, Object> is = snapshot(c, draft);
        Changes changes = Changes.track();
        is.forEach((field, value) -> changes.field(field, was.get(field), value));
        audit.record(ENTITY, c.getId(), AuditTrail.UPDATED, changes.list());
        if (c.getType() == ConstituentType.INDIVIDUAL) {
            households.regenerateHouseholdOf(c.getId());
        }
        return view(constituents.findById(c.getId()).orElseThrow());
    }

    /** Soft delete: hidden from search and look-ups, kept for history, restorable by administrators. */
    @Transactional
    public void delete(ConstituentId id, @Nullable String reason) {
        Constituent c = load(id, false);
        if (c.getType() == ConstituentType.HOUSEHOLD
                && !households.currentMembers(c.getId()).isEmpty()) {
            throw ConstituentProblems.householdHasMembers(id);
        }
        c.setDeletedAt(timestamps.now());
        c.setDeletedBy(actor.name());
        c.stampUpdated(actor.name(), timestamps.now());
        constituents.update(c);
        audit.record(
                ENTITY, c.getId(), AuditTrail.DELETED, List.of(new FieldChange("deleted", "false", "true")), reason);
    }

    @Transactional
    public ConstituentView restore(ConstituentId id) {
        Constituent c = load(id, true);
        if (!c.isDeleted()) {
            throw ConstituentProblems.notDeleted(id);
        }
        c.setDeletedAt(null);
        c.setDeletedBy(null);
        c.setMergedIntoId(null);
        c.stampUpdated(actor.name(), timestamps.now());
        constituents.update(c);
        audit.record(ENTITY, c.getId(), AuditTrail.RESTORED, List.of(new FieldChange("deleted", "true", "false")));
        return view(c);
    }

    /**
     * A connection without a transaction: a search is one statement (two when a filtered page is counted apart)
     * that needs no common snapshot, and a read-only transaction would cost three more round trips per search
     * (docs/benchmarks.md).
     */
    @Connectable
    public ConstituentPage search(ConstituentQuery query, int page, int size) {
        return search.search(query, page, size);
    }

    /**
     * The tags in use on constituents that are not deleted, most used first, then alphabetical; with a prefix, only
     * the tags starting with it (ignoring case on MySQL and MariaDB). One read, no transaction needed.
     */
    @Connectable
    public List<TagCount> tags(@Nullable String prefix, int limit) {
        return tags.find(prefix, limit);
    }

    /** The constituent if it exists and is not deleted; otherwise 404 {@code constituents.not-found}. */
    @Transactional(readOnly = true)
    public ConstituentRef requireActive(ConstituentId id) {
        return load(id, false).ref();
    }

    /** Refs for these ids (deleted ones included, so history still shows names), in one query. */
    @Transactional(readOnly = true)
    public Map<ConstituentId, ConstituentRef> refs(Collection<ConstituentId> ids) {
        Map<ConstituentId, ConstituentRef> refs = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        for (Constituent c : constituents.findByIdIn(
                ids.stream().map(ConstituentId::value).distinct().toList())) {
            refs.put(c.constituentId(), c.ref());
        }
        return refs;
    }

    /** Which of these ids are constituents that exist and are not deleted, in one query. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> activeAmong(Collection<UUID> ids) {
        java.util.Set<UUID> active = new java.util.LinkedHashSet<>();
        if (ids.isEmpty()) {
            return active;
        }
        for (Constituent c : constituents.findByIdIn(ids.stream().distinct().toList())) {
            if (!c.isDeleted()) {
                active.add(c.getId());
            }
        }
        return active;
    }

    /** True when the constituent exists and is not deleted. */
    @Transactional(readOnly = true)
    public boolean isActive(UUID id) {
        return constituents.findById(id).filter(c -> !c.isDeleted()).isPresent();
    }

    ConstituentView view(Constituent c) {
        ContactPointStore.Children children = contactPoints.load(c.getId());
        ConstituentRef household =
                c.getType() == ConstituentType.INDIVIDUAL ? households.currentHouseholdOf(c.getId()) : null;
        return new ConstituentView(
                c.constituentId(),
                c.getType(),
                c.getDisplayName(),
                c.getPrefix(),
                c.getFirstName(),
                c.getMiddleName(),
                c.getLastName(),
                c.getSuffix(),
                c.getPreferredName(),
                c.getBirthDate(),
                c.isDeceased(),
                c.getDeceasedDate(),
                c.getName(),
                c.isNameGenerated(),
                c.getFormalSalutation(),
                c.getInformalSalutation(),
                children.emails(),
                children.phones(),
                children.addresses(),
                children.tags(),
                c.getSource(),
                children.externalIds(),
                c.getNotes(),
                c.isDoNotContact(),
                c.isDoNotSolicit(),
                household,
                c.isDeleted(),
                c.getDeletedAt(),
                c.getMergedIntoId() == null ? null : new ConstituentId(c.getMergedIntoId()),
                c.getVersion(),
                c.getCreatedAt(),
                c.getCreatedBy(),
                c.getUpdatedAt(),
                c.getUpdatedBy());
    }

    Constituent load(ConstituentId id, boolean includeDeleted) {
        Constituent c = constituents.findById(id.value()).orElseThrow(() -> new ConstituentNotFoundException(id));
        if (c.isDeleted() && !includeDeleted) {
            // a merged record points to its survivor, so old links and bookmarks still lead somewhere
            throw c.getMergedIntoId() != null
                    ? ConstituentNotFoundException.merged(id, c.getMergedIntoId())
                    : new ConstituentNotFoundException(id);
        }
        return c;
    }

    /**
     * Recomputes the derived columns (display and sort names, search keys and text; a generated household's names
     * and salutations) after fields were set on the entity directly, as a merge and its undo do.
     */
    void refreshDerived(Constituent c) {
        apply(c, draftOf(c, NO_CHILDREN));
        if (c.getType() == ConstituentType.HOUSEHOLD && c.isNameGenerated()) {
            households.applyGeneratedNames(c);
        }
        nameWords.replace(c.getId(), keysOf(c).words(), false);
    }

    private static final ContactPointStore.Children NO_CHILDREN =
            new ContactPointStore.Children(List.of(), List.of(), List.of(), List.of(), List.of());

    private void apply(Constituent c, ConstituentDraft d) {
        c.setPrefix(d.prefix());
        c.setFirstName(d.firstName());
        c.setMiddleName(d.middleName());
        c.setLastName(d.lastName());
        c.setSuffix(d.suffix());
        c.setPreferredName(d.preferredName());
        c.setBirthDate(d.birthDate());
        c.setDeceased(d.deceased());
        c.setDeceasedDate(d.deceasedDate());
        c.setNameGenerated(Boolean.TRUE.equals(d.nameGenerated()));
        c.setSource(d.source());
        c.setNotes(d.notes());
        c.setDoNotContact(d.doNotContact());
        c.setDoNotSolicit(d.doNotSolicit());
        c.setFormalSalutation(d.formalSalutation());
        c.setInformalSalutation(d.informalSalutation());
        boolean individual = d.type() == ConstituentType.INDIVIDUAL;
        if (individual) {
            c.setName(null);
            c.setDisplayName(Names.individualDisplay(d.firstName(), d.preferredName(), d.lastName(), d.suffix()));
        } else {
            String name = d.name() == null ? "New household" : d.name();
            c.setName(name);
            c.setDisplayName(name);
        }
        setKeys(c);
    }

    /** Sets the constituent's search keys from its names (and, when generated later, again from those). */
    private static void setKeys(Constituent c) {
        Names.Keys keys = keysOf(c);
        c.setSortName(keys.sortName());
        c.setFirstKey(keys.firstKey());
        c.setLastKey(keys.lastKey());
        c.setSearchText(keys.searchText());
    }

    static Names.Keys keysOf(Constituent c) {
        return Names.keys(
                c.getType() == ConstituentType.INDIVIDUAL,
                c.getFirstName(),
                c.getMiddleName(),
                c.getLastName(),
                c.getPreferredName(),
                c.getName(),
                c.getDisplayName(),
                c.getNotes());
    }

    private void checkExternalIds(UUID self, ConstituentDraft draft) {
        for (var ext : draft.externalIds()) {
            UUID owner = contactPoints.ownerOfExternalId(ext.source(), ext.id());
            if (owner != null && !owner.equals(self)) {
                throw ConstituentProblems.externalIdTaken(ext.source(), ext.id());
            }
        }
    }

    private static ContactPointStore.Children children(ConstituentDraft d) {
        return new ContactPointStore.Children(d.emails(), d.phones(), d.addresses(), d.tags(), d.externalIds());
    }

    private static ConstituentDraft draftOf(Constituent c, ContactPointStore.Children ch) {
        return new ConstituentDraft(
                c.getType(),
                c.getPrefix(),
                c.getFirstName(),
                c.getMiddleName(),
                c.getLastName(),
                c.getSuffix(),
                c.getPreferredName(),
                c.getBirthDate(),
                c.isDeceased(),
                c.getDeceasedDate(),
                c.getName(),
                c.isNameGenerated(),
                c.getFormalSalutation(),
                c.getInformalSalutation(),
                ch.emails(),
                ch.phones(),
                ch.addresses(),
                ch.tags(),
                c.getSource(),
                ch.externalIds(),
                c.getNotes(),
                c.isDoNotContact(),
                c.isDoNotSolicit());
    }

    /** The audited fields, as text; children as one sorted line each. */
    private static Map<String, Object> snapshot(Constituent c, ConstituentDraft d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", c.getType());
        s.put("prefix", d.prefix());
        s.put("firstName", d.firstName());
        s.put("middleName", d.middleName());
        s.put("lastName", d.lastName());
        s.put("suffix", d.suffix());
        s.put("preferredName", d.preferredName());
        s.put("birthDate", d.birthDate());
        s.put("deceased", d.deceased());
        s.put("deceasedDate", d.deceasedDate());
        s.put("name", c.getName());
        s.put("nameGenerated", c.isNameGenerated());
        s.put("formalSalutation", c.getFormalSalutation());
        s.put("informalSalutation", c.getInformalSalutation());
        s.put(
                "emails",
                d.emails().stream()
                        .map(e -> e.address() + " (" + e.type() + (e.primary() ? ", primary" : "") + ")")
                        .toList());
        s.put(
                "phones",
                d.phones().stream()
                        .map(p -> p.number() + " (" + p.type() + (p.primary() ? ", primary" : "") + ")")
                        .toList());
        s.put(
                "addresses",
                d.addresses().stream()
                        .map(a -> String.join(
                                        " / ",
                                        Objects.toString(a.line1(), ""),
                                        Objects.toString(a.city(), ""),
                                        Objects.toString(a.postalCode(), ""),
                                        Objects.toString(a.country(), ""))
                                + " (" + a.type() + (a.primary() ? ", primary" : "")
                                + (a.validFrom() != null || a.validTo() != null
                                        ? ", " + a.validFrom() + ".." + a.validTo()
                                        : "")
                                + ")")
                        .toList());
        s.put("tags", d.tags());
        s.put("source", d.source());
        s.put(
                "externalIds",
                d.externalIds().stream().map(x -> x.source() + ":" + x.id()).toList());
        s.put("notes", d.notes());
        s.put("doNotContact", d.doNotContact());
        s.put("doNotSolicit", d.doNotSolicit());
        return s;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
    }
}
