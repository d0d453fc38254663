package org.steward.constituents.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ContactPoints;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * The row moves of a merge and of its undo, in plain indexed SQL inside the caller's transaction. Every move names
 * the owner it expects ({@code from}), so a row that has gone elsewhere since is left alone rather than stolen.
 */
@Singleton
public class MergeStore {

    private final JdbcOperations jdbc;
    private final Timestamps timestamps;
    private final CurrentActor actor;

    public MergeStore(JdbcOperations jdbc, Timestamps timestamps, CurrentActor actor) {
        this.jdbc = jdbc;
        this.timestamps = timestamps;
        this.actor = actor;
    }

    /** Locks both constituent rows (in id order, so two merges of the same pair queue instead of deadlocking). */
    public void lockConstituents(UUID a, UUID b) {
        String first = a.compareTo(b) <= 0 ? a.toString() : b.toString();
        String second = a.compareTo(b) <= 0 ? b.toString() : a.toString();
        jdbc.prepareStatement("SELECT id FROM constituents WHERE id IN (?, ?) ORDER BY id FOR UPDATE", ps -> {
            ps.setString(1, first);
            ps.setString(2, second);
            return ContactPointStore.readAll(ps, rs -> rs.getString(1));
        });
    }

    /** Locks the merge row; false when there is none. */
    public boolean lockMerge(UUID mergeId) {
        return !jdbc.prepareStatement("SELECT id FROM constituent_merges WHERE id = ? FOR UPDATE", ps -> {
                    ps.setString(1, mergeId.toString());
                    return ContactPointStore.readAll(ps, rs -> rs.getString(1));
                })
                .isEmpty();
    }

    public boolean moveEmail(ContactPoints.Email email, UUID from, UUID to) {
        return update(
                "UPDATE constituent_emails SET constituent_id = ?, is_primary = ? WHERE id = ? AND constituent_id = ?",
                to.toString(),
                email.primary(),
                email.id().toString(),
                from.toString());
    }

    public boolean movePhone(ContactPoints.Phone phone, UUID from, UUID to) {
        return update(
                "UPDATE constituent_phones SET constituent_id = ?, is_primary = ? WHERE id = ? AND constituent_id = ?",
                to.toString(),
                phone.primary(),
                phone.id().toString(),
                from.toString());
    }

    public boolean moveAddress(ContactPoints.Address address, UUID from, UUID to) {
        return update(
                "UPDATE constituent_addresses SET constituent_id = ?, is_primary = ? WHERE id = ? AND constituent_id = ?",
                to.toString(),
                address.primary(),
                address.id().toString(),
                from.toString());
    }

    /** The tables whose rows have a primary flag, by the kind a merge's primary choice names. */
    public static final java.util.Map<String, String> PRIMARY_TABLES = java.util.Map.of(
            "primaryEmail", "constituent_emails",
            "primaryPhone", "constituent_phones",
            "primaryAddress", "constituent_addresses");

    /** Makes row {@code id} the owner's primary one of its kind ({@link #PRIMARY_TABLES}), and no other row. */
    public boolean setPrimary(String kind, UUID owner, UUID id) {
        String table = PRIMARY_TABLES.get(kind);
        if (table == null) {
            throw new IllegalArgumentException(kind);
        }
        return update(
                "UPDATE " + table + " SET is_primary = (id = ?) WHERE constituent_id = ?",
                id.toString(),
                owner.toString());
    }

    public boolean moveTag(String tag, UUID from, UUID to) {
        return update(
                "UPDATE constituent_tags SET constituent_id = ? WHERE constituent_id = ? AND tag = ?",
                to.toString(),
                from.toString(),
                tag);
    }

    public boolean moveExternalId(ContactPoints.ExternalId ext, UUID from, UUID to) {
        return update(
                "UPDATE constituent_external_ids SET constituent_id = ? WHERE constituent_id = ? AND source = ? AND external_id = ?",
                to.toString(),
                from.toString(),
                ext.source(),
                ext.id());
    }

    /** The id and household of the member's open membership, or null. */
    public OpenMembership openMembership(UUID memberId) {
        List<OpenMembership> found = jdbc.prepareStatement(
                "SELECT id, household_id FROM household_memberships WHERE current_member_id = ?", ps -> {
                    ps.setString(1, memberId.toString());
                    return ContactPointStore.readAll(
                            ps,
                            rs -> new OpenMembership(
                                    UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2))));
                });
        return found.isEmpty() ? null : found.get(0);
    }

    public record OpenMembership(UUID id, UUID householdId) {}

    /** Makes the membership row name another member (kept open only if it still is). */
    public boolean reassignMembership(UUID membershipId, UUID from, UUID to) {
        return update(
                "UPDATE household_memberships SET member_id = ?, current_member_id = CASE WHEN end_date IS NULL THEN ? ELSE NULL END,"
                        + " updated_at = ?, updated_by = ? WHERE id = ? AND member_id = ?",
                to.toString(),
                to.toString(),
                now(),
                actor.name(),
                membershipId.toString(),
                from.toString());
    }

    public boolean endMembership(UUID membershipId, LocalDate end) {
        return update(
                "UPDATE household_memberships SET end_date = ?, current_member_id = NULL, updated_at = ?, updated_by = ?"
                        + " WHERE id = ? AND end_date IS NULL",
                java.sql.Date.valueOf(end),
                now(),
                actor.name(),
                membershipId.toString());
    }

    /** Opens the member's ended membership again, unless the member has another open one by now. */
    public boolean reopenMembership(UUID membershipId, UUID memberId) {
        if (openMembership(memberId) != null) {
            return false;
        }
        return update(
                "UPDATE household_memberships SET end_date = NULL, current_member_id = member_id, updated_at = ?, updated_by = ?"
                        + " WHERE id = ? AND member_id = ? AND end_date IS NOT NULL",
                now(),
                actor.name(),
                membershipId.toString(),
                memberId.toString());
    }

    /** Every membership row (past and current) of a household. */
    public List<UUID> membershipsOfHousehold(UUID householdId) {
        return jdbc.prepareStatement(
                "SELECT id FROM household_memberships WHERE household_id = ? ORDER BY start_date, id", ps -> {
                    ps.setString(1, householdId.toString());
                    return ContactPointStore.readAll(ps, rs -> UUID.fromString(rs.getString(1)));
                });
    }

    public boolean moveMembershipToHousehold(UUID membershipId, UUID fromHousehold, UUID toHousehold) {
        return update(
                "UPDATE household_memberships SET household_id = ?, updated_at = ?, updated_by = ? WHERE id = ? AND household_id = ?",
                toHousehold.toString(),
                now(),
                actor.name(),
                membershipId.toString(),
                fromHousehold.toString());
    }

    private Timestamp now() {
        return Timestamp.from(timestamps.now());
    }

    private boolean update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
                    for (int i = 0; i < params.length; i++) {
                        ps.setObject(i + 1, params[i]);
                    }
                    return ps.executeUpdate();
                })
                > 0;
    }
}
