package org.steward.constituents.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.steward.constituents.TagCount;

/**
 * The tags in use, most used first, then alphabetical; optionally those starting with a prefix.
 *
 * <p>Counting each tag use against {@code constituents.deleted_at} would read a constituent row per use. Instead
 * the uses are counted from ix_constituent_tags_tag alone (a range for a prefix) and the uses by deleted
 * constituents, reached through ix_constituents_deleted and the tags' primary key, are subtracted.
 *
 * <p>The prefix is a {@code LIKE 'prefix%'} range on the tag, as typed: case-insensitive on MySQL and MariaDB, whose
 * default collations ignore case (as the search's tag filter does), case-sensitive on the embedded H2.
 */
@Singleton
public class TagSuggestions {

    private final JdbcOperations jdbc;

    public TagSuggestions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<TagCount> find(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.trim();
        String match = p.isEmpty() ? "" : " AND t.tag LIKE ?";
        String sql = "SELECT u.tag, SUM(u.n) AS total FROM ("
                + "SELECT t.tag, COUNT(*) AS n FROM constituent_tags t" + (p.isEmpty() ? "" : " WHERE t.tag LIKE ?")
                + " GROUP BY t.tag"
                + " UNION ALL"
                + " SELECT t.tag, -COUNT(*) AS n FROM constituents c JOIN constituent_tags t ON t.constituent_id = c.id"
                + " WHERE c.deleted_at IS NOT NULL" + match + " GROUP BY t.tag"
                + ") u GROUP BY u.tag HAVING SUM(u.n) > 0 ORDER BY total DESC, u.tag ASC LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            if (!p.isEmpty()) {
                String like = ConstituentSearch.escape(p) + "%";
                ps.setString(i++, like);
                ps.setString(i++, like);
            }
            ps.setInt(i, limit);
            List<TagCount> found = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new TagCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return found;
        });
    }
}
