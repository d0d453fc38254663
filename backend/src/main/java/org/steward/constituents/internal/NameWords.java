package org.steward.constituents.internal;

import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.steward.shared.persistence.Sql;

/**
 * The other words of each constituent's name ({@link Names#otherWords}), which name-prefix search matches besides
 * the sort name, first and last name keys: "Johnson" finds "The Johnson Household". Written in the caller's
 * transaction; only the words that changed are touched, so saving a record whose name did not change writes nothing.
 */
@Singleton
public class NameWords {

    private final Sql sql;

    public NameWords(Sql sql) {
        this.sql = sql;
    }

    /** Makes the constituent's stored words these; {@code fresh}: it has none yet (just created). */
    public void replace(UUID constituentId, List<String> words, boolean fresh) {
        Set<String> now = fresh
                ? Set.of()
                : new HashSet<>(sql.list(
                        "SELECT word FROM constituent_name_words WHERE constituent_id = ?",
                        rs -> rs.getString(1),
                        constituentId));
        List<String> gone =
                now.stream().filter(w -> !words.contains(w)).sorted().toList();
        List<String> added =
                words.stream().filter(w -> !now.contains(w)).sorted().toList();
        sql.batch("DELETE FROM constituent_name_words WHERE word = ? AND constituent_id = ?", gone, w ->
                new Object[] {w, constituentId});
        sql.batch("INSERT INTO constituent_name_words (word, constituent_id) VALUES (?, ?)", added, w ->
                new Object[] {w, constituentId});
    }
}
