package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.FieldChange;
import org.steward.constituents.internal.Constituent;
import org.steward.constituents.internal.ConstituentMerge;
import org.steward.constituents.internal.ConstituentMergeRepository;
import org.steward.constituents.internal.ConstituentRepository;
import org.steward.constituents.internal.ContactPointStore;
import org.steward.constituents.internal.HouseholdStore;
import org.steward.constituents.internal.MergeMoves;
import org.steward.constituents.internal.MergePlan;
import org.steward.constituents.internal.MergeStore;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Merges a duplicate into a survivor in one transaction, and undoes a merge. A merge fills the survivor's empty
 * fields from the duplicate, moves the duplicate's contact points, tags and external ids (those the survivor
 * already has stay behind; only the survivor's primaries stay primary), hands over household membership, lets
 * every {@link MergeParticipant} move its rows, soft-deletes the duplicate pointing at the survivor, and keeps a
 * record of all of it in {@code constituent_merges} so an administrator can put everything back.
 */
@Singleton
public class MergeService {

    public static final String MERGED = "MERGED";
    public static final String MERGE_UNDONE = "MERGE_UNDONE";

    private final ConstituentService service;
    private final ConstituentRepository constituents;
    private final ContactPointStore contactPoints;
    private final HouseholdStore households;
    private final MergeStore store;
    private final ConstituentMergeRepository merges;
    private final List<MergeParticipant> participants;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    private final JsonMapper json;

    MergeService(
            ConstituentService service,
            ConstituentRepository constituents,
            ContactPointStore contactPoints,
            HouseholdStore households,
            MergeStore store,
            ConstituentMergeRepository merges,
            List<MergeParticipant> participants,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            JsonMapper json) {
        this.service = service;
        this.constituents = constituents;
        this.contactPoints = contactPoints;
        this.households = households;
        this.store = store;
        this.merges = merges;
        this.participants = participants.stream()
                .sorted(Comparator.comparing(MergeParticipant::name))
                .toList();
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public MergePreview preview(ConstituentId survivorId, ConstituentId duplicateId) {
        Pair pair = load(survivorId, duplicateId);
        ConstituentView survivorView = service.view(pair.survivor());
        ConstituentView duplicateView = service.view(pair.duplicate());
        List<MergePreview.Choice> choices = new ArrayList<>();
        MergePlan.differences(pair.survivor(), pair.duplicate())
                .forEach(d -> choices.add(new MergePreview.Choice(d[0], d[1], d[2])));
        primaryChoice(
                        "primaryEmail",
                        survivorView.emails(),
                        duplicateView.emails(),
                        ContactPoints.Email::primary,
                        MergePlan::emailKey,
                        ContactPoints.Email::address)
                .ifPresent(choices::add);
        primaryChoice(
                        "primaryPhone",
                        survivorView.phones(),
                        duplicateView.phones(),
                        ContactPoints.Phone::primary,
                        MergePlan::phoneKey,
                        ContactPoints.Phone::number)
                .ifPresent(choices::add);
        primaryChoice(
                        "primaryAddress",
                        survivorView.addresses(),
                        duplicateView.addresses(),
                        ContactPoints.Address::primary,
                        MergePlan::addressKey,
                        MergeService::addressText)
                .ifPresent(choices::add);
        List<MergePlan.FieldFill> fills = MergePlan.fillEmptyFields(pair.survivor(), pair.duplicate());
        MergePlan.ChildMoves moves =
                MergePlan.childMoves(contactPoints.load(survivorId.value()), contactPoints.load(duplicateId.value()));
        var moved = moves.moved();
        return new MergePreview(
                survivorView,
                duplicateView,
                fills.stream()
                        .map(f -> new MergePreview.FieldFill(f.field(), f.before(), f.after()))
                        .toList(),
                new MergePreview.Moves(
                        moved.emails(), moved.phones(), moved.addresses(), moved.tags(), moved.externalIds()),
                householdChange(pair),
                participants.stream()
                        .map(p -> new MergePreview.ParticipantCount(p.name(), p.countFor(duplicateId, survivorId)))
                        .toList(),
                choices);
    }

    /**
     * Merges the duplicate into the survivor. {@code version}, when given, is the survivor's version the caller
     * previewed (409 {@code common.stale-version} if it changed since).
     */
    @Transactional
    public MergeResult merge(
            ConstituentId survivorId, ConstituentId duplicateId, @Nullable Long version, @Nullable String reason) {
        return merge(survivorId, duplicateId, version, reason, Set.of());
    }

    /**
     * Merges as {@link #merge(ConstituentId, ConstituentId, Long, String)}, keeping the duplicate's value of the
     * fields named in {@code fromDuplicate} (any of {@link #choosableFields}) instead of the survivor's: the merge
     * screen's field-by-field choice. {@code primaryEmail}, {@code primaryPhone} and {@code primaryAddress} make the
     * duplicate's primary one the survivor's primary one. An undo puts the survivor's values and primaries back.
     */
    @Transactional
    public MergeResult merge(
            ConstituentId survivorId,
            ConstituentId duplicateId,
            @Nullable Long version,
            @Nullable String reason,
            Set<String> fromDuplicate) {
        if (survivorId.equals(duplicateId)) {
            throw MergeProblems.mergeSelf(survivorId);
        }
        store.lockConstituents(survivorId.value(), duplicateId.value());
        Pair pair = load(survivorId, duplicateId);
        Constituent survivor = pair.survivor();
        Constituent duplicate = pair.duplicate();
        if (version != null && !Objects.equals(survivor.getVersion(), version)) {
            throw ConstituentProblems.stale(survivorId);
        }
        UUID s = survivor.getId();
        UUID d = duplicate.getId();

        List<String> unknown = fromDuplicate.stream()
                .filter(f -> !choosableFields(survivor.getType()).contains(f))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(
                    "fromDuplicate", "cannot take from the duplicate: " + String.join(", ", unknown));
        }
        ContactPointStore.Children duplicateChildren = contactPoints.load(d);
        MergePlan.ChildMoves moves = MergePlan.childMoves(contactPoints.load(s), duplicateChildren);
        var moved = moves.moved();
        moved.emails().forEach(e -> store.moveEmail(e, d, s));
        moved.phones().forEach(p -> store.movePhone(p, d, s));
        moved.addresses().forEach(a -> store.moveAddress(a, d, s));
        moved.tags().forEach(t -> store.moveTag(t, d, s));
        moved.externalIds().forEach(x -> store.moveExternalId(x, d, s));

        MergeMoves.HouseholdMove householdMove = null;
        List<UUID> householdMemberships = List.of();
        if (survivor.getType() == ConstituentType.INDIVIDUAL) {
            householdMove = handOverMembership(d, s);
        } else if (survivor.getType() == ConstituentType.HOUSEHOLD) {
            householdMemberships = store.membershipsOfHousehold(d);
            householdMemberships.forEach(m -> store.moveMembershipToHousehold(m, d, s));
        }

        List<MergeMoves.ParticipantMove> participantMoves = new ArrayList<>();
        for (MergeParticipant participant : participants) {
            List<String> ids = participant.move(duplicateId, survivorId);
            participantMoves.add(new MergeMoves.ParticipantMove(participant.name(), ids == null ? List.of() : ids));
        }

        List<MergeMoves.PrimaryChange> primaries = choosePrimaries(s, duplicateChildren, fromDuplicate);
        List<MergePlan.FieldFill> fills = MergePlan.fillFields(survivor, duplicate, fromDuplicate);
        service.refreshDerived(survivor);
        var now = timestamps.now();
        survivor.stampUpdated(actor.name(), now);
        constituents.update(survivor);

        duplicate.setDeletedAt(now);
        duplicate.setDeletedBy(actor.name());
        duplicate.setMergedIntoId(s);
        duplicate.stampUpdated(actor.name(), now);
        constituents.update(duplicate);

        if (householdMove != null) {
            households.regenerate(householdMove.householdId());
        }
        if (survivor.getType() == ConstituentType.INDIVIDUAL) {
            households.regenerateHouseholdOf(s);
        }

        MergeMoves record = new MergeMoves(
                fills,
                moves.original().emails(),
                moves.original().phones(),
                moves.original().addresses(),
                moves.original().tags(),
                moves.original().externalIds(),
                householdMove,
                householdMemberships,
                participantMoves,
                primaries);
        ConstituentMerge merge = new ConstituentMerge();
        merge.setId(Ids.next());
        merge.setSurvivorId(s);
        merge.setDuplicateId(d);
        merge.setMoved(write(record));
        merge.setMergedAt(now);
        merge.setMergedBy(actor.name());
        merges.save(merge);

        List<FieldChange> survivorChanges = new ArrayList<>();
        fills.forEach(f -> survivorChanges.add(new FieldChange(f.field(), f.before(), f.after())));
        survivorChanges.addAll(movedChanges(record, true));
        audit.record(
                ConstituentService.ENTITY,
                s,
                MERGED,
                survivorChanges,
                withReason(
                        "merged duplicate " + duplicate.getDisplayName() + " (" + d + "), merge " + merge.getId(),
                        reason));
        audit.record(
                ConstituentService.ENTITY,
                d,
                MERGED,
                List.of(new FieldChange("deleted", "false", "true"), new FieldChange("mergedInto", null, s.toString())),
                withReason(
                        "merged into " + survivor.getDisplayName() + " (" + s + "), merge " + merge.getId(), reason));
        return new MergeResult(merge.getId(), service.view(service.load(survivorId, false)));
    }

    /**
     * Undoes a merge: the duplicate comes back, its rows move back, the survivor's filled fields are put back (each
     * only if nobody changed it since), and each participant moves its rows back.
     */
    @Transactional
    public MergeUndone undo(UUID mergeId) {
        if (!store.lockMerge(mergeId)) {
            throw MergeProblems.mergeNotFound(mergeId);
        }
        ConstituentMerge merge = merges.findById(mergeId).orElseThrow(() -> MergeProblems.mergeNotFound(mergeId));
        if (merge.getUndoneAt() != null) {
            throw MergeProblems.alreadyUndone(mergeId);
        }
        UUID s = merge.getSurvivorId();
        UUID d = merge.getDuplicateId();
        store.lockConstituents(s, d);
        Constituent survivor = service.load(new ConstituentId(s), true);
        Constituent duplicate = service.load(new ConstituentId(d), true);
        if (survivor.isDeleted()) {
            throw MergeProblems.undoBlocked(
                    mergeId,
                    survivor.getMergedIntoId() != null
                            ? "the survivor has since been merged into " + survivor.getMergedIntoId()
                                    + "; undo that merge first."
                            : "the survivor has since been deleted; restore it first.");
        }
        if (duplicate.isDeleted() && !s.equals(duplicate.getMergedIntoId())) {
            throw MergeProblems.undoBlocked(
                    mergeId,
                    duplicate.getMergedIntoId() != null
                            ? "the duplicate has since been merged into " + duplicate.getMergedIntoId()
                                    + "; undo that merge first."
                            : "the duplicate has since been deleted on its own.");
        }
        MergeMoves moves = read(merge.getMoved());
        Map<String, MergeParticipant> byName = new LinkedHashMap<>();
        participants.forEach(p -> byName.putIfAbsent(p.name(), p));
        for (var moved : moves.participants()) {
            if (!moved.ids().isEmpty() && !byName.containsKey(moved.name())) {
                throw MergeProblems.undoBlocked(
                        mergeId, "the " + moved.name() + " rows it moved belong to a module that is not available.");
            }
        }

        var now = timestamps.now();
        boolean duplicateWasDeleted = duplicate.isDeleted();
        duplicate.setDeletedAt(null);
        duplicate.setDeletedBy(null);
        duplicate.setMergedIntoId(null);
        duplicate.stampUpdated(actor.name(), now);
        constituents.update(duplicate);

        ConstituentId survivorId = new ConstituentId(s);
        ConstituentId duplicateId = new ConstituentId(d);
        List<MergeMoves.ParticipantMove> reversed = new ArrayList<>(moves.participants());
        java.util.Collections.reverse(reversed);
        for (var moved : reversed) {
            if (!moved.ids().isEmpty()) {
                byName.get(moved.name()).undo(duplicateId, survivorId, moved.ids());
            }
        }

        if (moves.household() != null) {
            var h = moves.household();
            if (h.action() == MergeMoves.HouseholdAction.SURVIVOR_TAKES_PLACE) {
                store.reassignMembership(h.membershipId(), s, d);
            } else {
                store.reopenMembership(h.membershipId(), d);
            }
        }
        moves.householdMemberships().forEach(m -> store.moveMembershipToHousehold(m, s, d));

        for (var change : moves.primaries()) {
            if (change.before() != null) {
                store.setPrimary(change.kind(), s, change.before());
            }
        }
        moves.emails().forEach(e -> store.moveEmail(e, s, d));
        moves.phones().forEach(p -> store.movePhone(p, s, d));
        moves.addresses().forEach(a -> store.moveAddress(a, s, d));
        moves.tags().forEach(t -> store.moveTag(t, s, d));
        moves.externalIds().forEach(x -> store.moveExternalId(x, s, d));

        List<MergePlan.FieldChangeBack> restored = MergePlan.restoreFields(survivor, moves.fields());
        service.refreshDerived(survivor);
        if (duplicate.getType() == ConstituentType.HOUSEHOLD && duplicate.isNameGenerated()) {
            households.regenerate(d);
        }
        survivor.stampUpdated(actor.name(), now);
        constituents.update(survivor);
        if (moves.household() != null) {
            households.regenerate(moves.household().householdId());
        }
        if (survivor.getType() == ConstituentType.INDIVIDUAL) {
            households.regenerateHouseholdOf(s);
        }

        merge.setUndoneAt(now);
        merge.setUndoneBy(actor.name());
        merges.update(merge);

        List<FieldChange> survivorChanges = new ArrayList<>();
        restored.forEach(r -> survivorChanges.add(new FieldChange(r.field(), r.from(), r.to())));
        survivorChanges.addAll(movedChanges(moves, false));
        audit.record(
                ConstituentService.ENTITY,
                s,
                MERGE_UNDONE,
                survivorChanges,
                "undid merge " + mergeId + " of " + duplicate.getDisplayName() + " (" + d + ")");
        audit.record(
                ConstituentService.ENTITY,
                d,
                MERGE_UNDONE,
                duplicateWasDeleted
                        ? List.of(
                                new FieldChange("deleted", "true", "false"),
                                new FieldChange("mergedInto", s.toString(), null))
                        : List.of(),
                "undid merge " + mergeId + " into " + survivor.getDisplayName() + " (" + s + ")");
        return new MergeUndone(
                mergeId, service.view(service.load(survivorId, false)), service.view(service.load(duplicateId, false)));
    }

    /** Every merge the constituent took part in (as survivor or duplicate), newest first. */
    @Transactional(readOnly = true)
    public List<MergeView> mergesOf(ConstituentId id) {
        service.load(id, true);
        List<ConstituentMerge> found =
                new ArrayList<>(merges.findBySurvivorIdOrDuplicateIdOrderByMergedAtDesc(id.value(), id.value()));
        found.sort(Comparator.comparing(ConstituentMerge::getMergedAt)
                .thenComparing(ConstituentMerge::getId)
                .reversed());
        List<ConstituentId> ids = new ArrayList<>();
        found.forEach(m -> {
            ids.add(new ConstituentId(m.getSurvivorId()));
            ids.add(new ConstituentId(m.getDuplicateId()));
        });
        Map<ConstituentId, ConstituentRef> refs = service.refs(ids);
        return found.stream()
                .map(m -> {
                    MergeMoves moves = read(m.getMoved());
                    Map<String, Integer> moved = new LinkedHashMap<>();
                    moved.put("emails", moves.emails().size());
                    moved.put("phones", moves.phones().size());
                    moved.put("addresses", moves.addresses().size());
                    moved.put("tags", moves.tags().size());
                    moved.put("externalIds", moves.externalIds().size());
                    moved.put(
                            "householdMemberships", moves.householdMemberships().size());
                    moves.participants()
                            .forEach(p -> moved.put(p.name(), p.ids().size()));
                    return new MergeView(
                            m.getId(),
                            refs.get(new ConstituentId(m.getSurvivorId())),
                            refs.get(new ConstituentId(m.getDuplicateId())),
                            m.getMergedAt(),
                            m.getMergedBy(),
                            m.getUndoneAt(),
                            m.getUndoneBy(),
                            moves.fields().stream()
                                    .map(MergePlan.FieldFill::field)
                                    .toList(),
                            moved);
                })
                .toList();
    }

    private record Pair(Constituent survivor, Constituent duplicate) {}

    /** Both constituents, checked: not the same, the duplicate not merged already, both active, same type. */
    private Pair load(ConstituentId survivorId, ConstituentId duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw MergeProblems.mergeSelf(survivorId);
        }
        Constituent duplicate = service.load(duplicateId, true);
        if (duplicate.isDeleted()) {
            if (duplicate.getMergedIntoId() != null) {
                throw MergeProblems.alreadyMerged(duplicateId, duplicate.getMergedIntoId());
            }
            throw new ConstituentNotFoundException(duplicateId);
        }
        Constituent survivor = service.load(survivorId, false);
        if (survivor.getType() != duplicate.getType()) {
            throw MergeProblems.typeMismatch(survivor.getType(), duplicate.getType());
        }
        return new Pair(survivor, duplicate);
    }

    private MergePreview.HouseholdChange householdChange(Pair pair) {
        UUID s = pair.survivor().getId();
        UUID d = pair.duplicate().getId();
        return switch (pair.survivor().getType()) {
            case INDIVIDUAL -> {
                ConstituentRef theirs = households.currentHouseholdOf(d);
                if (theirs == null) {
                    yield new MergePreview.HouseholdChange("NONE", null, 0);
                }
                yield households.currentHouseholdOf(s) == null
                        ? new MergePreview.HouseholdChange(
                                MergeMoves.HouseholdAction.SURVIVOR_TAKES_PLACE.name(), theirs, 0)
                        : new MergePreview.HouseholdChange(
                                MergeMoves.HouseholdAction.DUPLICATE_MEMBERSHIP_ENDED.name(), theirs, 0);
            }
            case HOUSEHOLD -> {
                int members = households.currentMembers(d).size();
                yield members == 0
                        ? new MergePreview.HouseholdChange("NONE", null, 0)
                        : new MergePreview.HouseholdChange(
                                "MEMBERS_MOVE", pair.duplicate().ref(), members);
            }
            case ORGANIZATION -> new MergePreview.HouseholdChange("NONE", null, 0);
        };
    }

    /** The duplicate's open membership: the survivor takes its place if it has none, else the membership ends. */
    private MergeMoves.HouseholdMove handOverMembership(UUID duplicate, UUID survivor) {
        MergeStore.OpenMembership theirs = store.openMembership(duplicate);
        if (theirs == null) {
            return null;
        }
        if (store.openMembership(survivor) == null) {
            store.reassignMembership(theirs.id(), duplicate, survivor);
            return new MergeMoves.HouseholdMove(
                    theirs.id(), theirs.householdId(), MergeMoves.HouseholdAction.SURVIVOR_TAKES_PLACE);
        }
        store.endMembership(theirs.id(), LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC));
        return new MergeMoves.HouseholdMove(
                theirs.id(), theirs.householdId(), MergeMoves.HouseholdAction.DUPLICATE_MEMBERSHIP_ENDED);
    }

    /** Audit lines for the rows that moved: arriving on the survivor on merge, leaving it on undo. */
    private static List<FieldChange> movedChanges(MergeMoves moves, boolean arriving) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        lines.put(
                "emails",
                moves.emails().stream().map(ContactPoints.Email::address).toList());
        lines.put(
                "phones",
                moves.phones().stream().map(ContactPoints.Phone::number).toList());
        lines.put(
                "addresses",
                moves.addresses().stream()
                        .map(a -> String.join(
                                " / ",
                                Objects.toString(a.line1(), ""),
                                Objects.toString(a.city(), ""),
                                Objects.toString(a.postalCode(), "")))
                        .toList());
        lines.put("tags", moves.tags());
        lines.put(
                "externalIds",
                moves.externalIds().stream().map(x -> x.source() + ":" + x.id()).toList());
        if (moves.household() != null) {
            lines.put(
                    "household",
                    List.of(moves.household().action() + " " + moves.household().householdId()));
        }
        if (!moves.householdMemberships().isEmpty()) {
            lines.put(
                    "householdMemberships",
                    List.of(String.valueOf(moves.householdMemberships().size())));
        }
        moves.participants().forEach(p -> {
            if (!p.ids().isEmpty()) {
                lines.put(p.name(), List.of(String.valueOf(p.ids().size())));
            }
        });
        List<FieldChange> changes = new ArrayList<>();
        lines.forEach((field, values) -> {
            if (!values.isEmpty()) {
                String text = String.join(", ", values);
                changes.add(arriving ? new FieldChange(field, null, text) : new FieldChange(field, text, null));
            }
        });
        return changes;
    }

    private static String withReason(String what, @Nullable String reason) {
        return reason == null || reason.isBlank() ? what : what + ": " + reason.trim();
    }

    private String write(MergeMoves moves) {
        try {
            return json.writeValueAsString(moves);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MergeMoves read(String text) {
        try {
            return json.readValue(text, MergeMoves.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields a merge into a constituent of this type can take from the duplicate. */
    public static List<String> choosableFields(ConstituentType type) {
        List<String> fields = new ArrayList<>(MergePlan.choosableFields(type));
        fields.addAll(List.of("primaryEmail", "primaryPhone", "primaryAddress"));
        return fields;
    }

    /**
     * Makes the duplicate's primary email, phone or address (now on the survivor, or the survivor's own row with the
     * same address or number) the survivor's primary one, for the kinds chosen; what it changed, for the undo.
     */
    private List<MergeMoves.PrimaryChange> choosePrimaries(
            UUID survivor, ContactPointStore.Children duplicate, Set<String> fromDuplicate) {
        List<MergeMoves.PrimaryChange> changes = new ArrayList<>();
        ContactPointStore.Children now = contactPoints.load(survivor);
        if (fromDuplicate.contains("primaryEmail")) {
            primaryChange(
                            "primaryEmail",
                            duplicate.emails(),
                            now.emails(),
                            ContactPoints.Email::primary,
                            ContactPoints.Email::id,
                            MergePlan::emailKey)
                    .ifPresent(changes::add);
        }
        if (fromDuplicate.contains("primaryPhone")) {
            primaryChange(
                            "primaryPhone",
                            duplicate.phones(),
                            now.phones(),
                            ContactPoints.Phone::primary,
                            ContactPoints.Phone::id,
                            MergePlan::phoneKey)
                    .ifPresent(changes::add);
        }
        if (fromDuplicate.contains("primaryAddress")) {
            primaryChange(
                            "primaryAddress",
                            duplicate.addresses(),
                            now.addresses(),
                            ContactPoints.Address::primary,
                            ContactPoints.Address::id,
                            MergePlan::addressKey)
                    .ifPresent(changes::add);
        }
        changes.forEach(c -> store.setPrimary(c.kind(), survivor, c.after()));
        return changes;
    }

    private static <T> java.util.Optional<MergeMoves.PrimaryChange> primaryChange(
            String kind,
            List<T> duplicate,
            List<T> survivor,
            java.util.function.Predicate<T> primary,
            java.util.function.Function<T, UUID> id,
            java.util.function.Function<T, String> key) {
        var wanted = duplicate.stream().filter(primary).findFirst().map(key);
        if (wanted.isEmpty()) {
            return java.util.Optional.empty();
        }
        UUID before = survivor.stream().filter(primary).findFirst().map(id).orElse(null);
        return survivor.stream()
                .filter(row -> key.apply(row).equals(wanted.get()))
                .findFirst()
                .map(id)
                .filter(after -> !after.equals(before))
                .map(after -> new MergeMoves.PrimaryChange(kind, before, after));
    }

    private static <T> java.util.Optional<MergePreview.Choice> primaryChoice(
            String field,
            List<T> survivor,
            List<T> duplicate,
            java.util.function.Predicate<T> primary,
            java.util.function.Function<T, String> key,
            java.util.function.Function<T, String> text) {
        var mine = survivor.stream().filter(primary).findFirst();
        var theirs = duplicate.stream().filter(primary).findFirst();
        if (mine.isEmpty() || theirs.isEmpty() || key.apply(mine.get()).equals(key.apply(theirs.get()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MergePreview.Choice(field, text.apply(mine.get()), text.apply(theirs.get())));
    }

    private static String addressText(ContactPoints.Address a) {
        return java.util.stream.Stream.of(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country())
                .filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
