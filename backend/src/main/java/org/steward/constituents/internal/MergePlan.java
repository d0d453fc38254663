package org.steward.constituents.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.ContactPoints;

/**
 * The pure part of a merge: which of the survivor's empty fields the duplicate fills, and which of the duplicate's
 * contact points, tags and external ids move (those the survivor already has stay behind, and moved rows lose
 * their primary flag unless the survivor has none of that kind). Also how an undo puts filled fields back.
 *
 * <p>"Empty" means null for text and dates. The suppression flags (deceased, do not contact, do not solicit) count
 * as empty when false: a merge never drops a suppression either record carried.
 */
public final class MergePlan {

    private MergePlan() {}

    /** One survivor field the merge changed, as text ({@code before} null when it was empty). */
    @Serdeable
    public record FieldFill(String field, @Nullable String before, String after) {}

    /** The rows that move, as they were on the duplicate ({@code original}) and as they land on the survivor. */
    public record ChildMoves(ContactPointStore.Children original, ContactPointStore.Children moved) {

        public boolean isEmpty() {
            return original.emails().isEmpty()
                    && original.phones().isEmpty()
                    && original.addresses().isEmpty()
                    && original.tags().isEmpty()
                    && original.externalIds().isEmpty();
        }
    }

    /** Fills the survivor's empty fields from the duplicate (changing {@code survivor}) and lists what it filled. */
    public static List<FieldFill> fillEmptyFields(Constituent survivor, Constituent duplicate) {
        return fillFields(survivor, duplicate, Set.of());
    }

    /**
     * As {@link #fillEmptyFields}, and for the fields named in {@code fromDuplicate} the duplicate's value replaces
     * the survivor's (when the duplicate has one that the survivor's other fields allow: a birth date after the
     * date of death does not). The user's field-by-field choice on the merge screen.
     */
    public static List<FieldFill> fillFields(Constituent survivor, Constituent duplicate, Set<String> fromDuplicate) {
        List<FieldFill> fills = new ArrayList<>();
        for (Field<?> field : fieldsFor(survivor)) {
            (fromDuplicate.contains(field.name()) ? field.take(survivor, duplicate) : field.fill(survivor, duplicate))
                    .ifPresent(fills::add);
        }
        return fills;
    }

    /** A field both hold with different values: {@code [field, survivor's, duplicate's]} as text. */
    public static List<String[]> differences(Constituent survivor, Constituent duplicate) {
        List<String[]> found = new ArrayList<>();
        for (Field<?> field : fieldsFor(survivor)) {
            String mine = field.text(survivor);
            String theirs = field.text(duplicate);
            if (!field.flag() && mine != null && theirs != null && !mine.equals(theirs)) {
                found.add(new String[] {field.name(), mine, theirs});
            }
        }
        return found;
    }

    /** The fields a merge can take from the duplicate instead of the survivor, for this kind of constituent. */
    public static List<String> choosableFields(ConstituentType type) {
        return FIELDS.stream()
                .filter(f -> !f.flag()) // a suppression or a death is never dropped
                .filter(f -> type == ConstituentType.INDIVIDUAL || !f.individualOnly())
                .map(Field::name)
                .toList();
    }

    /**
     * Puts back the fields a merge filled, each only while it still holds the value the merge gave it (a later
     * edit by a user wins). Returns what it changed: {@code before} the current value, {@code after} the restored.
     */
    public static List<FieldChangeBack> restoreFields(Constituent survivor, List<FieldFill> fills) {
        List<FieldChangeBack> restored = new ArrayList<>();
        for (FieldFill fill : fills) {
            Field<?> field = FIELDS.stream()
                    .filter(f -> f.name().equals(fill.field()))
                    .findFirst()
                    .orElse(null);
            if (field != null && Objects.equals(field.text(survivor), fill.after())) {
                field.setText(survivor, fill.before());
                restored.add(new FieldChangeBack(fill.field(), fill.after(), fill.before()));
            }
        }
        return restored;
    }

    public record FieldChangeBack(String field, String from, @Nullable String to) {}

    /** What of the duplicate's children moves to the survivor, deduplicated against the survivor's. */
    public static ChildMoves childMoves(ContactPointStore.Children survivor, ContactPointStore.Children duplicate) {
        Set<String> emailKeys = new HashSet<>();
        survivor.emails().forEach(e -> emailKeys.add(emailKey(e)));
        List<ContactPoints.Email> emails = new ArrayList<>();
        List<ContactPoints.Email> movedEmails = new ArrayList<>();
        boolean keepEmailPrimary = survivor.emails().isEmpty();
        for (var e : duplicate.emails()) {
            if (emailKeys.add(emailKey(e))) {
                emails.add(e);
                movedEmails.add(
                        new ContactPoints.Email(e.id(), e.address(), e.type(), keepEmailPrimary && e.primary()));
            }
        }

        Set<String> phoneKeys = new HashSet<>();
        survivor.phones().forEach(p -> phoneKeys.add(phoneKey(p)));
        List<ContactPoints.Phone> phones = new ArrayList<>();
        List<ContactPoints.Phone> movedPhones = new ArrayList<>();
        boolean keepPhonePrimary = survivor.phones().isEmpty();
        for (var p : duplicate.phones()) {
            if (phoneKeys.add(phoneKey(p))) {
                phones.add(p);
                movedPhones.add(p.withPrimary(keepPhonePrimary && p.primary()));
            }
        }

        Set<String> addressKeys = new HashSet<>();
        survivor.addresses().forEach(a -> addressKeys.add(addressKey(a)));
        List<ContactPoints.Address> addresses = new ArrayList<>();
        List<ContactPoints.Address> movedAddresses = new ArrayList<>();
        boolean keepAddressPrimary = survivor.addresses().isEmpty();
        for (var a : duplicate.addresses()) {
            if (addressKeys.add(addressKey(a))) {
                addresses.add(a);
                movedAddresses.add(new ContactPoints.Address(
                        a.id(),
                        a.type(),
                        a.line1(),
                        a.line2(),
                        a.city(),
                        a.region(),
                        a.postalCode(),
                        a.country(),
                        a.validFrom(),
                        a.validTo(),
                        keepAddressPrimary && a.primary()));
            }
        }

        // tags compare without case: the database's collation may treat "VIP" and "vip" as the same key
        Set<String> tagKeys = new HashSet<>();
        survivor.tags().forEach(t -> tagKeys.add(t.toLowerCase(Locale.ROOT)));
        List<String> tags = duplicate.tags().stream()
                .filter(t -> tagKeys.add(t.toLowerCase(Locale.ROOT)))
                .toList();

        Set<String> externalKeys = new HashSet<>();
        survivor.externalIds().forEach(x -> externalKeys.add(x.source() + "\u0000" + x.id()));
        List<ContactPoints.ExternalId> externalIds = duplicate.externalIds().stream()
                .filter(x -> externalKeys.add(x.source() + "\u0000" + x.id()))
                .toList();

        return new ChildMoves(
                new ContactPointStore.Children(emails, phones, addresses, tags, externalIds),
                new ContactPointStore.Children(movedEmails, movedPhones, movedAddresses, tags, externalIds));
    }

    public static String emailKey(ContactPoints.Email e) {
        return Names.key(e.address());
    }

    public static String phoneKey(ContactPoints.Phone p) {
        String key = ContactPointStore.phoneKey(p);
        return key.isEmpty() ? Names.key(p.number()) : key;
    }

    public static String addressKey(ContactPoints.Address a) {
        return String.join(
                "|",
                Objects.toString(Names.key(a.line1()), ""),
                Objects.toString(Names.key(a.line2()), ""),
                Objects.toString(Names.key(a.city()), ""),
                Objects.toString(Names.key(a.region()), ""),
                Objects.toString(ContactPointStore.postalKey(a.postalCode()), ""),
                Objects.toString(a.country(), "").toUpperCase(Locale.ROOT));
    }

    private static List<Field<?>> fieldsFor(Constituent survivor) {
        if (survivor.getType() == ConstituentType.INDIVIDUAL) {
            return FIELDS;
        }
        return FIELDS.stream()
                .filter(f -> !f.individualOnly())
                .filter(f -> !(survivor.getType() == ConstituentType.HOUSEHOLD
                        && survivor.isNameGenerated()
                        && f.generatedForHouseholds()))
                .toList();
    }

    /** In fill order: the birth date before the date of death, so their order can be checked. */
    private static final List<Field<?>> FIELDS = List.of(
            text("prefix", Constituent::getPrefix, Constituent::setPrefix, true, false),
            text("firstName", Constituent::getFirstName, Constituent::setFirstName, true, false),
            text("middleName", Constituent::getMiddleName, Constituent::setMiddleName, true, false),
            text("lastName", Constituent::getLastName, Constituent::setLastName, true, false),
            text("suffix", Constituent::getSuffix, Constituent::setSuffix, true, false),
            text("preferredName", Constituent::getPreferredName, Constituent::setPreferredName, true, false),
            new Field<>(
                    "birthDate",
                    Constituent::getBirthDate,
                    Constituent::setBirthDate,
                    LocalDate::parse,
                    false,
                    true,
                    false,
                    (c, birth) ->
                            c.getDeceasedDate() == null || !c.getDeceasedDate().isBefore(birth)),
            new Field<>(
                    "deceasedDate",
                    Constituent::getDeceasedDate,
                    Constituent::setDeceasedDate,
                    LocalDate::parse,
                    false,
                    true,
                    false,
                    (c, death) -> c.getBirthDate() == null || !death.isBefore(c.getBirthDate())),
            flag("deceased", Constituent::isDeceased, Constituent::setDeceased, true),
            text("formalSalutation", Constituent::getFormalSalutation, Constituent::setFormalSalutation, false, true),
            text(
                    "informalSalutation",
                    Constituent::getInformalSalutation,
                    Constituent::setInformalSalutation,
                    false,
                    true),
            text("source", Constituent::getSource, Constituent::setSource, false, false),
            text("notes", Constituent::getNotes, Constituent::setNotes, false, false),
            flag("doNotContact", Constituent::isDoNotContact, Constituent::setDoNotContact, false),
            flag("doNotSolicit", Constituent::isDoNotSolicit, Constituent::setDoNotSolicit, false));

    private static Field<String> text(
            String name,
            Function<Constituent, String> get,
            BiConsumer<Constituent, String> set,
            boolean individualOnly,
            boolean generatedForHouseholds) {
        return new Field<>(
                name, get, set, s -> s, false, individualOnly, generatedForHouseholds, (c, v) -> !v.isBlank());
    }

    private static Field<Boolean> flag(
            String name, Function<Constituent, Boolean> get, BiConsumer<Constituent, Boolean> set, boolean individual) {
        return new Field<>(name, get, set, Boolean::valueOf, true, individual, false, (c, v) -> true);
    }

    private record Field<T>(
            String name,
            Function<Constituent, T> get,
            BiConsumer<Constituent, T> set,
            Function<String, T> parse,
            boolean flag,
            boolean individualOnly,
            boolean generatedForHouseholds,
            BiPredicate<Constituent, T> acceptable) {

        /** The duplicate's value instead of the survivor's, when it has one the survivor's other fields allow. */
        java.util.Optional<FieldFill> take(Constituent survivor, Constituent duplicate) {
            T mine = get.apply(survivor);
            T theirs = get.apply(duplicate);
            if (isEmpty(theirs) || Objects.equals(mine, theirs) || !acceptable.test(survivor, theirs)) {
                return java.util.Optional.empty();
            }
            set.accept(survivor, theirs);
            return java.util.Optional.of(new FieldFill(name, textOf(mine), textOf(theirs)));
        }

        java.util.Optional<FieldFill> fill(Constituent survivor, Constituent duplicate) {
            T mine = get.apply(survivor);
            T theirs = get.apply(duplicate);
            if (!isEmpty(mine) || isEmpty(theirs) || !acceptable.test(survivor, theirs)) {
                return java.util.Optional.empty();
            }
            set.accept(survivor, theirs);
            return java.util.Optional.of(new FieldFill(name, textOf(mine), textOf(theirs)));
        }

        private boolean isEmpty(T value) {
            return value == null || (flag && Boolean.FALSE.equals(value));
        }

        String text(Constituent c) {
            return textOf(get.apply(c));
        }

        void setText(Constituent c, String text) {
            if (text == null) {
                set.accept(c, flag ? parse.apply("false") : null);
            } else {
                set.accept(c, parse.apply(text));
            }
        }

        private String textOf(T value) {
            return value == null ? null : value.toString();
        }
    }
}
