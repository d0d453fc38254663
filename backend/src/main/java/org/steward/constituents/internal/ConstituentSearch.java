package org.steward.constituents.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentListItem;
import org.steward.constituents.ConstituentPage;
import org.steward.constituents.ConstituentQuery;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.ConstituentsConfig;

/**
 * Builds the SQL of a {@link ConstituentQuery}. Name prefixes use the indexed lower-case keys (sort_name, first_key,
 * last_key) with {@code LIKE 'prefix%'}, emails the indexed address key, phones the digits, postal codes their
 * normalized key; {@code text} is a substring match over names and notes (a scan, meant for occasional use).
 * Sorting is by whitelisted columns only.
 *
 * <p>A name prefix is an OR of key prefixes. One query with that OR lets MariaDB walk the whole sort index, looking
 * each row up, hoping to find 25 matches early: over a second for a prefix of a last name near the end of the
 * alphabet. So each alternative is its own branch, a range on its covering index (migration
 * V20261123140000) limited to the rows the page needs, and the page is taken from their union. Totals are counted
 * the same way, up to {@link ConstituentPage#COUNT_CAP}, in the same statement as the page; the page's tags come
 * with their rows. One round trip per search: on a busy two-core server each extra statement showed in the tail.
 */
@Singleton
public class ConstituentSearch {

    private record Sort(String column, String direction) {}

    private static final Map<String, Sort> SORTS = Map.of(
            "name", new Sort("sort_name", "ASC"),
            "-name", new Sort("sort_name", "DESC"),
            "createdAt", new Sort("created_at", "ASC"),
            "-createdAt", new Sort("created_at", "DESC"),
            "updatedAt", new Sort("updated_at", "ASC"),
            "-updatedAt", new Sort("updated_at", "DESC"));

    /** Separates a row's tags in {@code GROUP_CONCAT}: a control character no tag holds (tags are trimmed text). */
    private static final String TAG_SEPARATOR = "\u001f";

    /**
     * GROUP_CONCAT stops at {@code group_concat_max_len} bytes (1 MB on MariaDB, 1,024 on MySQL 8 by default): a
     * row whose tags reach this many bytes may have been cut short and has them read again on their own.
     */
    private static final int TAGS_MAYBE_CUT = 1_020;

    private static final String COLUMNS =
            "SELECT c.id, c.type, c.display_name, c.deceased, c.do_not_contact, c.deleted_at, c.updated_at,"
                    + " (SELECT e.address FROM constituent_emails e WHERE e.constituent_id = c.id AND e.is_primary = TRUE LIMIT 1),"
                    + " (SELECT p.number FROM constituent_phones p WHERE p.constituent_id = c.id AND p.is_primary = TRUE LIMIT 1),"
                    + " (SELECT a.city FROM constituent_addresses a WHERE a.constituent_id = c.id AND a.is_primary = TRUE LIMIT 1),"
                    + " (SELECT a.postal_code FROM constituent_addresses a WHERE a.constituent_id = c.id AND a.is_primary = TRUE LIMIT 1),"
                    + " (SELECT GROUP_CONCAT(t.tag ORDER BY t.tag SEPARATOR '" + TAG_SEPARATOR + "')"
                    + " FROM constituent_tags t WHERE t.constituent_id = c.id),"
                    // the name as lists sort it: last name first for people ("Müller, Zoë")
                    + " CASE WHEN c.type = 'INDIVIDUAL' AND c.last_name IS NOT NULL AND c.first_name IS NOT NULL"
                    + " THEN CONCAT(c.last_name, ', ', c.first_name) ELSE c.display_name END";

    public static boolean isKnownSort(String sort) {
        return sort == null || sort.isBlank() || SORTS.containsKey(sort);
    }

    private final JdbcOperations jdbc;
    private final ConstituentsConfig config;

    public ConstituentSearch(JdbcOperations jdbc, ConstituentsConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    /** A condition with its parameters; {@code inSortIndex}: ix_constituents_sort holds every column it reads. */
    private record Condition(String sql, List<Object> params, boolean inSortIndex) {}

    public ConstituentPage search(ConstituentQuery query, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<Condition> names = List.of();
        if (!query.deletedIncluded()) {
            where.add("c.deleted_at IS NULL");
        }
        if (query.type() != null) {
            where.add("c.type = ?");
            params.add(query.type().name());
        }
        String q = query.q() == null ? "" : query.q().trim();
        if (!q.isEmpty()) {
            if (q.contains("@")) {
                addEmail(where, params, q);
            } else if (looksLikePhone(q)) {
                addPhone(where, params, q);
            } else {
                names = namePrefix(q);
            }
        }
        if (notBlank(query.email())) {
            addEmail(where, params, query.email());
        }
        if (notBlank(query.phone())) {
            addPhone(where, params, query.phone().trim());
        }
        if (notBlank(query.postalCode())) {
            where.add(
                    "EXISTS (SELECT 1 FROM constituent_addresses pa WHERE pa.constituent_id = c.id AND pa.postal_key LIKE ?)");
            params.add(escape(ContactPointStore.postalKey(query.postalCode().trim())) + "%");
        }
        if (notBlank(query.tag())) {
            where.add("EXISTS (SELECT 1 FROM constituent_tags t WHERE t.constituent_id = c.id AND t.tag = ?)");
            params.add(query.tag().trim());
        }
        if (notBlank(query.text())) {
            for (String word : Names.key(query.text()).split(" ")) {
                where.add("c.search_text LIKE ?");
                params.add("%" + escape(word) + "%");
            }
        }
        Sort sort = SORTS.getOrDefault(
                query.sort() == null || query.sort().isBlank() ? "name" : query.sort(), SORTS.get("name"));
        String order = "c." + sort.column() + " " + sort.direction() + ", c.id " + sort.direction();
        long offset = (long) page * size;
        List<Object> listParams = new ArrayList<>();
        List<Object> countParams = new ArrayList<>();
        String list;
        String count;
        boolean countedInList;
        if (names.isEmpty()) {
            // Counted apart, and only when the page is full: with a filter few rows match (text, a rare tag) the
            // count would scan as far as the page did.
            String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
            list = COLUMNS + " FROM constituents c" + filter + " ORDER BY " + order + " LIMIT ? OFFSET ?";
            listParams.addAll(params);
            count = "SELECT COUNT(*) FROM (SELECT 1 FROM constituents c" + filter + " LIMIT ?) n";
            countParams.addAll(params);
            countParams.add(ConstituentPage.COUNT_CAP + 1);
            countedInList = false;
        } else {
            // each branch: its own index range, at most the rows up to the end of this page, in page order
            List<String> pageBranches = new ArrayList<>();
            List<String> countBranches = new ArrayList<>();
            List<Object> pageParams = new ArrayList<>();
            for (Condition name : names) {
                List<String> all = new ArrayList<>(where);
                all.add(name.sql());
                String filter = " WHERE " + String.join(" AND ", all);
                // A branch the sort-name index can answer in page order may use it (MariaDB then reads the index
                // in order and stops after the page, or sorts the range, whichever its estimates say is cheaper).
                // Any other branch sorts its range: ordering by an expression, equal in value, keeps the optimizer
                // from walking the whole sort index, in the hope of meeting the page's rows early, when few match.
                String branchOrder = name.inSortIndex() && sort.column().equals("sort_name")
                        ? order
                        : "CONCAT(c." + sort.column() + ", '') " + sort.direction() + ", c.id " + sort.direction();
                pageBranches.add("(SELECT c.id, c." + sort.column() + " AS k FROM constituents c" + filter
                        + " ORDER BY " + branchOrder + " LIMIT ?)");
                pageParams.addAll(params);
                pageParams.addAll(name.params());
                pageParams.add(offset + size);
                countBranches.add("(SELECT c.id FROM constituents c" + filter + " LIMIT ?)");
                countParams.addAll(params);
                countParams.addAll(name.params());
                countParams.add(ConstituentPage.COUNT_CAP + 1);
            }
            count = "SELECT COUNT(*) FROM (" + String.join(" UNION ", countBranches) + ") n";
            // The name ranges bound the count as they bound the page, so it rides along in the same statement: an
            // uncorrelated subquery in the select list, evaluated once (one round trip instead of two).
            list = COLUMNS + ", (" + count + ") FROM constituents c JOIN (SELECT u.id FROM ("
                    + String.join(" UNION ", pageBranches) + ") u ORDER BY u.k " + sort.direction() + ", u.id "
                    + sort.direction() + " LIMIT ? OFFSET ?) m ON m.id = c.id ORDER BY " + order;
            listParams.addAll(countParams);
            listParams.addAll(pageParams);
            countedInList = true;
        }
        long[] countedAlong = {-1};
        List<ConstituentListItem> items = jdbc.prepareStatement(list, ps -> {
            int i = bind(ps, listParams);
            ps.setInt(i++, size);
            ps.setLong(i, offset);
            return ContactPointStore.readAll(ps, rs -> {
                if (countedInList) {
                    countedAlong[0] = rs.getLong(14);
                }
                return new ConstituentListItem(
                        ConstituentId.of(rs.getString(1)),
                        ConstituentType.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(13),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getTimestamp(6) != null,
                        rs.getTimestamp(7).toInstant(),
                        tags(rs.getString(12)));
            });
        });
        items = withTagsReadAgain(items);
        if (items.size() < size && (page == 0 || !items.isEmpty())) {
            return new ConstituentPage(items, page, size, offset + items.size(), null);
        }
        long counted = countedAlong[0] >= 0
                ? countedAlong[0]
                : jdbc.prepareStatement(count, ps -> {
                    bind(ps, countParams);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        if (counted > ConstituentPage.COUNT_CAP) {
            return new ConstituentPage(
                    items, page, size, Math.max(ConstituentPage.COUNT_CAP, offset + items.size()), Boolean.TRUE);
        }
        return new ConstituentPage(items, page, size, counted, null);
    }

    private static List<String> tags(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(TAG_SEPARATOR));
    }

    /** Rows whose tags GROUP_CONCAT may have cut short ({@link #TAGS_MAYBE_CUT}) get them read in full. */
    private List<ConstituentListItem> withTagsReadAgain(List<ConstituentListItem> items) {
        List<ConstituentListItem> suspects = items.stream()
                .filter(i ->
                        String.join(TAG_SEPARATOR, i.tags()).getBytes(StandardCharsets.UTF_8).length >= TAGS_MAYBE_CUT)
                .toList();
        if (suspects.isEmpty()) {
            return items;
        }
        String marks = String.join(", ", Collections.nCopies(suspects.size(), "?"));
        Map<String, List<String>> tags = jdbc.prepareStatement(
                "SELECT constituent_id, tag FROM constituent_tags WHERE constituent_id IN (" + marks + ")"
                        + " ORDER BY constituent_id, tag",
                ps -> {
                    for (int i = 0; i < suspects.size(); i++) {
                        ps.setString(i + 1, suspects.get(i).id().value().toString());
                    }
                    Map<String, List<String>> found = new HashMap<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                        }
                    }
                    return found;
                });
        return items.stream()
                .map(i -> tags.containsKey(i.id().value().toString())
                        ? i.withTags(tags.get(i.id().value().toString()))
                        : i)
                .toList();
    }

    /**
     * The alternatives of a name prefix. One word: the sort name ("doe, jane"; an organization's or household's
     * name) or the first name. A last-name prefix needs no branch of its own: an individual's sort name starts with
     * the last-name key ({@link Names#individualSort}), and an organization's or household's last_key is its sort
     * name. Two or more words: "jane doe" or "doe jane" for people, the whole phrase for the others.
     */
    private static List<Condition> namePrefix(String q) {
        String key = Names.key(q.replace(",", " "));
        String[] words = key.split(" ");
        if (words.length == 1) {
            String prefix = escape(words[0]) + "%";
            List<Condition> branches = new ArrayList<>(List.of(
                    new Condition("c.sort_name LIKE ?", List.of(prefix), true),
                    new Condition("c.first_key LIKE ?", List.of(prefix), true),
                    // any other word of the name: "johnson" finds "The Johnson Household"
                    new Condition(
                            "c.id IN (SELECT w.constituent_id FROM constituent_name_words w WHERE w.word LIKE ?)",
                            List.of(prefix),
                            false)));
            if (EMAIL_LIKE.matcher(q).find()) {
                // the start of an email address: "zoe.mueller" finds zoe.mueller@example.org
                branches.add(new Condition(
                        "c.id IN (SELECT se.constituent_id FROM constituent_emails se WHERE se.address_key LIKE ?)",
                        List.of(escape(q.trim().toLowerCase(Locale.ROOT)) + "%"),
                        false));
            }
            return branches;
        }
        String a = escape(words[0]) + "%";
        String b = escape(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length))) + "%";
        return List.of(
                new Condition("c.first_key LIKE ? AND c.last_key LIKE ?", List.of(a, b), false),
                new Condition("c.last_key LIKE ? AND c.first_key LIKE ?", List.of(a, b), false),
                new Condition("c.sort_name LIKE ?", List.of(escape(Names.key(q)) + "%"), true));
    }

    private static void addEmail(List<String> where, List<Object> params, String email) {
        where.add(
                "EXISTS (SELECT 1 FROM constituent_emails se WHERE se.constituent_id = c.id AND se.address_key LIKE ?)");
        params.add(escape(email.trim().toLowerCase(Locale.ROOT)) + "%");
    }

    /**
     * A phone typed in any format matches the phones with the same number ({@link PhoneNumbers}): "617-555-0101",
     * "+16175550101" and "(617) 555 0101" find the same records; a part of a number matches the numbers it starts.
     */
    private void addPhone(List<String> where, List<Object> params, String phone) {
        List<String> prefixes = PhoneNumbers.searchPrefixes(phone, config.defaultCountry()).stream()
                .filter(p -> !p.isEmpty())
                .toList();
        if (prefixes.isEmpty()) {
            where.add("1 = 0");
            return;
        }
        where.add("EXISTS (SELECT 1 FROM constituent_phones sp WHERE sp.constituent_id = c.id AND ("
                + String.join(" OR ", Collections.nCopies(prefixes.size(), "sp.digits LIKE ?")) + "))");
        prefixes.forEach(p -> params.add(escape(p) + "%"));
    }

    /** Digits and phone punctuation only, at least three digits: "555-0134", "+1 (555) 0134". Names have letters. */
    static boolean looksLikePhone(String q) {
        return q.matches("[0-9+()./\\s-]+") && PhoneNumbers.digits(q).length() >= 3;
    }

    /** What only an email address has among the things typed in the search box: a dot, underscore, plus or digit. */
    private static final java.util.regex.Pattern EMAIL_LIKE = java.util.regex.Pattern.compile("[._+0-9]");

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
