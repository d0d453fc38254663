package org.steward.constituents.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.HouseholdRole;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Household membership with history: a member has at most one open membership (end_date null), enforced by a
 * unique index on current_member_id. Keeps generated household names and salutations in step with the members.
 */
@Singleton
public class HouseholdStore {

    private final JdbcOperations jdbc;
    private final ConstituentRepository constituents;
    private final Timestamps timestamps;
    private final CurrentActor actor;
    private final NameWords nameWords;

    public HouseholdStore(
            JdbcOperations jdbc,
            ConstituentRepository constituents,
            Timestamps timestamps,
            CurrentActor actor,
            NameWords nameWords) {
        this.jdbc = jdbc;
        this.nameWords = nameWords;
        this.constituents = constituents;
        this.timestamps = timestamps;
        this.actor = actor;
    }

    /** {@code role} is null where nobody has said. */
    public record MemberRow(ConstituentRef member, LocalDate since, HouseholdRole role) {}

    public record MembershipRow(
            UUID id,
            ConstituentRef household,
            ConstituentRef member,
            LocalDate startDate,
            LocalDate endDate,
            HouseholdRole role) {}

    /** Members are listed head first, then spouse or partner, children, others and those without a role. */
    private static final String ROLE_ORDER = "CASE m.role WHEN 'HEAD' THEN 0 WHEN 'SPOUSE_PARTNER' THEN 1"
            + " WHEN 'CHILD' THEN 2 WHEN 'OTHER' THEN 3 ELSE 4 END";

    public ConstituentRef currentHouseholdOf(UUID memberId) {
        List<ConstituentRef> found = jdbc.prepareStatement(
                "SELECT c.id, c.type, c.display_name, c.deceased FROM household_memberships m"
                        + " JOIN constituents c ON c.id = m.household_id WHERE m.current_member_id = ?",
                ps -> {
                    ps.setString(1, memberId.toString());
                    return ContactPointStore.readAll(ps, HouseholdStore::ref);
                });
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every current membership, member id to household id (the whole table's current rows, in one query). */
    public java.util.Map<UUID, UUID> currentHouseholds() {
        java.util.Map<UUID, UUID> result = new java.util.HashMap<>();
        jdbc.prepareStatement(
                "SELECT current_member_id, household_id FROM household_memberships WHERE current_member_id IS NOT NULL",
                ps -> {
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            result.put(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)));
                        }
                    }
                    return result;
                });
        return result;
    }

    public List<MemberRow> currentMembers(UUID householdId) {
        return jdbc.prepareStatement(
                "SELECT c.id, c.type, c.display_name, c.deceased, m.start_date, m.role FROM household_memberships m"
                        + " JOIN constituents c ON c.id = m.member_id"
                        + " WHERE m.household_id = ? AND m.end_date IS NULL ORDER BY " + ROLE_ORDER
                        + ", m.start_date, c.sort_name",
                ps -> {
                    ps.setString(1, householdId.toString());
                    return ContactPointStore.readAll(
                            ps, rs -> new MemberRow(ref(rs), ContactPointStore.localDate(rs, 5), role(rs, 6)));
                });
    }

    /** The current members that are not deleted (none for a constituent that is not a household): one indexed read. */
    public List<ConstituentRef> activeMembers(UUID householdId) {
        return jdbc.prepareStatement(
                "SELECT c.id, c.type, c.display_name, c.deceased FROM household_memberships m"
                        + " JOIN constituents c ON c.id = m.member_id"
                        + " WHERE m.household_id = ? AND m.end_date IS NULL AND c.deleted_at IS NULL",
                ps -> {
                    ps.setString(1, householdId.toString());
                    return ContactPointStore.readAll(ps, HouseholdStore::ref);
                });
    }

    /**
     * Holds the household's row until the transaction ends, so that changes which must see each other (who is
     * head) happen one after the other.
     */
    public void lock(UUID householdId) {
        jdbc.prepareStatement("SELECT id FROM constituents WHERE id = ? FOR UPDATE", ps -> {
            ps.setString(1, householdId.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** The current member who is the household's head, or null. */
    public UUID headOf(UUID householdId) {
        List<UUID> found = jdbc.prepareStatement(
                "SELECT member_id FROM household_memberships WHERE household_id = ? AND end_date IS NULL"
                        + " AND role = 'HEAD'",
                ps -> {
                    ps.setString(1, householdId.toString());
                    return ContactPointStore.readAll(ps, rs -> UUID.fromString(rs.getString(1)));
                });
        return found.isEmpty() ? null : found.get(0);
    }

    /** Sets the role of the member's open membership of this household; false when they are not a member. */
    public boolean setRole(UUID householdId, UUID memberId, HouseholdRole role) {
        return jdbc.prepareStatement(
                        "UPDATE household_memberships SET role = ?, updated_at = ?, updated_by = ?"
                                + " WHERE current_member_id = ? AND household_id = ?",
                        ps -> {
                            ps.setString(1, role == null ? null : role.name());
                            ps.setTimestamp(2, Timestamp.from(timestamps.now()));
                            ps.setString(3, actor.name());
                            ps.setString(4, memberId.toString());
                            ps.setString(5, householdId.toString());
                            return ps.executeUpdate();
                        })
                > 0;
    }

    /** Every membership the constituent has had, newest first; or, for a household, of everyone who has been in it. */
    public List<MembershipRow> history(UUID constituentId) {
        return jdbc.prepareStatement(
                "SELECT m.id, h.id, h.type, h.display_name, h.deceased, p.id, p.type, p.display_name, p.deceased, m.start_date, m.end_date, m.role"
                        + " FROM household_memberships m JOIN constituents h ON h.id = m.household_id"
                        + " JOIN constituents p ON p.id = m.member_id"
                        + " WHERE m.member_id = ? OR m.household_id = ? ORDER BY m.start_date DESC, m.end_date DESC",
                ps -> {
                    ps.setString(1, constituentId.toString());
                    ps.setString(2, constituentId.toString());
                    return ContactPointStore.readAll(
                            ps,
                            rs -> new MembershipRow(
                                    UUID.fromString(rs.getString(1)),
                                    new ConstituentRef(
                                            ConstituentId.of(rs.getString(2)),
                                            ConstituentType.valueOf(rs.getString(3)),
                                            rs.getString(4),
                                            rs.getBoolean(5)),
                                    new ConstituentRef(
                                            ConstituentId.of(rs.getString(6)),
                                            ConstituentType.valueOf(rs.getString(7)),
                                            rs.getString(8),
                                            rs.getBoolean(9)),
                                    ContactPointStore.localDate(rs, 10),
                                    ContactPointStore.localDate(rs, 11),
                                    role(rs, 12)));
                });
    }

    public void open(UUID householdId, UUID memberId, LocalDate start, HouseholdRole role) {
        Timestamp now = Timestamp.from(timestamps.now());
        jdbc.prepareStatement(
                "INSERT INTO household_memberships (id, household_id, member_id, current_member_id, start_date, end_date,"
                        + " created_at, created_by, updated_at, updated_by, role) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, Ids.next().toString());
                    ps.setString(2, householdId.toString());
                    ps.setString(3, memberId.toString());
                    ps.setString(4, memberId.toString());
                    ps.setDate(5, java.sql.Date.valueOf(start));
                    ps.setTimestamp(6, now);
                    ps.setString(7, actor.name());
                    ps.setTimestamp(8, now);
                    ps.setString(9, actor.name());
                    ps.setString(10, role == null ? null : role.name());
                    return ps.executeUpdate();
                });
    }

    /** Ends the member's open membership, if any; returns the household it was in. */
    public UUID close(UUID memberId, LocalDate end) {
        ConstituentRef current = currentHouseholdOf(memberId);
        if (current == null) {
            return null;
        }
        jdbc.prepareStatement(
                "UPDATE household_memberships SET end_date = ?, current_member_id = NULL, updated_at = ?, updated_by = ?"
                        + " WHERE current_member_id = ?",
                ps -> {
                    ps.setDate(1, java.sql.Date.valueOf(end));
                    ps.setTimestamp(2, Timestamp.from(timestamps.now()));
                    ps.setString(3, actor.name());
                    ps.setString(4, memberId.toString());
                    return ps.executeUpdate();
                });
        return current.id().value();
    }

    /** Regenerates the names of the member's current household, if the household's name is generated. */
    public void regenerateHouseholdOf(UUID memberId) {
        ConstituentRef household = currentHouseholdOf(memberId);
        if (household != null) {
            regenerate(household.id().value());
        }
    }

    public void regenerate(UUID householdId) {
        constituents.findById(householdId).filter(Constituent::isNameGenerated).ifPresent(h -> {
            String before = h.getDisplayName() + "|" + h.getFormalSalutation() + "|" + h.getInformalSalutation();
            applyGeneratedNames(h);
            if (!before.equals(h.getDisplayName() + "|" + h.getFormalSalutation() + "|" + h.getInformalSalutation())) {
                h.stampUpdated(actor.name(), timestamps.now());
                constituents.update(h);
                nameWords.replace(h.getId(), householdKeys(h).words(), false);
            }
        });
    }

    /** Sets the household's name, sort keys and salutations from its current members. */
    public void applyGeneratedNames(Constituent household) {
        List<Names.Member> members = jdbc.prepareStatement(
                "SELECT c.prefix, c.first_name, c.preferred_name, c.last_name FROM household_memberships m"
                        + " JOIN constituents c ON c.id = m.member_id"
                        + " WHERE m.household_id = ? AND m.end_date IS NULL AND c.deleted_at IS NULL ORDER BY m.start_date, c.sort_name",
                ps -> {
                    ps.setString(1, household.getId().toString());
                    return ContactPointStore.readAll(
                            ps,
                            rs -> new Names.Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        String name = Names.householdName(members);
        household.setName(name);
        household.setDisplayName(name);
        household.setFormalSalutation(members.isEmpty() ? null : Names.formalSalutation(members));
        household.setInformalSalutation(members.isEmpty() ? null : Names.informalSalutation(members));
        Names.Keys keys = householdKeys(household);
        household.setSortName(keys.sortName());
        household.setFirstKey(null);
        household.setLastKey(keys.lastKey());
        household.setSearchText(keys.searchText());
    }

    private static Names.Keys householdKeys(Constituent household) {
        return Names.keys(
                false, null, null, null, null, household.getName(), household.getDisplayName(), household.getNotes());
    }

    private static HouseholdRole role(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        String role = rs.getString(column);
        return role == null ? null : HouseholdRole.valueOf(role);
    }

    private static ConstituentRef ref(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ConstituentRef(
                ConstituentId.of(rs.getString(1)),
                ConstituentType.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getBoolean(4));
    }
}
