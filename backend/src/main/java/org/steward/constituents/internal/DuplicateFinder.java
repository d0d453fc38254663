package org.steward.constituents.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.DuplicatePair;
import org.steward.constituents.DuplicateRule;
import org.steward.shared.persistence.Sql;

/**
 * Finds candidate duplicate pairs in the database. Each rule is one self-join on an indexed key (email address
 * key, phone digits, last name key with postal key, birth date with name keys, organization name key); the rules
 * are combined with {@code UNION ALL} and grouped by pair in the same statement, so each unordered pair comes back
 * once with every rule that matched it, already ordered and paged by the database. Deleted (and so merged)
 * constituents, pairs of different types and pairs dismissed as "not a duplicate" are left out.
 */
@Singleton
public class DuplicateFinder {

    private static final String BOTH_ACTIVE_AND_SAME_TYPE =
            " AND c1.deleted_at IS NULL AND c2.deleted_at IS NULL AND c2.type = c1.type";

    /** Leaves out the pairs a user said are not duplicates ({@code constituent_not_duplicates}). */
    static final String NOT_DISMISSED = " WHERE NOT EXISTS (SELECT 1 FROM constituent_not_duplicates n"
            + " WHERE n.low_id = LEAST(p.a_id, p.b_id) AND n.high_id = GREATEST(p.a_id, p.b_id))";

    private static final String NAME_FILTER = " WHERE (LOWER(ca.sort_name) LIKE ? OR LOWER(cb.sort_name) LIKE ?)";

    private final JdbcOperations jdbc;
    private final Sql sql;

    public DuplicateFinder(JdbcOperations jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Every pair found by the rules, each unordered pair once ({@code a} has the smaller id). With a {@code name},
     * only the pairs where either side's sort name ("Last, First" or the household's or organization's name) starts
     * with it, ignoring case: how a large database is worked through a surname at a time.
     */
    public Page<DuplicatePair> scan(List<DuplicateRule> rules, String name, int page, int size) {
        if (rules.isEmpty()) {
            return Page.of(List.of(), Pageable.from(page, size), 0L);
        }
        String pairs = union(rules, "c1.id < c2.id");
        String prefix =
                name == null || name.isBlank() ? null : likeEscape(name.strip().toLowerCase(Locale.ROOT)) + "%";
        String filter = prefix == null ? "" : NAME_FILTER;
        List<DuplicatePair> items = jdbc.prepareStatement(select(rules, pairs, filter) + " LIMIT ? OFFSET ?", ps -> {
            int i = 1;
            if (prefix != null) {
                ps.setString(i++, prefix);
                ps.setString(i++, prefix);
            }
            ps.setInt(i++, size);
            ps.setLong(i, (long) page * size);
            return ContactPointStore.readAll(ps, rs -> pair(rs, rules));
        });
        long total = items.size() < size && (page == 0 || !items.isEmpty())
                ? (long) page * size + items.size()
                : jdbc.prepareStatement(
                        "SELECT COUNT(*) FROM (SELECT p.a_id, p.b_id FROM (" + pairs + ") p" + NOT_DISMISSED
                                + " GROUP BY p.a_id, p.b_id) g"
                                + (prefix == null
                                        ? ""
                                        : " JOIN constituents ca ON ca.id = g.a_id JOIN constituents cb ON cb.id = g.b_id"
                                                + filter),
                        ps -> {
                            if (prefix != null) {
                                ps.setString(1, prefix);
                                ps.setString(2, prefix);
                            }
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                return rs.getLong(1);
                            }
                        });
        return Page.of(items, Pageable.from(page, size), total);
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The pairs one constituent is part of, that constituent always as {@code a}. */
    public List<DuplicatePair> candidatesFor(UUID id, List<DuplicateRule> rules, int limit) {
        if (rules.isEmpty()) {
            return List.of();
        }
        String pairs = union(rules, "c1.id = ?");
        return jdbc.prepareStatement(select(rules, pairs, "") + " LIMIT ?", ps -> {
            int i = 1;
            for (int r = 0; r < rules.size(); r++) {
                ps.setString(i++, id.toString());
            }
            ps.setInt(i, limit);
            return ContactPointStore.readAll(ps, rs -> pair(rs, rules));
        });
    }

    /**
     * The active individuals with this email address (compared as the same-email rule compares: by its key,
     * ignoring case), oldest first, at most {@code limit}.
     */
    public List<UUID> individualsWithEmail(String address, int limit) {
        return jdbc.prepareStatement(
                "SELECT c.id FROM constituent_emails e JOIN constituents c ON c.id = e.constituent_id"
                        + " WHERE e.address_key = ? AND c.deleted_at IS NULL AND c.type = 'INDIVIDUAL'"
                        + " ORDER BY c.created_at, c.id LIMIT ?",
                ps -> {
                    ps.setString(1, Names.key(address));
                    ps.setInt(2, limit);
                    return ContactPointStore.readAll(ps, rs -> UUID.fromString(rs.getString(1)));
                });
    }

    /**
     * The active individuals a new person with this email address and phone number (its key, {@link
     * PhoneNumbers#read}) would be paired with by the
     * same-email and same-phone rules (the only rules a name, email and phone can trigger), each with the codes of
     * the rules that matched, in rule order; oldest first within a rule, at most {@code limit} per rule.
     */
    public java.util.Map<UUID, List<String>> individualsMatching(
            List<DuplicateRule> rules, String email, String phone, int limit) {
        java.util.Map<UUID, List<String>> found = new java.util.LinkedHashMap<>();
        if (rules.contains(DuplicateRule.SAME_EMAIL) && email != null && !email.isBlank()) {
            for (UUID id : individualsWithEmail(email.strip(), limit)) {
                found.computeIfAbsent(id, k -> new ArrayList<>()).add(DuplicateRule.SAME_EMAIL.code());
            }
        }
        String digits = phone == null ? "" : phone; // the phone's key (PhoneNumbers)
        if (rules.contains(DuplicateRule.SAME_PHONE) && digits != null && digits.length() >= 7) {
            List<UUID> ids = jdbc.prepareStatement(
                    "SELECT DISTINCT c.id, c.created_at FROM constituent_phones p JOIN constituents c ON c.id = p.constituent_id"
                            + " WHERE p.digits = ? AND c.deleted_at IS NULL AND c.type = 'INDIVIDUAL'"
                            + " ORDER BY c.created_at, c.id LIMIT ?",
                    ps -> {
                        ps.setString(1, digits);
                        ps.setInt(2, limit);
                        return ContactPointStore.readAll(ps, rs -> UUID.fromString(rs.getString(1)));
                    });
            for (UUID id : ids) {
                found.computeIfAbsent(id, k -> new ArrayList<>()).add(DuplicateRule.SAME_PHONE.code());
            }
        }
        return found;
    }

    /**
     * What a record about to be created would be compared on: its type, its emails' keys, its phones' digits, its
     * name keys, birth date and postal keys (each may be empty or null).
     */
    public record DraftKeys(
            String type,
            List<String> emailKeys,
            List<String> phoneDigits,
            String firstKey,
            String lastKey,
            java.time.LocalDate birthDate,
            List<String> postalKeys) {}

    /**
     * The active constituents of the draft's type that each rule switched on would pair with the draft, each with
     * the codes of the rules that matched, in rule order; oldest first within a rule, at most {@code limit} per rule.
     */
    public java.util.Map<UUID, List<String>> matchingDraft(List<DuplicateRule> rules, DraftKeys draft, int limit) {
        java.util.Map<UUID, List<String>> found = new java.util.LinkedHashMap<>();
        boolean individual = "INDIVIDUAL".equals(draft.type());
        for (DuplicateRule rule : rules) {
            String where;
            List<Object> params = new ArrayList<>();
            switch (rule) {
                case SAME_EMAIL -> {
                    if (draft.emailKeys().isEmpty()) {
                        continue;
                    }
                    where = " FROM constituent_emails e JOIN constituents c ON c.id = e.constituent_id"
                            + " WHERE e.address_key IN ("
                            + Sql.marks(draft.emailKeys().size()) + ")";
                    params.addAll(draft.emailKeys());
                }
                case SAME_PHONE -> {
                    List<String> digits = draft.phoneDigits().stream()
                            .filter(d -> d.length() >= 7)
                            .toList();
                    if (digits.isEmpty()) {
                        continue;
                    }
                    where = " FROM constituent_phones p JOIN constituents c ON c.id = p.constituent_id"
                            + " WHERE p.digits IN (" + Sql.marks(digits.size()) + ")";
                    params.addAll(digits);
                }
                case SAME_NAME_POSTAL -> {
                    if (!individual
                            || blank(draft.lastKey())
                            || blank(draft.firstKey())
                            || draft.postalKeys().isEmpty()) {
                        continue;
                    }
                    where = " FROM constituents c JOIN constituent_addresses a ON a.constituent_id = c.id"
                            + " WHERE c.last_key = ? AND SUBSTRING(c.first_key, 1, 1) = ?"
                            + " AND a.postal_key IN ("
                            + Sql.marks(draft.postalKeys().size()) + ")";
                    params.add(draft.lastKey());
                    params.add(draft.firstKey().substring(0, 1));
                    params.addAll(draft.postalKeys());
                }
                case SAME_NAME_BIRTHDATE -> {
                    if (!individual || draft.birthDate() == null || blank(draft.lastKey()) || blank(draft.firstKey())) {
                        continue;
                    }
                    where = " FROM constituents c WHERE c.birth_date = ? AND c.last_key = ? AND c.first_key = ?";
                    params.add(draft.birthDate());
                    params.add(draft.lastKey());
                    params.add(draft.firstKey());
                }
                case SAME_ORG_NAME -> {
                    if (!"ORGANIZATION".equals(draft.type()) || blank(draft.lastKey())) {
                        continue;
                    }
                    where = " FROM constituents c WHERE c.last_key = ?";
                    params.add(draft.lastKey());
                }
                default -> throw new IllegalStateException("unknown rule " + rule);
            }
            params.add(draft.type());
            params.add(limit);
            List<UUID> ids = sql.list(
                    "SELECT DISTINCT c.id, c.created_at" + where
                            + " AND c.deleted_at IS NULL AND c.type = ? ORDER BY c.created_at, c.id LIMIT ?",
                    rs -> UUID.fromString(rs.getString(1)),
                    params.toArray());
            for (UUID id : ids) {
                found.computeIfAbsent(id, k -> new ArrayList<>()).add(rule.code());
            }
        }
        return found;
    }

    private static boolean blank(String text) {
        return text == null || text.isEmpty();
    }

    private static String select(List<DuplicateRule> rules, String pairs, String filter) {
        StringBuilder flags = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            flags.append(", MAX(CASE WHEN p.reason = '")
                    .append(rules.get(i).code())
                    .append("' THEN 1 ELSE 0 END) AS f")
                    .append(i);
        }
        StringBuilder flagColumns = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            flagColumns.append(", g.f").append(i);
        }
        return "SELECT g.a_id, g.b_id, g.score, ca.type, ca.display_name, ca.deceased, cb.type, cb.display_name,"
                + " cb.deceased" + flagColumns
                + " FROM (SELECT p.a_id, p.b_id, COUNT(DISTINCT p.reason) AS score" + flags
                + " FROM (" + pairs + ") p" + NOT_DISMISSED + " GROUP BY p.a_id, p.b_id) g"
                + " JOIN constituents ca ON ca.id = g.a_id JOIN constituents cb ON cb.id = g.b_id"
                + filter
                + " ORDER BY g.score DESC, ca.sort_name, cb.sort_name, g.a_id, g.b_id";
    }

    private static String union(List<DuplicateRule> rules, String pairCondition) {
        List<String> branches = new ArrayList<>();
        for (DuplicateRule rule : rules) {
            branches.add(branch(rule, pairCondition));
        }
        return String.join(" UNION ALL ", branches);
    }

    /** One rule as one self-join; {@code pair} restricts c1/c2 (either c1 < c2, or c1 is one given id). */
    static String branch(DuplicateRule rule, String pair) {
        String head = "SELECT c1.id AS a_id, c2.id AS b_id, '" + rule.code() + "' AS reason";
        return switch (rule) {
            case SAME_EMAIL ->
                head
                        + " FROM constituent_emails e1"
                        + " JOIN constituent_emails e2 ON e2.address_key = e1.address_key AND e2.constituent_id <> e1.constituent_id"
                        + " JOIN constituents c1 ON c1.id = e1.constituent_id"
                        + " JOIN constituents c2 ON c2.id = e2.constituent_id"
                        + " WHERE " + pair + BOTH_ACTIVE_AND_SAME_TYPE;
            case SAME_PHONE ->
                head
                        + " FROM constituent_phones p1"
                        + " JOIN constituent_phones p2 ON p2.digits = p1.digits AND p2.constituent_id <> p1.constituent_id"
                        + " JOIN constituents c1 ON c1.id = p1.constituent_id"
                        + " JOIN constituents c2 ON c2.id = p2.constituent_id"
                        + " WHERE LENGTH(p1.digits) >= 7 AND " + pair + BOTH_ACTIVE_AND_SAME_TYPE;
            case SAME_NAME_POSTAL ->
                head
                        + " FROM constituents c1"
                        + " JOIN constituents c2 ON c2.last_key = c1.last_key AND c2.id <> c1.id"
                        + " JOIN constituent_addresses a1 ON a1.constituent_id = c1.id"
                        + " JOIN constituent_addresses a2 ON a2.constituent_id = c2.id AND a2.postal_key = a1.postal_key"
                        + " WHERE c1.type = 'INDIVIDUAL' AND c1.last_key <> '' AND a1.postal_key <> ''"
                        + " AND c1.first_key <> '' AND SUBSTRING(c1.first_key, 1, 1) = SUBSTRING(c2.first_key, 1, 1)"
                        + " AND " + pair + BOTH_ACTIVE_AND_SAME_TYPE;
            case SAME_NAME_BIRTHDATE ->
                head
                        + " FROM constituents c1"
                        + " JOIN constituents c2 ON c2.birth_date = c1.birth_date AND c2.last_key = c1.last_key"
                        + " AND c2.first_key = c1.first_key AND c2.id <> c1.id"
                        + " WHERE c1.type = 'INDIVIDUAL' AND c1.last_key <> '' AND c1.first_key <> ''"
                        + " AND " + pair + BOTH_ACTIVE_AND_SAME_TYPE;
            case SAME_ORG_NAME ->
                head
                        + " FROM constituents c1"
                        + " JOIN constituents c2 ON c2.last_key = c1.last_key AND c2.id <> c1.id"
                        + " WHERE c1.type = 'ORGANIZATION' AND c1.last_key <> ''"
                        + " AND " + pair + BOTH_ACTIVE_AND_SAME_TYPE;
        };
    }

    private static DuplicatePair pair(ResultSet rs, List<DuplicateRule> rules) throws SQLException {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (rs.getInt(10 + i) > 0) {
                reasons.add(rules.get(i).code());
            }
        }
        return new DuplicatePair(
                new ConstituentRef(
                        ConstituentId.of(rs.getString(1)),
                        ConstituentType.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getBoolean(6)),
                new ConstituentRef(
                        ConstituentId.of(rs.getString(2)),
                        ConstituentType.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getBoolean(9)),
                reasons,
                rs.getInt(3));
    }
}
