package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.aHousehold;
import static org.steward.constituents.ConstituentFixtures.anIndividual;
import static org.steward.constituents.ConstituentFixtures.anOrganization;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.Race;
import org.steward.support.TestUsers;

@MicronautTest
class ConstituentControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api officer;
    String unique;

    @BeforeEach
    void setUp() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        unique = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void createsAnIndividualWithTheMinimalContractBody() {
        var reply = officer.post(
                "/api/constituents",
                Map.of(
                        "type",
                        "INDIVIDUAL",
                        "firstName",
                        "Jane",
                        "lastName",
                        "Doe" + unique,
                        "emails",
                        List.of(Map.of("address", "jane" + unique + "@example.org", "primary", true))));

        assertThat(reply.status()).isEqualTo(201);
        String id = reply.string("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(reply.header("Location")).isEqualTo("/api/constituents/" + id);
        var got = officer.get("/api/constituents/" + id).json();
        assertThat(got)
                .containsEntry("displayName", "Jane Doe" + unique)
                .containsEntry("type", "INDIVIDUAL")
                .containsEntry("version", 0);
        assertThat(got.get("emails").toString()).contains("jane" + unique + "@example.org", "primary=true");
    }

    @Test
    void createsAFullyDescribedIndividualAndAuditsIt() {
        var body = anIndividual("Robert", "Smith" + unique)
                .with("prefix", "Dr.")
                .with("middleName", "Allen")
                .with("suffix", "Jr.")
                .with("preferredName", "Bob")
                .with("birthDate", "1960-04-01")
                .with(
                        "emails",
                        List.of(
                                Map.of("address", "bob" + unique + "@work.example", "type", "WORK"),
                                Map.of("address", "bob" + unique + "@home.example", "type", "HOME", "primary", true)))
                .with(
                        "phones",
                        List.of(Map.of(
                                "number",
                                "+1 (555) 010-" + unique.substring(0, 4).replaceAll("[^0-9]", "1"),
                                "type",
                                "MOBILE")))
                .with(
                        "addresses",
                        List.of(Map.of(
                                "line1",
                                "1 Main St",
                                "city",
                                "Springfield",
                                "postalCode",
                                "62701",
                                "country",
                                "us",
                                "validFrom",
                                "2020-01-01")))
                .with("tags", List.of("major-donor", "board-prospect", "major-donor"))
                .with("externalIds", List.of(Map.of("source", "CiviCRM", "id", "civi-" + unique)))
                .with("source", "Gala 2026")
                .with("notes", "Met at the spring gala.")
                .with("doNotSolicit", true)
                .build();

        var created = officer.post("/api/constituents", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var c = created.json();
        assertThat(c)
                .containsEntry("displayName", "Bob Smith" + unique + ", Jr.")
                .containsEntry("doNotSolicit", true);
        assertThat((List<Object>) c.get("tags")).containsExactly("board-prospect", "major-donor");
        assertThat(c.get("externalIds").toString()).contains("source=civicrm", "id=civi-" + unique);
        assertThat(c.get("addresses").toString()).contains("country=US", "primary=true");
        List<Map<String, Object>> emails = (List<Map<String, Object>>) c.get("emails");
        assertThat(emails.get(0))
                .containsEntry("address", "bob" + unique + "@home.example")
                .containsEntry("primary", true);
        var audit = TestUsers.admin(Api.of(server, json))
                .get("/api/audit?entityType=constituent&entityId=" + c.get("id"))
                .items();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("action", "CREATED");
        assertThat(audit.get(0).get("changes").toString()).contains("field=lastName", "field=tags");
    }

    @Test
    void organizationsAndHouseholdsNeedNames() {
        assertViolations(officer.post("/api/constituents", Map.of("type", "ORGANIZATION")), "name");
        assertViolations(officer.post("/api/constituents", Map.of("type", "INDIVIDUAL")), "lastName");
        assertViolations(
                officer.post("/api/constituents", Map.of("type", "HOUSEHOLD", "nameGenerated", false)), "name");
        assertViolations(officer.post("/api/constituents", Map.of()), "type");
    }

    @Test
    void badContactPointsAreAllListedAndNothingIsSaved() {
        String last = "Broken" + unique;
        var body = anIndividual("Al", last)
                .with(
                        "emails",
                        List.of(
                                Map.of("address", "not-an-email"),
                                Map.of("address", "a@b.org", "primary", true),
                                Map.of("address", "c@d.org", "primary", true)))
                .with("phones", List.of(Map.of("number", "call me")))
                .with("addresses", List.of(Map.of("city", "X", "country", "USA")))
                .with("birthDate", "2999-01-01")
                .build();

        assertViolations(officer.post("/api/constituents", body), "emails[0].address", "phones[0].number");
        var domain = anIndividual("Al", last)
                .with(
                        "emails",
                        List.of(
                                Map.of("address", "a@b.org", "primary", true),
                                Map.of("address", "c@d.org", "primary", true)))
                .with("addresses", List.of(Map.of("city", "X", "country", "Atlantis")))
                .with("birthDate", "2999-01-01")
                .build();
        assertViolations(officer.post("/api/constituents", domain), "emails", "birthDate", "addresses[0].country");
        assertThat(officer.get("/api/constituents?q=" + last).items()).isEmpty();
    }

    @Test
    void aStaleUpdateIsRefusedAndLosesNothing() {
        String id = officer.post(
                        "/api/constituents", anIndividual("Ann", "Lee" + unique).build())
                .string("id");
        var first = anIndividual("Ann", "Lee" + unique)
                .with("middleName", "Marie")
                .with("version", 0)
                .build();
        var second = anIndividual("Anne", "Lee" + unique).with("version", 0).build();

        var ok = officer.put("/api/constituents/" + id, first);
        var stale = officer.put("/api/constituents/" + id, second);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json()).containsEntry("version", 1).containsEntry("middleName", "Marie");
        assertProblem(stale, 409, "common.stale-version");
        assertThat(officer.get("/api/constituents/" + id).json())
                .containsEntry("firstName", "Ann")
                .containsEntry("middleName", "Marie");
        assertViolations(
                officer.put(
                        "/api/constituents/" + id, anIndividual("Ann", "Lee").build()),
                "version");
        assertProblem(
                officer.put(
                        "/api/constituents/" + id,
                        anOrganization("Lee Inc").with("version", 1).build()),
                422,
                "constituents.type-change");
    }

    @Test
    void twoUpdatesOfOneVersionAtTheSameMomentGiveOneWinnerAndOneStaleRefusal() {
        String path = "/api/constituents/"
                + officer.post(
                                "/api/constituents",
                                anIndividual("Rae", "Race" + unique).build())
                        .string("id");
        for (int round = 0; round < 15; round++) {
            int version = round;
            var a = anIndividual("Alma" + round, "Race" + unique)
                    .with("middleName", "A")
                    .with("tags", List.of("alma-" + round))
                    .with("version", version)
                    .build();
            var b = anIndividual("Bert" + round, "Race" + unique)
                    .with("middleName", "B")
                    .with("tags", List.of("bert-" + round))
                    .with("version", version)
                    .build();

            var replies = Race.together(() -> officer.put(path, a), () -> officer.put(path, b));

            int winner = Race.oneWinsOneIsStale(replies);
            var won = winner == 0 ? a : b;
            var stored = officer.get(path).json();
            assertThat(stored)
                    .as("round %d", round)
                    .isEqualTo(replies.get(winner).json());
            assertThat(stored)
                    .containsEntry("firstName", won.get("firstName"))
                    .containsEntry("middleName", won.get("middleName"))
                    .containsEntry("tags", won.get("tags"))
                    .containsEntry("version", version + 1);
            assertThat(stored.get("emails").toString())
                    .contains(((Map<?, ?>) ((List<?>) won.get("emails")).get(0))
                            .get("address")
                            .toString())
                    .doesNotContain(winner == 0 ? "bert" : "alma");
        }
    }

    @Test
    void anUpdateIsAuditedFieldByField() {
        String id = officer.post(
                        "/api/constituents",
                        anIndividual("Tom", "Hale" + unique).build())
                .string("id");

        officer.put(
                "/api/constituents/" + id,
                anIndividual("Thomas", "Hale" + unique)
                        .with("tags", List.of("volunteer"))
                        .with("version", 0)
                        .build());

        var entries = TestUsers.admin(Api.of(server, json))
                .get("/api/audit?entityType=constituent&entityId=" + id)
                .items();
        assertThat(entries.get(0)).containsEntry("action", "UPDATED");
        assertThat((List<Map<String, Object>>) entries.get(0).get("changes"))
                .contains(
                        Map.of("field", "firstName", "from", "Tom", "to", "Thomas"),
                        Map.of("field", "tags", "to", "volunteer"))
                .noneSatisfy(change -> assertThat(change.get("field")).isEqualTo("lastName"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpdateChangesOnlyTheRowsThatChanged() {
        String home = "home" + unique + "@example.org";
        String work = "work" + unique + "@example.org";
        Map<String, Object> address =
                Map.of("type", "HOME", "line1", "1 Elm St", "city", "Salem", "postalCode", "01970");
        var created = officer.post(
                        "/api/constituents",
                        anIndividual("Rita", "Rows" + unique)
                                .with(
                                        "emails",
                                        List.of(Map.of("address", home, "primary", true), Map.of("address", work)))
                                .with("phones", List.of(Map.of("number", "+1 555 0101")))
                                .with("addresses", List.of(address))
                                .with("tags", List.of("alpha", "beta"))
                                .with("externalIds", List.of(Map.of("source", "legacy", "id", "r" + unique)))
                                .build())
                .json();
        var emails = (List<Map<String, Object>>) created.get("emails");
        Object homeId = emails.stream()
                .filter(e -> home.equals(e.get("address")))
                .findFirst()
                .orElseThrow()
                .get("id");
        Object workId = emails.stream()
                .filter(e -> work.equals(e.get("address")))
                .findFirst()
                .orElseThrow()
                .get("id");
        Object addressId =
                ((List<Map<String, Object>>) created.get("addresses")).get(0).get("id");

        // keep the home email by id, change the work email's type by id, add one; drop the phone; send the address
        // again without its id; swap a tag; keep the external id
        var updated = officer.put(
                "/api/constituents/" + created.get("id"),
                anIndividual("Rita", "Rows" + unique)
                        .with(
                                "emails",
                                List.of(
                                        Map.of("id", homeId, "address", home, "primary", true),
                                        Map.of("id", workId, "address", work, "type", "WORK"),
                                        Map.of("address", "new" + unique + "@example.org")))
                        .with("addresses", List.of(address))
                        .with("tags", List.of("beta", "gamma"))
                        .with("externalIds", List.of(Map.of("source", "legacy", "id", "r" + unique)))
                        .with("version", 0)
                        .build());

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        var after = updated.json();
        var afterEmails = (List<Map<String, Object>>) after.get("emails");
        assertThat(afterEmails).hasSize(3);
        assertThat(afterEmails)
                .anySatisfy(e -> assertThat(e).containsEntry("id", homeId).containsEntry("primary", true))
                .anySatisfy(e -> assertThat(e).containsEntry("id", workId).containsEntry("type", "WORK"))
                .anySatisfy(e -> assertThat(e)
                        .containsEntry("address", "new" + unique + "@example.org")
                        .doesNotContainEntry("id", homeId)
                        .doesNotContainEntry("id", workId));
        assertThat((List<?>) after.get("phones")).isEmpty();
        assertThat((List<Map<String, Object>>) after.get("addresses"))
                .singleElement()
                .satisfies(a -> assertThat(a).containsEntry("id", addressId));
        assertThat((List<String>) after.get("tags")).containsExactly("beta", "gamma");
        assertThat((List<Map<String, Object>>) after.get("externalIds"))
                .singleElement()
                .satisfies(x -> assertThat(x).containsEntry("id", "r" + unique));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmailIdOfAnotherConstituentIsNotTakenOver() {
        var other = officer.post(
                        "/api/constituents",
                        anIndividual("Otto", "Other" + unique).build())
                .json();
        Object othersEmailId =
                ((List<Map<String, Object>>) other.get("emails")).get(0).get("id");
        String mine = officer.post(
                        "/api/constituents",
                        anIndividual("Mia", "Mine" + unique).build())
                .string("id");

        var reply = officer.put(
                "/api/constituents/" + mine,
                anIndividual("Mia", "Mine" + unique)
                        .with(
                                "emails",
                                List.of(Map.of("id", othersEmailId, "address", "mia" + unique + "@example.org")))
                        .with("version", 0)
                        .build());

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(officer.get("/api/constituents/" + other.get("id"))
                        .json()
                        .get("emails")
                        .toString())
                .contains("otto.other" + unique.toLowerCase());
    }

    @Test
    void externalIdsAreUniquePerSource() {
        officer.post(
                "/api/constituents",
                anIndividual("A", "One" + unique)
                        .with("externalIds", List.of(Map.of("source", "civicrm", "id", "x" + unique)))
                        .build());

        var clash = officer.post(
                "/api/constituents",
                anIndividual("B", "Two" + unique)
                        .with("externalIds", List.of(Map.of("source", "CiviCRM", "id", "x" + unique)))
                        .build());

        assertProblem(clash, 409, "constituents.external-id-taken");
    }

    @Test
    void deleteHidesAndAnAdminRestores() {
        String id = officer.post(
                        "/api/constituents",
                        anIndividual("Del", "Eted" + unique).build())
                .string("id");
        Api admin = TestUsers.admin(Api.of(server, json));

        assertThat(officer.delete("/api/constituents/" + id + "?reason=asked%20to%20be%20removed")
                        .status())
                .isEqualTo(204);

        assertProblem(officer.get("/api/constituents/" + id), 404, "constituents.not-found");
        assertThat(names(officer.get("/api/constituents?q=eted" + unique))).isEmpty();
        assertThat(officer.get("/api/constituents/" + id + "?includeDeleted=true")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/constituents/" + id + "?includeDeleted=true").json())
                .containsEntry("deleted", true);
        assertProblem(officer.post("/api/constituents/" + id + "/restore", Map.of()), 403, "auth.forbidden");
        assertThat(admin.post("/api/constituents/" + id + "/restore", Map.of()).json())
                .containsEntry("deleted", false);
        assertThat(officer.get("/api/constituents/" + id).status()).isEqualTo(200);
        assertProblem(admin.post("/api/constituents/" + id + "/restore", Map.of()), 422, "constituents.not-deleted");
    }

    @Test
    void deleteRestoreConsentAndHouseholdChangesAreAudited() {
        Api admin = TestUsers.admin(Api.of(server, json));
        String me = officer.get("/api/me").string("username");
        String last = "Aud" + unique;
        String jane = officer.post(
                        "/api/constituents", anIndividual("Jane", last).build())
                .string("id");
        String household =
                officer.post("/api/constituents", aHousehold().build()).string("id");
        String other = officer.post(
                        "/api/constituents",
                        aHousehold()
                                .with("name", "Other " + unique)
                                .with("nameGenerated", false)
                                .build())
                .string("id");

        assertThat(officer.delete("/api/constituents/" + jane + "?reason=entered%20twice")
                        .status())
                .isEqualTo(204);
        assertThat(admin.post("/api/constituents/" + jane + "/restore", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(officer.post(
                                "/api/constituents/" + jane + "/consents",
                                Map.of(
                                        "channel", "EMAIL",
                                        "purpose", "NEWSLETTERS",
                                        "status", "OPT_OUT",
                                        "source", "phone call",
                                        "statement", "No more newsletters"))
                        .status())
                .isEqualTo(201);
        assertThat(officer.post("/api/constituents/" + household + "/members", Map.of("memberId", jane))
                        .status())
                .isEqualTo(200);
        assertThat(officer.post("/api/constituents/" + other + "/members", Map.of("memberId", jane))
                        .status())
                .isEqualTo(200);
        assertThat(officer.delete("/api/constituents/" + other + "/members/" + jane)
                        .status())
                .isEqualTo(200);

        var janes =
                admin.get("/api/audit?entityType=constituent&entityId=" + jane).items();
        assertThat(janes)
                .extracting(e -> e.get("action"))
                .containsExactly("CONSENT_RECORDED", "RESTORED", "DELETED", "CREATED");
        assertThat(janes.get(0))
                .containsEntry("actor", me)
                .containsEntry("entityType", "constituent")
                .containsEntry("entityId", jane)
                .containsEntry("reason", "No more newsletters")
                .containsEntry("changes", List.of(Map.of("field", "consent.EMAIL.NEWSLETTERS", "to", "OPT_OUT")));
        assertThat(janes.get(1))
                .containsEntry("actor", "admin")
                .containsEntry("changes", List.of(Map.of("field", "deleted", "from", "true", "to", "false")));
        assertThat(janes.get(2))
                .containsEntry("actor", me)
                .containsEntry("reason", "entered twice")
                .containsEntry("changes", List.of(Map.of("field", "deleted", "from", "false", "to", "true")));

        String name = "Jane " + last;
        var households = admin.get("/api/audit?entityType=constituent&entityId=" + household)
                .items();
        assertThat(households).extracting(e -> e.get("action")).containsExactly("UPDATED", "UPDATED", "CREATED");
        assertThat(households.get(1))
                .containsEntry("actor", me)
                .containsEntry("changes", List.of(Map.of("field", "members", "to", name)));
        assertThat(households.get(0))
                .as("moving to another household ends the membership here")
                .containsEntry("changes", List.of(Map.of("field", "members", "from", name)))
                .containsEntry("reason", "member moved to Other " + unique);
        var others =
                admin.get("/api/audit?entityType=constituent&entityId=" + other).items();
        assertThat(others).extracting(e -> e.get("action")).containsExactly("UPDATED", "UPDATED", "CREATED");
        assertThat(others.get(1)).containsEntry("changes", List.of(Map.of("field", "members", "to", name)));
        assertThat(others.get(0))
                .as("removing a member")
                .containsEntry("actor", me)
                .containsEntry("changes", List.of(Map.of("field", "members", "from", name)));
    }

    @Test
    void searchFindsByNamePrefixEmailPhonePostalCodeTagAndText() {
        String last = "Zyx" + unique;
        officer.post(
                "/api/constituents",
                anIndividual("Zoë", last)
                        .with("phones", List.of(Map.of("number", "(555) 123-4567")))
                        .with("addresses", List.of(Map.of("city", "Boston", "postalCode", "02134")))
                        .with("tags", List.of("tag-" + unique))
                        .with("notes", "Loves the orchard " + unique)
                        .build());
        officer.post("/api/constituents", anIndividual("Adam", last).build());
        officer.post("/api/constituents", anOrganization(last + " Foundation").build());

        assertThat(names(officer.get("/api/constituents?q=" + last.toLowerCase())))
                .containsExactly(last + " Foundation", "Adam " + last, "Zoë " + last);
        assertThat(names(officer.get("/api/constituents?q=zoe%20" + last.substring(0, last.length() - 1))))
                .containsExactly("Zoë " + last);
        assertThat(names(officer.get("/api/constituents?q=" + last + ",%20ad"))).containsExactly("Adam " + last);
        assertThat(names(officer.get("/api/constituents?q=" + last + "&type=ORGANIZATION")))
                .containsExactly(last + " Foundation");
        assertThat(names(officer.get("/api/constituents?q=zo%C3%AB." + last.toLowerCase() + "@")))
                .containsExactly("Zoë " + last);
        assertThat(names(officer.get("/api/constituents?tag=tag-" + unique))).containsExactly("Zoë " + last);
        assertThat(names(officer.get("/api/constituents?text=orchard%20" + unique)))
                .containsExactly("Zoë " + last);
        assertThat(names(officer.get("/api/constituents?postalCode=0213&q=" + last)))
                .containsExactly("Zoë " + last);
        var page = officer.get("/api/constituents?q=" + last + "&size=2&page=1&sort=-name");
        assertThat(page.json()).containsEntry("total", 3).containsEntry("page", 1);
        assertThat(names(page)).containsExactly(last + " Foundation");
        var full = officer.get("/api/constituents?q=" + last + "&size=2&sort=-name"); // full page: counted
        assertThat(full.json()).containsEntry("total", 3).doesNotContainKey("totalCapped");
        assertThat(names(full)).containsExactly("Zoë " + last, "Adam " + last);
        assertThat(names(officer.get("/api/constituents?q=" + last + "&size=2&page=5")))
                .isEmpty();
        assertThat(officer.get("/api/constituents?q=" + last + "&size=2&page=5").json())
                .containsEntry("total", 3);
        var item = officer.get("/api/constituents?q=" + last + "&tag=tag-" + unique)
                .items()
                .get(0);
        assertThat(item)
                .containsEntry("primaryPhone", "(555) 123-4567")
                .containsEntry("city", "Boston")
                .containsEntry("tags", List.of("tag-" + unique));
        // untagged rows carry an empty list, never a missing member
        assertThat(officer.get("/api/constituents?q=" + last).items())
                .extracting(i -> i.get("tags"))
                .containsExactlyInAnyOrder(List.of("tag-" + unique), List.of(), List.of());
        assertViolations(officer.get("/api/constituents?sort=password"), "sort");
        assertViolations(officer.get("/api/constituents?size=100000"), "size");
    }

    @Test
    void searchRowsCarryEveryTagHoweverManyAndLong() {
        // 50 tags of 60 characters: far past the 1,024 bytes GROUP_CONCAT keeps on a default MySQL 8
        List<String> tags = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> String.format("%02d-", i) + "x".repeat(57))
                .toList();
        String last = "Tagful" + unique;
        officer.post(
                "/api/constituents",
                anIndividual("Many", last).with("tags", tags).build());
        officer.post(
                "/api/constituents",
                anIndividual("Few", last)
                        .with("tags", List.of("b, with comma", "a"))
                        .build());

        var items = officer.get("/api/constituents?q=" + last).items();

        assertThat(items).extracting(i -> i.get("tags")).containsExactly(List.of("a", "b, with comma"), tags);
    }

    @Test
    void householdsGenerateNamesAndKeepMembershipHistory() {
        String last = "Doe" + unique;
        String jane = officer.post(
                        "/api/constituents",
                        anIndividual("Jane", last).with("prefix", "Ms.").build())
                .string("id");
        String john = officer.post(
                        "/api/constituents",
                        anIndividual("John", last).with("prefix", "Mr.").build())
                .string("id");
        String household =
                officer.post("/api/constituents", aHousehold().build()).string("id");
        String other = officer.post(
                        "/api/constituents",
                        aHousehold()
                                .with("name", "Elsewhere " + unique)
                                .with("nameGenerated", false)
                                .build())
                .string("id");

        officer.post(
                "/api/constituents/" + household + "/members", Map.of("memberId", jane, "startDate", "2020-01-01"));
        var both = officer.post("/api/constituents/" + household + "/members", Map.of("memberId", john));

        assertThat(both.status()).isEqualTo(200);
        assertThat(both.json().get("household").toString()).contains("displayName=Jane & John " + last);
        assertThat(both.json())
                .containsEntry("formalSalutation", "Ms. Jane " + last + " and Mr. John " + last)
                .containsEntry("informalSalutation", "Jane and John");
        assertThat(officer.get("/api/constituents/" + jane)
                        .json()
                        .get("household")
                        .toString())
                .contains(household);

        officer.post("/api/constituents/" + other + "/members", Map.of("memberId", john));

        assertThat(officer.get("/api/constituents/" + household).json()).containsEntry("displayName", "Jane " + last);
        var history =
                officer.get("/api/constituents/" + john + "/household-history").jsonList();
        assertThat(history).hasSize(2);
        assertThat(history.toString()).contains("Elsewhere " + unique);
        assertThat(history)
                .filteredOn(h -> ((Map<?, ?>) h).get("endDate") == null)
                .hasSize(1);
        assertProblem(
                officer.post("/api/constituents/" + jane + "/members", Map.of("memberId", john)),
                422,
                "constituents.not-a-household");
        assertProblem(
                officer.post("/api/constituents/" + household + "/members", Map.of("memberId", other)),
                422,
                "constituents.not-an-individual");
        assertProblem(
                officer.delete("/api/constituents/" + household + "/members/" + john),
                422,
                "constituents.not-a-member");
        assertProblem(officer.delete("/api/constituents/" + household), 422, "constituents.household-has-members");
        assertViolations(officer.post("/api/constituents/" + household + "/members", Map.of()), "memberId");
    }

    @Test
    void consentIsALedgerAndSuppressionsWin() {
        String id = officer.post(
                        "/api/constituents",
                        anIndividual("Con", "Sent" + unique).build())
                .string("id");

        officer.post(
                "/api/constituents/" + id + "/consents",
                Map.of(
                        "channel",
                        "EMAIL",
                        "purpose",
                        "NEWSLETTERS",
                        "status",
                        "OPT_IN",
                        "source",
                        "web form",
                        "statement",
                        "Yes please"));
        var out = officer.post(
                "/api/constituents/" + id + "/consents",
                Map.of("channel", "EMAIL", "purpose", "NEWSLETTERS", "status", "OPT_OUT", "source", "phone call"));

        assertThat(out.status()).isEqualTo(201);
        assertThat(officer.get("/api/constituents/" + id + "/consents").jsonList())
                .hasSize(2);
        assertThat(officer.get("/api/constituents/" + id + "/outreach?channel=EMAIL&purpose=NEWSLETTERS")
                        .json())
                .containsEntry("allowed", false)
                .containsEntry("reasons", List.of("OPTED_OUT"));
        assertThat(officer.get("/api/constituents/" + id + "/outreach?channel=MAIL&purpose=FUNDRAISING")
                        .json())
                .containsEntry("allowed", true);
        officer.put(
                "/api/constituents/" + id,
                anIndividual("Con", "Sent" + unique)
                        .with("deceased", true)
                        .with("doNotSolicit", true)
                        .with("version", 0)
                        .build());
        assertThat(officer.get("/api/constituents/" + id + "/outreach?channel=MAIL&purpose=FUNDRAISING")
                        .json())
                .containsEntry("allowed", false)
                .containsEntry("reasons", List.of("DECEASED", "DO_NOT_SOLICIT"));
        var pigeon = officer.post(
                "/api/constituents/" + id + "/consents",
                Map.of("channel", "PIGEON", "purpose", "EVENTS", "status", "OPT_IN", "source", "x"));
        assertThat(assertProblem(pigeon, 400, "request.malformed").get("detail").toString())
                .contains("PIGEON", "EMAIL")
                .doesNotContain("org.steward", "Source:");
        assertViolations(
                officer.post(
                        "/api/constituents/" + id + "/consents",
                        Map.of("channel", "EMAIL", "purpose", "EVENTS", "status", "OPT_IN")),
                "source");
    }

    @Test
    void theSummaryIsOneRoundTrip() {
        String last = "Sum" + unique;
        String id = officer.post("/api/constituents", anIndividual("Sam", last).build())
                .string("id");
        String household =
                officer.post("/api/constituents", aHousehold().build()).string("id");
        officer.post("/api/constituents/" + household + "/members", Map.of("memberId", id));

        var summary = officer.get("/api/constituents/" + id + "/summary");

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json()).containsKeys("profile", "household", "consent");
        assertThat(summary.json().get("profile").toString()).contains("Sam " + last);
        assertThat(summary.json().get("household").toString()).contains("Sam " + last, "members");
        assertProblem(
                officer.get("/api/constituents/" + UUID.randomUUID() + "/summary"), 404, "constituents.not-found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachRoleSeesTheFieldsTheVisibilityTableGivesIt() {
        String id = officer.post(
                        "/api/constituents",
                        anIndividual("Vera", "Visible" + unique)
                                .with("birthDate", "1950-03-04")
                                .with("notes", "Considering a major gift of $50k")
                                .build())
                .string("id");
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api admin = TestUsers.admin(Api.of(server, json));

        for (Api reader : List.of(officer, admin)) {
            assertThat(reader.get("/api/constituents/" + id).json())
                    .containsEntry("birthDate", "1950-03-04")
                    .containsEntry("notes", "Considering a major gift of $50k");
            assertThat(reader.get("/api/constituents/" + id + "/summary").json().get("giving"))
                    .isNotNull();
        }
        var seen = coordinator.get("/api/constituents/" + id).json();
        assertThat(seen).containsEntry("lastName", "Visible" + unique).containsKey("emails");
        assertThat(seen).doesNotContainKeys("birthDate", "notes");
        var summary = coordinator.get("/api/constituents/" + id + "/summary").json();
        assertThat((Map<String, Object>) summary.get("profile")).doesNotContainKeys("birthDate", "notes");
        assertThat(summary.get("giving")).isNull();
        // nor found through the words of the notes
        assertViolations(coordinator.get("/api/constituents?text=major%20gift"), "text");
        assertThat(officer.get("/api/constituents?text=major%20gift%20" + unique)
                        .status())
                .isEqualTo(200);
        // the table is the one the API applies
        assertThat(FieldVisibility.RESTRICTED.keySet()).containsExactly("birthDate", "notes", "giving");
    }

    @Test
    void rolesAreEnforced() {
        String id = officer.post(
                        "/api/constituents", anIndividual("Rol", "Es" + unique).build())
                .string("id");
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");

        assertThat(coordinator.get("/api/constituents/" + id).status()).isEqualTo(200);
        assertThat(coordinator.get("/api/constituents/" + id + "/summary").status())
                .isEqualTo(200);
        assertProblem(
                coordinator.post("/api/constituents", anIndividual("X", "Y").build()), 403, "auth.forbidden");
        assertProblem(
                coordinator.put(
                        "/api/constituents/" + id,
                        anIndividual("X", "Y").with("version", 0).build()),
                403,
                "auth.forbidden");
        assertProblem(coordinator.delete("/api/constituents/" + id), 403, "auth.forbidden");
        String household =
                officer.post("/api/constituents", aHousehold().build()).string("id");
        for (String path : List.of(
                "/api/constituents/" + household + "/members",
                "/api/constituents/" + id + "/household-history",
                "/api/constituents/" + id + "/outreach?channel=EMAIL&purpose=NEWSLETTERS")) {
            assertThat(coordinator.get(path).status())
                    .as("coordinator GET %s", path)
                    .isEqualTo(200);
        }
        for (String path : List.of(
                "/api/constituents",
                "/api/constituents/" + id,
                "/api/constituents/" + id + "/summary",
                "/api/constituents/" + id + "/consents",
                "/api/constituents/" + household + "/members",
                "/api/constituents/" + id + "/household-history",
                "/api/constituents/" + id + "/outreach?channel=EMAIL&purpose=NEWSLETTERS")) {
            assertProblem(board.get(path), 403, "auth.forbidden");
        }
        assertProblem(board.post("/api/constituents", anIndividual("X", "Y").build()), 403, "auth.forbidden");
        assertProblem(Api.of(server, json).get("/api/constituents"), 401, "auth.unauthenticated");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.items().stream().map(i -> (String) i.get("displayName")).toList();
    }
}
