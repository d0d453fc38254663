package org.steward.constituents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.ContactPoints;

class MergePlanTest {

    @Test
    void fillsOnlyTheSurvivorsEmptyFields() {
        Constituent survivor = individual("Jane", "Doe");
        survivor.setNotes("mine");
        Constituent duplicate = individual("Janet", "Doe");
        duplicate.setMiddleName("Quinn");
        duplicate.setBirthDate(LocalDate.of(1970, 5, 6));
        duplicate.setNotes("theirs");
        duplicate.setSource("Gala");

        var fills = MergePlan.fillEmptyFields(survivor, duplicate);

        assertThat(fills)
                .containsExactly(
                        new MergePlan.FieldFill("middleName", null, "Quinn"),
                        new MergePlan.FieldFill("birthDate", null, "1970-05-06"),
                        new MergePlan.FieldFill("source", null, "Gala"));
        assertThat(survivor.getFirstName()).isEqualTo("Jane");
        assertThat(survivor.getNotes()).isEqualTo("mine");
        assertThat(survivor.getMiddleName()).isEqualTo("Quinn");
        assertThat(survivor.getBirthDate()).isEqualTo(LocalDate.of(1970, 5, 6));
    }

    @Test
    void suppressionFlagsFromEitherRecordSurvive() {
        Constituent survivor = individual("Jane", "Doe");
        survivor.setDoNotSolicit(true);
        Constituent duplicate = individual("Jane", "Doe");
        duplicate.setDoNotContact(true);
        duplicate.setDeceased(true);

        var fills = MergePlan.fillEmptyFields(survivor, duplicate);

        assertThat(fills)
                .containsExactly(
                        new MergePlan.FieldFill("deceased", "false", "true"),
                        new MergePlan.FieldFill("doNotContact", "false", "true"));
        assertThat(survivor.isDeceased()).isTrue();
        assertThat(survivor.isDoNotContact()).isTrue();
        assertThat(survivor.isDoNotSolicit()).isTrue();
    }

    @Test
    void aDateOfDeathBeforeTheSurvivorsBirthIsNotFilled() {
        Constituent survivor = individual("Jane", "Doe");
        survivor.setBirthDate(LocalDate.of(1980, 1, 1));
        Constituent duplicate = individual("Jane", "Doe");
        duplicate.setDeceasedDate(LocalDate.of(1975, 1, 1));

        var fills = MergePlan.fillEmptyFields(survivor, duplicate);

        assertThat(fills).extracting(MergePlan.FieldFill::field).doesNotContain("deceasedDate");
        assertThat(survivor.getDeceasedDate()).isNull();
    }

    @Test
    void organizationsAndGeneratedHouseholdsOnlyFillTheirOwnFields() {
        Constituent org = new Constituent();
        org.setType(ConstituentType.ORGANIZATION);
        Constituent otherOrg = new Constituent();
        otherOrg.setType(ConstituentType.ORGANIZATION);
        otherOrg.setFirstName("stray");
        otherOrg.setFormalSalutation("Dear friends");
        assertThat(MergePlan.fillEmptyFields(org, otherOrg))
                .extracting(MergePlan.FieldFill::field)
                .containsExactly("formalSalutation");

        Constituent household = new Constituent();
        household.setType(ConstituentType.HOUSEHOLD);
        household.setNameGenerated(true);
        Constituent otherHousehold = new Constituent();
        otherHousehold.setType(ConstituentType.HOUSEHOLD);
        otherHousehold.setFormalSalutation("Dear Does");
        otherHousehold.setSource("import");
        assertThat(MergePlan.fillEmptyFields(household, otherHousehold))
                .extracting(MergePlan.FieldFill::field)
                .containsExactly("source");
    }

    @Test
    void undoPutsBackOnlyFieldsNobodyChangedSince() {
        Constituent survivor = individual("Jane", "Doe");
        Constituent duplicate = individual("Jane", "Doe");
        duplicate.setMiddleName("Quinn");
        duplicate.setSource("Gala");
        duplicate.setDoNotContact(true);
        var fills = MergePlan.fillEmptyFields(survivor, duplicate);
        survivor.setSource("Edited later");

        var restored = MergePlan.restoreFields(survivor, fills);

        assertThat(restored).extracting(MergePlan.FieldChangeBack::field).containsExactly("middleName", "doNotContact");
        assertThat(survivor.getMiddleName()).isNull();
        assertThat(survivor.isDoNotContact()).isFalse();
        assertThat(survivor.getSource()).isEqualTo("Edited later");
    }

    @Test
    void childrenTheSurvivorAlreadyHasDoNotMoveAndOnlyItsPrimariesStayPrimary() {
        var survivor = new ContactPointStore.Children(
                List.of(email("Jane@Example.org", true)),
                List.of(phone("(555) 123-4567", true)),
                List.of(),
                List.of("Donor"),
                List.of(new ContactPoints.ExternalId("civicrm", "1")));
        var duplicate = new ContactPointStore.Children(
                List.of(email("jane@example.org", true), email("jane@work.example", false)),
                List.of(phone("555.123.4567", true), phone("555 999 0000", false)),
                List.of(address("1 Main St", "02134", true)),
                List.of("donor", "volunteer"),
                List.of(new ContactPoints.ExternalId("civicrm", "2")));

        var moves = MergePlan.childMoves(survivor, duplicate);

        assertThat(moves.original().emails())
                .extracting(ContactPoints.Email::address)
                .containsExactly("jane@work.example");
        assertThat(moves.moved().emails()).noneMatch(ContactPoints.Email::primary);
        assertThat(moves.original().phones())
                .extracting(ContactPoints.Phone::number)
                .containsExactly("555 999 0000");
        assertThat(moves.moved().tags()).containsExactly("volunteer");
        assertThat(moves.moved().externalIds()).containsExactly(new ContactPoints.ExternalId("civicrm", "2"));
        // the survivor has no address: the duplicate's primary address stays primary
        assertThat(moves.moved().addresses()).singleElement().satisfies(a -> assertThat(a.primary())
                .isTrue());
    }

    @Test
    void sameAddressIsRecognisedDespiteCaseAndSpacing() {
        var survivor = new ContactPointStore.Children(
                List.of(), List.of(), List.of(address("1 Main St", "SW1A 1AA", true)), List.of(), List.of());
        var duplicate = new ContactPointStore.Children(
                List.of(),
                List.of(),
                List.of(address("1  main st", "sw1a1aa", true), address("2 Side Rd", "SW1A 1AA", false)),
                List.of(),
                List.of());

        var moves = MergePlan.childMoves(survivor, duplicate);

        assertThat(moves.moved().addresses()).singleElement().satisfies(a -> {
            assertThat(a.line1()).isEqualTo("2 Side Rd");
            assertThat(a.primary()).isFalse();
        });
        assertThat(moves.isEmpty()).isFalse();
    }

    private static Constituent individual(String first, String last) {
        Constituent c = new Constituent();
        c.setType(ConstituentType.INDIVIDUAL);
        c.setFirstName(first);
        c.setLastName(last);
        return c;
    }

    private static ContactPoints.Email email(String address, boolean primary) {
        return new ContactPoints.Email(UUID.randomUUID(), address, "HOME", primary);
    }

    private static ContactPoints.Phone phone(String number, boolean primary) {
        return new ContactPoints.Phone(UUID.randomUUID(), number, "MOBILE", primary);
    }

    private static ContactPoints.Address address(String line1, String postalCode, boolean primary) {
        return new ContactPoints.Address(
                UUID.randomUUID(), "HOME", line1, null, "Springfield", null, postalCode, "US", null, null, primary);
    }
}
