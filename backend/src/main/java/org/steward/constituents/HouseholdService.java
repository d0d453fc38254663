package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.FieldChange;
import org.steward.constituents.internal.Constituent;
import org.steward.constituents.internal.HouseholdStore;
import org.steward.shared.time.Timestamps;

/**
 * Households: an individual belongs to at most one at a time; joining another ends the previous membership, and
 * the history is kept. Generated household names and salutations follow the members. Each membership may say the
 * member's role (head, spouse or partner, child, other); a household has at most one head, checked under a lock on
 * the household's row so that two people naming two heads at once cannot both succeed.
 */
@Singleton
public class HouseholdService {

    private final ConstituentService constituents;
    private final HouseholdStore store;
    private final AuditTrail audit;
    private final Timestamps timestamps;

    HouseholdService(ConstituentService constituents, HouseholdStore store, AuditTrail audit, Timestamps timestamps) {
        this.constituents = constituents;
        this.store = store;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    /** A current member; {@code role} is absent where nobody has said. */
    @Serdeable
    public record Member(ConstituentRef member, LocalDate since, @Nullable HouseholdRole role) {}

    @Serdeable
    public record Membership(
            ConstituentRef household,
            ConstituentRef member,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable HouseholdRole role) {}

    @Serdeable
    public record HouseholdView(
            ConstituentRef household,
            @Nullable String formalSalutation,
            @Nullable String informalSalutation,
            List<Member> members) {}

    /**
     * Adds the individual to the household in this role (null: not said), ending any membership they have elsewhere.
     * Adding a current member again changes nothing but their role, when one is given.
     */
    @Transactional
    public HouseholdView addMember(
            ConstituentId householdId,
            ConstituentId memberId,
            @Nullable LocalDate startDate,
            @Nullable HouseholdRole role) {
        ConstituentRef household = requireHousehold(householdId);
        ConstituentRef member = constituents.requireActive(memberId);
        if (member.type() != ConstituentType.INDIVIDUAL) {
            throw ConstituentProblems.notAnIndividual(memberId);
        }
        LocalDate start = startDate == null ? today() : startDate;
        ConstituentRef previous = store.currentHouseholdOf(memberId.value());
        if (previous != null && previous.id().equals(householdId)) {
            return role == null ? view(householdId) : changeRole(householdId, memberId, role);
        }
        checkHeadIsFree(householdId, memberId, role);
        if (previous != null) {
            store.close(memberId.value(), start);
            store.regenerate(previous.id().value());
            audit.record(
                    ConstituentService.ENTITY,
                    previous.id().value(),
                    AuditTrail.UPDATED,
                    List.of(new FieldChange("members", member.displayName(), null)),
                    "member moved to " + household.displayName());
        }
        store.open(householdId.value(), memberId.value(), start, role);
        store.regenerate(householdId.value());
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("members", null, member.displayName()));
        if (role != null) {
            changes.add(new FieldChange("memberRole", null, roleOf(member, role)));
        }
        audit.record(ConstituentService.ENTITY, householdId.value(), AuditTrail.UPDATED, changes, null);
        return view(householdId);
    }

    /**
     * Sets a current member's role (null: not said). Naming a second head is refused ({@code
     * constituents.household-head-taken}): give the current head another role first.
     */
    @Transactional
    public HouseholdView changeRole(ConstituentId householdId, ConstituentId memberId, @Nullable HouseholdRole role) {
        requireHousehold(householdId);
        checkHeadIsFree(householdId, memberId, role);
        Member current = store.currentMembers(householdId.value()).stream()
                .filter(m -> m.member().id().equals(memberId))
                .map(m -> new Member(m.member(), m.since(), m.role()))
                .findFirst()
                .orElseThrow(() -> ConstituentProblems.notAMember(memberId, householdId));
        if (current.role() == role) {
            return view(householdId);
        }
        store.setRole(householdId.value(), memberId.value(), role);
        audit.record(
                ConstituentService.ENTITY,
                householdId.value(),
                AuditTrail.UPDATED,
                List.of(new FieldChange(
                        "memberRole", roleOf(current.member(), current.role()), roleOf(current.member(), role))),
                null);
        return view(householdId);
    }

    /**
     * The household's current members that are not deleted; none for a constituent that is not a household (one
     * indexed read either way, so callers need not check the type first).
     */
    @Transactional(readOnly = true)
    public List<ConstituentRef> activeMembers(ConstituentId householdId) {
        return store.activeMembers(householdId.value());
    }

    /** Refuses a second head; takes the household's lock first, so concurrent changes are checked one by one. */
    private void checkHeadIsFree(ConstituentId householdId, ConstituentId memberId, @Nullable HouseholdRole role) {
        if (role != HouseholdRole.HEAD) {
            return;
        }
        store.lock(householdId.value());
        UUID head = store.headOf(householdId.value());
        if (head != null && !head.equals(memberId.value())) {
            throw ConstituentProblems.householdHeadTaken(householdId, new ConstituentId(head));
        }
    }

    private static @Nullable String roleOf(ConstituentRef member, @Nullable HouseholdRole role) {
        return role == null ? null : member.displayName() + ": " + role.name();
    }

    @Transactional
    public HouseholdView removeMember(ConstituentId householdId, ConstituentId memberId, @Nullable LocalDate endDate) {
        requireHousehold(householdId);
        ConstituentRef current = store.currentHouseholdOf(memberId.value());
        if (current == null || !current.id().equals(householdId)) {
            throw ConstituentProblems.notAMember(memberId, householdId);
        }
        ConstituentRef member = constituents.refs(List.of(memberId)).get(memberId);
        store.close(memberId.value(), endDate == null ? today() : endDate);
        store.regenerate(householdId.value());
        audit.record(
                ConstituentService.ENTITY,
                householdId.value(),
                AuditTrail.UPDATED,
                List.of(new FieldChange("members", member.displayName(), null)),
                null);
        return view(householdId);
    }

    @Transactional(readOnly = true)
    public HouseholdView view(ConstituentId householdId) {
        ConstituentView household = constituents.get(householdId, false);
        if (household.type() != ConstituentType.HOUSEHOLD) {
            throw ConstituentProblems.notAHousehold(householdId);
        }
        return new HouseholdView(
                new ConstituentRef(household.id(), household.type(), household.displayName(), false),
                household.formalSalutation(),
                household.informalSalutation(),
                members(householdId));
    }

    /**
     * Who is in which household now: member id to household id, for every current membership. Household credit in
     * reports counts each member's gifts under this household.
     */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> currentHouseholds() {
        return store.currentHouseholds();
    }

    /** The household an individual is in now, with its members; for a household, itself. Null when none. */
    @Transactional(readOnly = true)
    public @Nullable HouseholdView householdOf(ConstituentId id, ConstituentType type) {
        if (type == ConstituentType.HOUSEHOLD) {
            return view(id);
        }
        ConstituentRef household = store.currentHouseholdOf(id.value());
        return household == null ? null : view(household.id());
    }

    /**
     * {@link #householdOf} for a constituent already loaded (the 360° view): its view names the household it is in,
     * so this reads only the household's row and its members.
     */
    @Nullable
    HouseholdView householdOf(ConstituentView profile) {
        if (profile.type() == ConstituentType.HOUSEHOLD) {
            return new HouseholdView(
                    new ConstituentRef(profile.id(), profile.type(), profile.displayName(), false),
                    profile.formalSalutation(),
                    profile.informalSalutation(),
                    members(profile.id()));
        }
        if (profile.household() == null) {
            return null;
        }
        Constituent household = constituents.load(profile.household().id(), false);
        return new HouseholdView(
                new ConstituentRef(household.constituentId(), household.getType(), household.getDisplayName(), false),
                household.getFormalSalutation(),
                household.getInformalSalutation(),
                members(household.constituentId()));
    }

    private List<Member> members(ConstituentId householdId) {
        return store.currentMembers(householdId.value()).stream()
                .map(m -> new Member(m.member(), m.since(), m.role()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Membership> history(ConstituentId id) {
        constituents.get(id, false);
        return store.history(id.value()).stream()
                .map(m -> new Membership(m.household(), m.member(), m.startDate(), m.endDate(), m.role()))
                .toList();
    }

    private ConstituentRef requireHousehold(ConstituentId id) {
        ConstituentRef ref = constituents.requireActive(id);
        if (ref.type() != ConstituentType.HOUSEHOLD) {
            throw ConstituentProblems.notAHousehold(id);
        }
        return ref;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
    }
}
