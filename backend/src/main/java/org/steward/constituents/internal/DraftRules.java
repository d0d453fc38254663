package org.steward.constituents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.steward.constituents.ConstituentDraft;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.ContactPoints;
import org.steward.constituents.Countries;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.InvalidInputException.FieldError;

/**
 * The rules a constituent must satisfy beyond field formats, checked all at once so the user sees every problem in
 * one response; and normalization (trimmed text, one primary per kind, known types, sorted distinct tags).
 */
public final class DraftRules {

    public static final Set<String> EMAIL_TYPES = Set.of("HOME", "WORK", "OTHER");
    public static final Set<String> PHONE_TYPES = Set.of("MOBILE", "HOME", "WORK", "FAX", "OTHER");
    public static final Set<String> ADDRESS_TYPES = Set.of("HOME", "WORK", "MAILING", "SEASONAL", "OTHER");

    private DraftRules() {}

    /**
     * The draft, validated and normalized. Phones are read into E.164 against the country of the draft's primary
     * address (or of its first address naming one), else {@code defaultCountry}.
     */
    public static ConstituentDraft normalize(ConstituentDraft d, LocalDate today, String defaultCountry) {
        List<FieldError> errors = new ArrayList<>();
        ConstituentType type = d.type();
        if (type == ConstituentType.INDIVIDUAL && blank(d.firstName()) && blank(d.lastName())) {
            errors.add(new FieldError("lastName", "an individual needs a first or a last name"));
        }
        if (type == ConstituentType.ORGANIZATION && blank(d.name())) {
            errors.add(new FieldError("name", "an organization needs a name"));
        }
        boolean generated =
                type == ConstituentType.HOUSEHOLD && (d.nameGenerated() == null ? blank(d.name()) : d.nameGenerated());
        if (type == ConstituentType.HOUSEHOLD && !generated && blank(d.name())) {
            errors.add(new FieldError("name", "give the household a name, or let Steward generate it"));
        }
        if (d.birthDate() != null && d.birthDate().isAfter(today)) {
            errors.add(new FieldError("birthDate", "cannot be in the future"));
        }
        if (d.deceasedDate() != null && d.deceasedDate().isAfter(today)) {
            errors.add(new FieldError("deceasedDate", "cannot be in the future"));
        }
        if (d.deceasedDate() != null
                && d.birthDate() != null
                && d.deceasedDate().isBefore(d.birthDate())) {
            errors.add(new FieldError("deceasedDate", "cannot be before the birth date"));
        }

        List<ContactPoints.Email> emails = new ArrayList<>();
        Set<String> seenEmails = new HashSet<>();
        for (int i = 0; i < d.emails().size(); i++) {
            var e = d.emails().get(i);
            String type_ = upper(e.type(), "HOME");
            if (!EMAIL_TYPES.contains(type_)) {
                errors.add(new FieldError("emails[" + i + "].type", "must be one of " + new TreeSet<>(EMAIL_TYPES)));
            }
            String address = e.address() == null ? "" : e.address().trim();
            if (!seenEmails.add(address.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("emails[" + i + "].address", "is listed twice"));
            }
            emails.add(new ContactPoints.Email(e.id(), address, type_, e.primary()));
        }
        checkOnePrimary(
                errors,
                "emails",
                emails.stream().filter(ContactPoints.Email::primary).count());
        if (!emails.isEmpty() && emails.stream().noneMatch(ContactPoints.Email::primary)) {
            var first = emails.get(0);
            emails.set(0, new ContactPoints.Email(first.id(), first.address(), first.type(), true));
        }

        String phoneCountry = phoneCountry(d, defaultCountry);
        List<ContactPoints.Phone> phones = new ArrayList<>();
        Set<String> seenPhones = new HashSet<>();
        for (int i = 0; i < d.phones().size(); i++) {
            var p = d.phones().get(i);
            String type_ = upper(p.type(), "MOBILE");
            if (!PHONE_TYPES.contains(type_)) {
                errors.add(new FieldError("phones[" + i + "].type", "must be one of " + new TreeSet<>(PHONE_TYPES)));
            }
            String number = p.number() == null ? "" : p.number().trim();
            PhoneNumbers.Reading reading = PhoneNumbers.read(number, phoneCountry);
            if (PhoneNumbers.digits(number).length() < 3) {
                errors.add(new FieldError("phones[" + i + "].number", "needs at least 3 digits"));
            } else if (!seenPhones.add(reading.key())) {
                errors.add(new FieldError("phones[" + i + "].number", "is the same number as another phone here"));
            }
            phones.add(new ContactPoints.Phone(p.id(), number, type_, p.primary(), reading.e164()));
        }
        checkOnePrimary(
                errors,
                "phones",
                phones.stream().filter(ContactPoints.Phone::primary).count());
        if (!phones.isEmpty() && phones.stream().noneMatch(ContactPoints.Phone::primary)) {
            var first = phones.get(0);
            phones.set(0, first.withPrimary(true));
        }

        List<ContactPoints.Address> addresses = new ArrayList<>();
        for (int i = 0; i < d.addresses().size(); i++) {
            var a = d.addresses().get(i);
            String type_ = upper(a.type(), "HOME");
            if (!ADDRESS_TYPES.contains(type_)) {
                errors.add(
                        new FieldError("addresses[" + i + "].type", "must be one of " + new TreeSet<>(ADDRESS_TYPES)));
            }
            if (a.validFrom() != null && a.validTo() != null && a.validTo().isBefore(a.validFrom())) {
                errors.add(new FieldError("addresses[" + i + "].validTo", "cannot be before validFrom"));
            }
            if (blank(a.line1()) && blank(a.city()) && blank(a.postalCode())) {
                errors.add(new FieldError(
                        "addresses[" + i + "]", "needs at least a street line, a city or a postal code"));
            }
            String country = null;
            if (!blank(a.country())) {
                country = Countries.code(a.country()).orElse(null);
                if (country == null) {
                    errors.add(new FieldError(
                            "addresses[" + i + "].country",
                            "is not a country we know: give its ISO 3166 code (such as NZ) or its English name"));
                }
            }
            addresses.add(new ContactPoints.Address(
                    a.id(),
                    type_,
                    trim(a.line1()),
                    trim(a.line2()),
                    trim(a.city()),
                    trim(a.region()),
                    trim(a.postalCode()),
                    blank(country) ? null : country,
                    a.validFrom(),
                    a.validTo(),
                    a.primary()));
        }
        checkOnePrimary(
                errors,
                "addresses",
                addresses.stream().filter(ContactPoints.Address::primary).count());
        if (!addresses.isEmpty() && addresses.stream().noneMatch(ContactPoints.Address::primary)) {
            var f = addresses.get(0);
            addresses.set(
                    0,
                    new ContactPoints.Address(
                            f.id(),
                            f.type(),
                            f.line1(),
                            f.line2(),
                            f.city(),
                            f.region(),
                            f.postalCode(),
                            f.country(),
                            f.validFrom(),
                            f.validTo(),
                            true));
        }

        TreeSet<String> tags = new TreeSet<>();
        d.tags().stream().filter(t -> !blank(t)).map(String::trim).forEach(tags::add);

        List<ContactPoints.ExternalId> externalIds = new ArrayList<>();
        Set<String> seenExternal = new HashSet<>();
        for (int i = 0; i < d.externalIds().size(); i++) {
            var x = d.externalIds().get(i);
            String source = x.source() == null ? "" : x.source().trim().toLowerCase(Locale.ROOT);
            String id = x.id() == null ? "" : x.id().trim();
            if (!seenExternal.add(source + "\u0000" + id)) {
                errors.add(new FieldError("externalIds[" + i + "]", "is listed twice"));
            }
            externalIds.add(new ContactPoints.ExternalId(source, id));
        }

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean individual = type == ConstituentType.INDIVIDUAL;
        return new ConstituentDraft(
                type,
                individual ? trim(d.prefix()) : null,
                individual ? trim(d.firstName()) : null,
                individual ? trim(d.middleName()) : null,
                individual ? trim(d.lastName()) : null,
                individual ? trim(d.suffix()) : null,
                individual ? trim(d.preferredName()) : null,
                individual ? d.birthDate() : null,
                individual && (d.deceased() || d.deceasedDate() != null),
                individual ? d.deceasedDate() : null,
                individual ? null : trim(d.name()),
                generated,
                trim(d.formalSalutation()),
                trim(d.informalSalutation()),
                emails,
                phones,
                addresses,
                List.copyOf(tags),
                trim(d.source()),
                externalIds,
                d.notes() == null || d.notes().isBlank() ? null : d.notes(),
                d.doNotContact(),
                d.doNotSolicit());
    }

    /** The country a draft's phones are read against. */
    public static String phoneCountry(ConstituentDraft d, String defaultCountry) {
        return d.addresses().stream()
                .sorted(java.util.Comparator.comparing(a -> !a.primary()))
                .map(a -> Countries.code(a.country()))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(defaultCountry);
    }

    private static void checkOnePrimary(List<FieldError> errors, String field, long primaries) {
        if (primaries > 1) {
            errors.add(new FieldError(field, "only one can be primary"));
        }
    }

    private static String upper(String value, String fallback) {
        return blank(value) ? fallback : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
