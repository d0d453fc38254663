package org.steward.constituents.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Derived names: what lists show ({@code display}), how they sort ({@code sort}), the keys name-prefix search
 * uses, and household names and salutations generated from the members. Search keys are lower case with accents
 * removed, so "Zoë" is found by "zoe".
 */
public final class Names {

    private Names() {}

    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
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
