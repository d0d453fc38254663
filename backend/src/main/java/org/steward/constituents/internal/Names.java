package org.steward.constituents.internal;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Derived names: what lists show ({@code display}), how they sort ({@code sort}), the keys name-prefix search
 * uses, and household names and salutations generated from the members. Search keys are folded to lower-case ASCII
 * by ICU's transliterators (ADR 0027): "Zoë" is found by "zoe", "Łukasz" by "lukasz", "Øvergaard" by "overg",
 * "Thị Hương Nguyễn" by "huong", and a name in another script by its Latin transcription ("王小明" is "wang xiao
 * ming", which typing the characters finds too).
 */
public final class Names {

    /**
     * Raised whenever {@link #key} or {@link #keys} change what they produce: stored keys made by an older version
     * are made again at start-up ({@code SearchKeysRefresh}).
     */
    public static final int KEYS_VERSION = 2;

    /** Any script to Latin, marks dropped, then the Latin letters without an ASCII decomposition (ł, ø, ß, æ). */
    private static final String FOLD_RULES = "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Any-Lower";

    /** A transliterator keeps state while it works: one per thread. */
    private static final ThreadLocal<Transliterator> FOLD =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(FOLD_RULES));

    private Names() {}

    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String folded =
                isAscii(text) ? text.toLowerCase(Locale.ROOT) : FOLD.get().transliterate(text);
        return folded.replaceAll("\\s+", " ").trim();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stored search keys of a constituent: sort name, first and last name keys, the text {@code text} search
     * reads, and the name's other words ({@link #otherWords}).
     */
    public record Keys(String sortName, String firstKey, String lastKey, String searchText, List<String> words) {}

    /** The keys of an individual (type INDIVIDUAL) or of an organization or household (its {@code name}). */
    public static Keys keys(
            boolean individual,
            String first,
            String middle,
            String last,
            String preferred,
            String name,
            String display,
            String notes) {
        if (individual) {
            return new Keys(
                    individualSort(first, last),
                    key(first),
                    key(last),
                    searchText(display, first, middle, last, preferred, notes),
                    otherWords(first, middle, last, preferred));
        }
        String named = name == null ? display : name;
        return new Keys(key(named), null, key(named), searchText(named, notes), otherWords(named));
    }

    /**
     * The words of these names that a prefix of the sort name, first name or last name cannot reach: every word
     * after the first of each ("johnson" and "household" in "The Johnson Household", "marquez" in "García
     * Márquez"), and the middle and preferred names whole. Name-prefix search matches them too.
     */
    static List<String> otherWords(String... names) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (int n = 0; n < names.length; n++) {
            String k = key(names[n]);
            if (k == null || k.isEmpty()) {
                continue;
            }
            String[] split = k.split("[\\s,.&/()-]+");
            // first, middle, last, preferred (individuals): middle and preferred count from their first word
            boolean whole = names.length == 4 && (n == 1 || n == 3);
            for (int w = whole ? 0 : 1; w < split.length; w++) {
                if (!split[w].isEmpty()) {
                    words.add(split[w].length() > 100 ? split[w].substring(0, 100) : split[w]);
                }
            }
        }
        return List.copyOf(words);
    }

    public static String individualDisplay(String first, String preferred, String last, String suffix) {
        String given = blank(preferred) ? first : preferred;
        String name = join(" ", given, last);
        if (!blank(suffix)) {
            name = name + ", " + suffix.trim();
        }
        return name.isEmpty() ? "(no name)" : name;
    }

    public static String individualSort(String first, String last) {
        if (blank(last)) {
            return key(first == null ? "" : first);
        }
        return key(blank(first) ? last : last + ", " + first);
    }

    /** "Jane & John Doe", "Jane Doe & John Smith", or "The Doe Family" for three or more. */
    public static String householdName(List<Member> members) {
        if (members.isEmpty()) {
            return "New household";
        }
        List<String> lastNames = members.stream()
                .map(Member::last)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (members.size() >= 3) {
            return lastNames.size() == 1
                    ? "The " + lastNames.get(0) + " Family"
                    : joinAnd(members.stream().map(Member::full).toList());
        }
        if (members.size() == 1) {
            return members.get(0).full();
        }
        if (lastNames.size() == 1) {
            return members.get(0).given() + " & " + members.get(1).given() + " " + lastNames.get(0);
        }
        return members.get(0).full() + " & " + members.get(1).full();
    }

    /** "Ms. Jane Doe and Mr. John Doe". */
    public static String formalSalutation(List<Member> members) {
        return joinAnd(members.stream()
                .map(m -> join(" ", m.prefix(), m.first(), m.last()))
                .toList());
    }

    /** "Jane and John". */
    public static String informalSalutation(List<Member> members) {
        return joinAnd(members.stream().map(Member::given).toList());
    }

    public static String searchText(String... parts) {
        return key(Stream.of(parts).filter(p -> !blank(p)).collect(Collectors.joining(" ")));
    }

    static String joinAnd(List<String> parts) {
        List<String> present =
                new ArrayList<>(parts.stream().filter(p -> !blank(p)).toList());
        if (present.size() <= 1) {
            return present.isEmpty() ? "" : present.get(0);
        }
        String last = present.remove(present.size() - 1);
        return String.join(", ", present) + " and " + last;
    }

    static String join(String separator, String... parts) {
        return Stream.of(parts).filter(p -> !blank(p)).map(String::trim).collect(Collectors.joining(separator));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A household member's names, as generation needs them. */
    public record Member(String prefix, String first, String preferred, String last) {

        String given() {
            return blank(preferred) ? (blank(first) ? "" : first.trim()) : preferred.trim();
        }

        String full() {
            return join(" ", given(), last);
        }
    }
}
