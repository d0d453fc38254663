package org.steward.constituents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.steward.shared.security.Roles;

/**
 * Which roles see which fields of a constituent: the one table the API applies (the page only shows what it gets).
 * A field not listed is seen by every role that may read constituents. Event coordinators see what registrations
 * need (names, contact details, addresses, tags, and dietary or accessibility notes, which are registration answers
 * kept with the registration), not the birth date, the notes (where major-gift conversations are written down) or
 * giving (the summary's {@code giving} section and every gift route, refused by their own roles).
 */
public final class FieldVisibility {

    /** Restricted field → the roles that see it. Documented in docs/guides/administrators.md (Roles). */
    public static final Map<String, Set<String>> RESTRICTED;

    static {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        table.put("birthDate", Set.of(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER));
        table.put("notes", Set.of(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER));
        table.put("giving", Set.of(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER));
        RESTRICTED = java.util.Collections.unmodifiableMap(table);
    }

    private FieldVisibility() {}

    /** Whether a user with these roles ({@code hasRole}) sees the field. */
    public static boolean sees(String field, Predicate<String> hasRole) {
        Set<String> roles = RESTRICTED.get(field);
        return roles == null || roles.stream().anyMatch(hasRole);
    }

    /** The constituent with the fields this user may not see left out (null: the API omits them). */
    public static ConstituentView visible(ConstituentView v, Predicate<String> hasRole) {
        boolean birthDate = sees("birthDate", hasRole);
        boolean notes = sees("notes", hasRole);
        if (birthDate && notes) {
            return v;
        }
        return new ConstituentView(
                v.id(),
                v.type(),
                v.displayName(),
                v.prefix(),
                v.firstName(),
                v.middleName(),
                v.lastName(),
                v.suffix(),
                v.preferredName(),
                birthDate ? v.birthDate() : null,
                v.deceased(),
                v.deceasedDate(),
                v.name(),
                v.nameGenerated(),
                v.formalSalutation(),
                v.informalSalutation(),
                v.emails(),
                v.phones(),
                v.addresses(),
                v.tags(),
                v.source(),
                v.externalIds(),
                notes ? v.notes() : null,
                v.doNotContact(),
                v.doNotSolicit(),
                v.household(),
                v.deleted(),
                v.deletedAt(),
                v.mergedInto(),
                v.version(),
                v.createdAt(),
                v.createdBy(),
                v.updatedAt(),
                v.updatedBy());
    }
}
