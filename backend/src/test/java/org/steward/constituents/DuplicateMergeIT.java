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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** Duplicate rules, scan, preview, merge and undo, through the HTTP API against the real database. */
@MicronautTest
class DuplicateMergeIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api officer;
    Api admin;
    String unique;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        admin = TestUsers.admin(Api.of(server, json));
        unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Leaves nothing behind for the next run's scan: what the test created is deleted (merged ones already are). */
    @AfterEach
    void cleanUp() {
        for (String id : created) {
            officer.delete("/api/constituents/" + id);
        }
    }

    @Test
    void eachRuleFindsItsPairAndOnlyThatRule() {
        String a1 = create(anIndividual("Ann", "Alpha" + unique)
                .with("emails", List.of(Map.of("address", "shared" + unique + "@example.org")))
                .build());
        String a2 = create(anIndividual("Bea", "Beta" + unique)
                .with("emails", List.of(Map.of("address", "SHARED" + unique + "@Example.org")))
                .build());

        String phone = randomDigits(10);
        String p1 = create(anIndividual("Cat", "Gamma" + unique)
                .with("phones", List.of(Map.of("number", "+1 " + phone)))
                .build());
        String p2 = create(anIndividual("Dan", "Delta" + unique)
                .with("phones", List.of(Map.of("number", "(" + phone.substring(0, 3) + ") " + phone.substring(3))))
                .build());

        String postal = "Q" + unique.toUpperCase();
        String n1 = create(anIndividual("Jane", "Postal" + unique)
                .with("addresses", List.of(Map.of("postalCode", postal.substring(0, 4) + " " + postal.substring(4))))
                .build());
        String n2 = create(anIndividual("Janet", "postal" + unique)
                .with("addresses", List.of(Map.of("line1", "elsewhere", "postalCode", postal.toLowerCase())))
                .build());

        String b1 = create(anIndividual("Eve", "Born" + unique)
                .with("birthDate", "1971-02-03")
                .with("emails", List.of(Map.of("address", "eve1" + unique + "@example.org")))
                .build());
        String b2 = create(anIndividual("eve", "BORN" + unique)
                .with("birthDate", "1971-02-03")
                .with("emails", List.of(Map.of("address", "eve2" + unique + "@example.org")))
                .build());

        String o1 = create(anOrganization("Acme " + unique + " Trust").build());
        String o2 = create(anOrganization("ACME  " + unique + " trust").build());

        assertThat(candidates(a1)).containsExactly(Map.of("b", a2, "reasons", List.of("same-email")));
        assertThat(candidates(p1)).containsExactly(Map.of("b", p2, "reasons", List.of("same-phone")));
        assertThat(candidates(n2)).containsExactly(Map.of("b", n1, "reasons", List.of("same-name-postal")));
        assertThat(candidates(b1)).containsExactly(Map.of("b", b2, "reasons", List.of("same-name-birthdate")));
        assertThat(candidates(o1)).containsExactly(Map.of("b", o2, "reasons", List.of("same-org-name")));
    }

    @Test
    void rulesNeedTheSameTypeAndEnoughPhoneDigits() {
        String person = create(anIndividual("Fay", "Types" + unique)
                .with("emails", List.of(Map.of("address", "types" + unique + "@example.org")))
                .with("phones", List.of(Map.of("number", "12345")))
                .build());
        create(anOrganization("Types " + unique)
                .with("emails", List.of(Map.of("address", "types" + unique + "@example.org")))
                .build());
        create(anIndividual("Gus", "Short" + unique)
                .with("phones", List.of(Map.of("number", "123-45")))
                .build());

        assertThat(officer.get("/api/constituents/" + person + "/duplicates").jsonList())
                .isEmpty();
    }

    @Test
    void theScanListsEachPairOnceWithAllItsReasonsAndLeavesDeletedOnesOut() {
        String phone = randomDigits(9);
        var body = anIndividual("Hal", "Scan" + unique)
                .with("emails", List.of(Map.of("address", "scan" + unique + "@example.org")))
                .with("phones", List.of(Map.of("number", phone)));
        String one = create(body.build());
        String two = create(body.with("firstName", "Harold").build());

        List<Map<String, Object>> mine = scanFor(one, "scan" + unique);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0))
                .containsEntry("reasons", List.of("same-email", "same-phone"))
                .containsEntry("score", 2);
        assertThat(List.of(id(mine.get(0).get("a")), id(mine.get(0).get("b")))).containsExactlyInAnyOrder(one, two);
        var first = officer.get("/api/constituents/duplicates?size=200").items();
        assertThat(first)
                .extracting(p -> (Integer) p.get("score"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // the name filter keeps the pairs where either side's sort name starts with it, in any case
        assertThat(scanFor(one, "SCAN" + unique + ", h")).hasSize(1);
        assertThat(scanFor(one, "Scan" + unique + "x")).isEmpty();
        assertThat(((Number) officer.get("/api/constituents/duplicates?name=Scan" + unique)
                                .json()
                                .get("total"))
                        .longValue())
                .isEqualTo(1L);
        assertThat(officer.get("/api/constituents/duplicates?name=%25").status())
                .as("a % is a character, not a wildcard")
                .isEqualTo(200);
        assertThat(officer.get("/api/constituents/duplicates?name=%25").items())
                .allSatisfy(p -> assertThat(p.get("a") + " " + p.get("b")).contains("%"));

        assertThat(officer.delete("/api/constituents/" + two).status()).isEqualTo(204);

        assertThat(scanFor(one, "Scan" + unique)).isEmpty();
        assertThat(officer.get("/api/constituents/" + one + "/duplicates").jsonList())
                .isEmpty();
        assertProblem(officer.get("/api/constituents/" + two + "/duplicates"), 404, "constituents.not-found");
    }

    @Test
    void aPairSaidNotToBeDuplicatesLeavesTheListsUntilAnAdministratorTakesItBack() {
        var body = anIndividual("Ida", "Office" + unique).with("phones", List.of(Map.of("number", randomDigits(10))));
        String one = create(body.build());
        String two = create(body.with("firstName", "Ivo").build());
        assertThat(scanFor(one, "Office" + unique)).hasSize(1);

        // two colleagues sharing an office phone: not the same person
        var said = officer.post(
                "/api/constituents/" + one + "/not-duplicates", Map.of("otherId", two, "reason", "Same office phone"));
        assertThat(said.status()).as(said.toString()).isEqualTo(201);
        assertThat(id(said.json().get("other"))).isEqualTo(two);
        assertThat(said.json()).containsEntry("reason", "Same office phone");
        assertThat(scanFor(one, "Office" + unique)).isEmpty();
        assertThat(((Number) officer.get("/api/constituents/duplicates?name=Office" + unique)
                                .json()
                                .get("total"))
                        .longValue())
                .isZero();
        assertThat(candidates(one)).isEmpty();
        assertThat(candidates(two)).isEmpty();
        // saying it again, from either side, changes nothing and answers what is stored
        var again = officer.post("/api/constituents/" + two + "/not-duplicates", Map.of("otherId", one));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json()).containsEntry("reason", "Same office phone");
        assertThat(officer.get("/api/constituents/" + two + "/not-duplicates").jsonList())
                .singleElement()
                .satisfies(d -> assertThat(id(((Map<?, ?>) d).get("other"))).isEqualTo(one));
        assertThat(auditActions(one)).contains("UPDATED");
        assertThat(admin.get("/api/audit?entityType=constituent&entityId=" + two)
                        .items())
                .anySatisfy(e -> assertThat(String.valueOf(e.get("changes"))).contains("notDuplicateOf", one));

        // only an administrator takes it back; then the rules pair them again
        assertProblem(officer.delete("/api/constituents/" + one + "/not-duplicates/" + two), 403, "auth.forbidden");
        assertThat(admin.delete("/api/constituents/" + two + "/not-duplicates/" + one)
                        .status())
                .isEqualTo(204);
        assertThat(candidates(one)).singleElement().satisfies(p -> assertThat(p.get("b"))
                .isEqualTo(two));
        assertProblem(
                admin.delete("/api/constituents/" + one + "/not-duplicates/" + two),
                404,
                "constituents.not-duplicate-not-found");
        assertThat(officer.get("/api/constituents/" + one + "/not-duplicates").jsonList())
                .isEmpty();

        // bad requests
        assertViolations(officer.post("/api/constituents/" + one + "/not-duplicates", Map.of()), "otherId");
        assertViolations(
                officer.post("/api/constituents/" + one + "/not-duplicates", Map.of("otherId", one)), "otherId");
        assertProblem(
                officer.post(
                        "/api/constituents/" + one + "/not-duplicates",
                        Map.of("otherId", UUID.randomUUID().toString())),
                404,
                "constituents.not-found");
    }

    @Test
    void theDuplicateCheckFindsWhoANewRecordProbablyIsBeforeItIsSaved() {
        String phone = randomDigits(10);
        String existing = create(anIndividual("Zoë", "Müller" + unique)
                .with("birthDate", "1980-05-06")
                .with("emails", List.of(Map.of("address", "zoe.mueller" + unique + "@example.org")))
                .with("phones", List.of(Map.of("number", "+1 " + phone)))
                .with("addresses", List.of(Map.of("postalCode", "ZZ" + unique.toUpperCase())))
                .build());
        String org = create(anOrganization("Check " + unique + " Foundation").build());
        int before = count("/api/constituents?size=1");

        // the same email (other case) and the same phone in another format: both reasons, strongest first
        var both = officer.post(
                "/api/constituents/duplicate-check",
                anIndividual("Zoe", "Mueller" + unique)
                        .with("emails", List.of(Map.of("address", "ZOE.MUELLER" + unique + "@Example.org")))
                        .with(
                                "phones",
                                List.of(Map.of("number", "(" + phone.substring(0, 3) + ") " + phone.substring(3))))
                        .build());
        assertThat(both.status()).as(both.toString()).isEqualTo(200);
        assertThat(both.jsonList()).hasSize(1);
        Map<?, ?> candidate = (Map<?, ?>) both.jsonList().get(0);
        assertThat(id(candidate.get("constituent"))).isEqualTo(existing);
        assertThat(candidate.get("reasons")).isEqualTo(List.of("same-email", "same-phone"));

        // name and birth date (accents folded), name and postal code
        assertThat(officer.post(
                                "/api/constituents/duplicate-check",
                                anIndividual("Zoe", "Muller" + unique)
                                        .with("birthDate", "1980-05-06")
                                        .build())
                        .jsonList())
                .singleElement()
                .satisfies(c -> assertThat(((Map<?, ?>) c).get("reasons")).isEqualTo(List.of("same-name-birthdate")));
        assertThat(officer.post(
                                "/api/constituents/duplicate-check",
                                anIndividual("Zelda", "müller" + unique)
                                        .with("addresses", List.of(Map.of("postalCode", "zz " + unique)))
                                        .build())
                        .jsonList())
                .singleElement()
                .satisfies(c -> assertThat(((Map<?, ?>) c).get("reasons")).isEqualTo(List.of("same-name-postal")));
        // an organization by its name; other types never match
        assertThat(officer.post(
                                "/api/constituents/duplicate-check",
                                anOrganization("CHECK  " + unique + " foundation")
                                        .build())
                        .jsonList())
                .singleElement()
                .satisfies(
                        c -> assertThat(id(((Map<?, ?>) c).get("constituent"))).isEqualTo(org));
        assertThat(officer.post(
                                "/api/constituents/duplicate-check",
                                anOrganization("Other " + unique)
                                        .with(
                                                "emails",
                                                List.of(Map.of("address", "zoe.mueller" + unique + "@example.org")))
                                        .build())
                        .jsonList())
                .isEmpty();
        // nobody like that: nothing; and nothing was saved by any check
        assertThat(officer.post(
                                "/api/constituents/duplicate-check",
                                anIndividual("Nobody", "Else" + unique).build())
                        .jsonList())
                .isEmpty();
        assertThat(count("/api/constituents?size=1")).isEqualTo(before);
        assertViolations(officer.post("/api/constituents/duplicate-check", Map.of()), "type");
    }

    private int count(String path) {
        return ((Number) officer.get(path).json().get("total")).intValue();
    }

    @Test
    void manyClientsSayingNotADuplicateAtOnceStoreItOnce() throws Exception {
        var body = anIndividual("Jo", "Crowd" + unique)
                .with("emails", List.of(Map.of("address", "crowd" + unique + "@example.org")));
        String one = create(body.build());
        String two = create(body.with("firstName", "Joe").build());
        int clients = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String from = c % 2 == 0 ? one : two;
            String to = c % 2 == 0 ? two : one;
            replies.add(pool.submit(() -> {
                start.await();
                return officer.post("/api/constituents/" + from + "/not-duplicates", Map.of("otherId", to));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var reply : replies) {
            Api.Reply r = reply.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.status()).as(r.toString()).isIn(200, 201);
            statuses.add(r.status());
        }
        pool.shutdown();
        assertThat(statuses).as("exactly one client stored it").containsOnlyOnce(201);
        assertThat(officer.get("/api/constituents/" + one + "/not-duplicates").jsonList())
                .hasSize(1);
        assertThat(admin.get("/api/audit?entityType=constituent&entityId=" + one).items().stream()
                        .filter(e -> String.valueOf(e.get("changes")).contains("notDuplicateOf"))
                        .count())
                .as("audited once")
                .isEqualTo(1);
        assertThat(candidates(one)).isEmpty();
    }

    @Test
    void aSwitchedOffRuleStopsFindingAndOnlyAdministratorsSwitch() {
        String one = create(anIndividual("Ida", "Rule" + unique)
                .with("emails", List.of(Map.of("address", "rule" + unique + "@example.org")))
                .build());
        String two = create(anIndividual("Ivy", "Other" + unique)
                .with("emails", List.of(Map.of("address", "rule" + unique + "@example.org")))
                .build());
        assertThat(candidates(one)).hasSize(1);

        assertProblem(
                officer.put("/api/constituents/duplicate-rules/same-email", Map.of("enabled", false)),
                403,
                "auth.forbidden");
        try {
            var off = admin.put("/api/constituents/duplicate-rules/same-email", Map.of("enabled", false));
            assertThat(off.status()).as(off.toString()).isEqualTo(200);
            assertThat(off.json()).containsEntry("enabled", false).containsEntry("updatedBy", "admin");

            assertThat(candidates(one)).isEmpty();
            assertThat(scanFor(one, "Rule" + unique)).isEmpty();
            assertThat(officer.get("/api/constituents/duplicate-rules").jsonList())
                    .extracting(r -> ((Map<?, ?>) r).get("code") + "=" + ((Map<?, ?>) r).get("enabled"))
                    .containsExactly(
                            "same-email=false",
                            "same-phone=true",
                            "same-name-postal=true",
                            "same-name-birthdate=true",
                            "same-org-name=true");
            var audit = admin.get("/api/audit?entityType=duplicate-rule&entityId=same-email")
                    .items();
            assertThat(audit.get(0).get("changes").toString()).contains("field=enabled", "from=true", "to=false");
        } finally {
            assertThat(admin.put("/api/constituents/duplicate-rules/same-email", Map.of("enabled", true))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(candidates(one)).containsExactly(Map.of("b", two, "reasons", List.of("same-email")));
        assertProblem(
                admin.put("/api/constituents/duplicate-rules/same-shoe-size", Map.of("enabled", true)),
                404,
                "constituents.duplicate-rule-not-found");
        assertViolations(admin.put("/api/constituents/duplicate-rules/same-email", Map.of()), "enabled");
    }

    @Test
    void thePreviewShowsWhatWouldMoveAndFill() {
        var pair = aPairToMerge();

        var preview =
                officer.get("/api/constituents/" + pair.survivor() + "/merge-preview?duplicateId=" + pair.duplicate());

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        var p = preview.json();
        assertThat(id(p.get("survivor"))).isEqualTo(pair.survivor());
        assertThat(id(p.get("duplicate"))).isEqualTo(pair.duplicate());
        assertThat((List<Map<String, Object>>) p.get("fields"))
                .extracting(f -> f.get("field") + "=" + f.get("duplicateValue"))
                .containsExactly("middleName=Quinn", "birthDate=1970-05-06", "doNotSolicit=true");
        Map<String, Object> moves = (Map<String, Object>) p.get("moves");
        assertThat((List<Map<String, Object>>) moves.get("emails"))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("address", "work" + unique + "@example.org")
                        .containsEntry("primary", false));
        assertThat((List<Map<String, Object>>) moves.get("phones")).hasSize(1);
        assertThat((List<Object>) moves.get("tags")).containsExactly("volunteer");
        assertThat((List<Object>) moves.get("externalIds")).hasSize(1);
        assertThat((List<Object>) moves.get("addresses")).hasSize(1);
        assertThat((Map<String, Object>) p.get("household")).containsEntry("action", "SURVIVOR_TAKES_PLACE");
        assertThat((List<Map<String, Object>>) p.get("participants"))
                .extracting(participant -> participant.get("count"))
                .containsOnly(0);
        assertViolations(officer.get("/api/constituents/" + pair.survivor() + "/merge-preview"), "duplicateId");
    }

    @Test
    void aMergeMovesFillsAndSoftDeletesAndAnUndoRestoresBothExactly() {
        var pair = aPairToMerge();
        String s = pair.survivor();
        String d = pair.duplicate();
        var survivorBefore = officer.get("/api/constituents/" + s).json();
        var duplicateBefore = officer.get("/api/constituents/" + d).json();

        var merged = officer.post(
                "/api/constituents/" + s + "/merge",
                Map.of("duplicateId", d, "version", survivorBefore.get("version"), "reason", "same person"));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        String mergeId = merged.string("mergeId");
        var survivor = (Map<String, Object>) merged.json().get("survivor");
        assertThat(survivor)
                .containsEntry("middleName", "Quinn")
                .containsEntry("birthDate", "1970-05-06")
                .containsEntry("notes", "the survivor's notes")
                .containsEntry("doNotSolicit", true);
        List<Map<String, Object>> emails = (List<Map<String, Object>>) survivor.get("emails");
        assertThat(emails)
                .extracting(e -> e.get("address") + (Boolean.TRUE.equals(e.get("primary")) ? " (primary)" : ""))
                .containsExactly("jane" + unique + "@example.org (primary)", "work" + unique + "@example.org");
        assertThat((List<Map<String, Object>>) survivor.get("phones"))
                .extracting(ph -> ph.get("primary"))
                .containsExactlyInAnyOrder(true, false);
        assertThat((List<Object>) survivor.get("tags")).containsExactly("donor", "volunteer");
        assertThat(survivor.get("externalIds").toString()).contains("dup-" + unique);
        assertThat(survivor.get("household").toString()).contains(pair.household());

        // old links to the duplicate lead to the survivor
        var gone = officer.get("/api/constituents/" + d);
        assertProblem(gone, 404, "constituents.merged");
        assertThat(gone.json()).containsEntry("mergedInto", s).doesNotContainKey("extensions");
        assertThat(officer.get("/api/constituents/" + d + "/summary").json()).containsEntry("mergedInto", s);
        assertThat(admin.get("/api/constituents/" + d + "?includeDeleted=true").json())
                .containsEntry("deleted", true)
                .containsEntry("mergedInto", s);
        assertThat(auditActions(s)).contains("MERGED");
        assertThat(auditActions(d)).contains("MERGED");
        assertThat(admin.get("/api/audit?entityType=constituent&entityId=" + d)
                        .items()
                        .get(0)
                        .get("reason")
                        .toString())
                .contains("merged into", "same person");
        assertThat(officer.get("/api/constituents/" + s + "/merges").jsonList())
                .singleElement()
                .satisfies(m -> assertThat((Map<String, Object>) m)
                        .containsEntry("id", mergeId)
                        .containsEntry("filledFields", List.of("middleName", "birthDate", "doNotSolicit")));
        assertProblem(
                officer.post("/api/constituents/" + s + "/merge", Map.of("duplicateId", d)),
                409,
                "constituents.already-merged");

        assertProblem(officer.post("/api/constituents/merges/" + mergeId + "/undo", Map.of()), 403, "auth.forbidden");
        var undone = admin.post("/api/constituents/merges/" + mergeId + "/undo", Map.of());

        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(comparable(officer.get("/api/constituents/" + s).json())).isEqualTo(comparable(survivorBefore));
        assertThat(comparable(officer.get("/api/constituents/" + d).json())).isEqualTo(comparable(duplicateBefore));
        assertThat(auditActions(s)).contains("MERGE_UNDONE");
        assertThat(auditActions(d)).contains("MERGE_UNDONE");
        assertThat(officer.get("/api/constituents/" + s + "/merges").jsonList())
                .singleElement()
                .satisfies(m -> assertThat((Map<String, Object>) m).containsEntry("undoneBy", "admin"));
        assertProblem(
                admin.post("/api/constituents/merges/" + mergeId + "/undo", Map.of()),
                409,
                "constituents.merge-already-undone");
        assertProblem(
                admin.post("/api/constituents/merges/" + UUID.randomUUID() + "/undo", Map.of()),
                404,
                "constituents.merge-not-found");
        // undone, the pair can be merged again
        assertThat(officer.post("/api/constituents/" + s + "/merge", Map.of("duplicateId", d))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void mergingHouseholdsMovesTheMembersAndUndoPutsThemBack() {
        String jane = create(anIndividual("Jane", "House" + unique).build());
        String john = create(anIndividual("John", "House" + unique).build());
        String first = create(aHousehold().build());
        String second = create(aHousehold().build());
        officer.post("/api/constituents/" + first + "/members", Map.of("memberId", jane));
        officer.post("/api/constituents/" + second + "/members", Map.of("memberId", john));
        var firstBefore = officer.get("/api/constituents/" + first).json();
        var secondBefore = officer.get("/api/constituents/" + second).json();

        var preview = officer.get("/api/constituents/" + first + "/merge-preview?duplicateId=" + second)
                .json();
        assertThat((Map<String, Object>) preview.get("household"))
                .containsEntry("action", "MEMBERS_MOVE")
                .containsEntry("members", 1);
        var merged = officer.post("/api/constituents/" + first + "/merge", Map.of("duplicateId", second));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(officer.get("/api/constituents/" + first + "/members")
                        .json()
                        .get("members")
                        .toString())
                .contains(jane, john);
        assertThat(officer.get("/api/constituents/" + first).json())
                .containsEntry("displayName", "Jane & John House" + unique);

        assertThat(admin.post("/api/constituents/merges/" + merged.string("mergeId") + "/undo", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(comparable(officer.get("/api/constituents/" + first).json())).isEqualTo(comparable(firstBefore));
        assertThat(comparable(officer.get("/api/constituents/" + second).json()))
                .isEqualTo(comparable(secondBefore));
        assertThat(officer.get("/api/constituents/" + john)
                        .json()
                        .get("household")
                        .toString())
                .contains(second);
        // households keep their members: move them out before the clean-up deletes them
        officer.delete("/api/constituents/" + first + "/members/" + jane);
        officer.delete("/api/constituents/" + second + "/members/" + john);
    }

    @Test
    void mergesAreRefusedWhenTheyCannotBeDone() {
        String one = create(anIndividual("Kim", "Refuse" + unique).build());
        String two = create(anIndividual("Kit", "Refuse" + unique).build());
        String org = create(anOrganization("Refuse " + unique).build());
        String gone = create(anIndividual("Lou", "Gone" + unique).build());
        officer.delete("/api/constituents/" + gone);

        assertProblem(
                officer.post("/api/constituents/" + one + "/merge", Map.of("duplicateId", one)),
                422,
                "constituents.merge-self");
        assertProblem(
                officer.post("/api/constituents/" + one + "/merge", Map.of("duplicateId", org)),
                422,
                "constituents.merge-type-mismatch");
        assertProblem(
                officer.get("/api/constituents/" + one + "/merge-preview?duplicateId=" + org),
                422,
                "constituents.merge-type-mismatch");
        assertProblem(
                officer.post("/api/constituents/" + one + "/merge", Map.of("duplicateId", gone)),
                404,
                "constituents.not-found");
        assertProblem(
                officer.post("/api/constituents/" + UUID.randomUUID() + "/merge", Map.of("duplicateId", two)),
                404,
                "constituents.not-found");
        assertProblem(
                officer.post("/api/constituents/" + one + "/merge", Map.of("duplicateId", two, "version", 7)),
                409,
                "common.stale-version");
        assertViolations(officer.post("/api/constituents/" + one + "/merge", Map.of()), "duplicateId");
        // nothing happened
        assertThat(officer.get("/api/constituents/" + two).status()).isEqualTo(200);
        assertThat(officer.get("/api/constituents/" + one + "/merges").jsonList())
                .isEmpty();
    }

    @Test
    void rolesAreEnforced() {
        String one = create(anIndividual("Max", "Roles" + unique).build());
        String two = create(anIndividual("Mia", "Roles" + unique).build());
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");

        assertProblem(
                coordinator.post("/api/constituents/" + one + "/merge", Map.of("duplicateId", two)),
                403,
                "auth.forbidden");
        assertProblem(coordinator.get("/api/constituents/duplicates"), 403, "auth.forbidden");
        for (Api refused : List.of(board)) {
            assertProblem(refused.get("/api/constituents/duplicates"), 403, "auth.forbidden");
            assertProblem(refused.get("/api/constituents/duplicate-rules"), 403, "auth.forbidden");
            assertProblem(refused.get("/api/constituents/" + one + "/duplicates"), 403, "auth.forbidden");
            assertProblem(
                    refused.get("/api/constituents/" + one + "/merge-preview?duplicateId=" + two),
                    403,
                    "auth.forbidden");
            assertProblem(
                    refused.post("/api/constituents/" + one + "/merge", Map.of("duplicateId", two)),
                    403,
                    "auth.forbidden");
            assertProblem(refused.get("/api/constituents/" + one + "/merges"), 403, "auth.forbidden");
            assertProblem(
                    refused.post("/api/constituents/merges/" + UUID.randomUUID() + "/undo", Map.of()),
                    403,
                    "auth.forbidden");
            assertProblem(
                    refused.put("/api/constituents/duplicate-rules/same-email", Map.of("enabled", false)),
                    403,
                    "auth.forbidden");
        }
        assertThat(officer.get("/api/constituents/" + two).status()).isEqualTo(200);
    }

    record Pair(String survivor, String duplicate, String household) {}

    /** A survivor and a duplicate that overlap (one email, one phone, one tag) and differ (fields, the rest). */
    private Pair aPairToMerge() {
        String last = "Merge" + unique;
        String phone = randomDigits(10);
        String survivor = create(anIndividual("Jane", last)
                .with("emails", List.of(Map.of("address", "jane" + unique + "@example.org", "primary", true)))
                .with("phones", List.of(Map.of("number", phone, "primary", true)))
                .with("tags", List.of("donor"))
                .with("notes", "the survivor's notes")
                .build());
        String duplicate = create(anIndividual("Jane", last)
                .with("middleName", "Quinn")
                .with("birthDate", "1970-05-06")
                .with("notes", "the duplicate's notes")
                .with("doNotSolicit", true)
                .with(
                        "emails",
                        List.of(
                                Map.of("address", "JANE" + unique + "@example.org", "primary", true),
                                Map.of("address", "work" + unique + "@example.org", "type", "WORK")))
                .with(
                        "phones",
                        List.of(
                                Map.of("number", "+1 " + phone, "primary", true),
                                Map.of("number", randomDigits(10), "type", "WORK")))
                .with("addresses", List.of(Map.of("line1", "1 Main St", "postalCode", "M" + unique)))
                .with("tags", List.of("donor", "volunteer"))
                .with("externalIds", List.of(Map.of("source", "civicrm", "id", "dup-" + unique)))
                .build());
        String household = create(aHousehold().build());
        var joined = officer.post("/api/constituents/" + household + "/members", Map.of("memberId", duplicate));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        return new Pair(survivor, duplicate, household);
    }

    @Test
    void aMergeWhoseSurvivorWasDeletedOrMergedSinceCannotBeUndoneUntilThatIsReversed() {
        String s = create(anIndividual("Una", "Undo" + unique).build());
        String d = create(anIndividual("Uma", "Undo" + unique).build());
        String t = create(anIndividual("Ute", "Undo" + unique).build());
        String first = mergeInto(s, d);
        String undoFirst = "/api/constituents/merges/" + first + "/undo";

        // the survivor was deleted since
        assertThat(officer.delete("/api/constituents/" + s).status()).isEqualTo(204);
        assertThat(assertProblem(admin.post(undoFirst, Map.of()), 409, "constituents.merge-undo-blocked")
                        .get("detail")
                        .toString())
                .contains("deleted");
        assertThat(admin.get("/api/constituents/" + d + "?includeDeleted=true").json())
                .as("a blocked undo changes nothing")
                .containsEntry("mergedInto", s);
        assertThat(admin.post("/api/constituents/" + s + "/restore", Map.of()).status())
                .isEqualTo(200);

        // the survivor was merged into a third constituent since
        String second = mergeInto(t, s);
        assertThat(assertProblem(admin.post(undoFirst, Map.of()), 409, "constituents.merge-undo-blocked")
                        .get("detail")
                        .toString())
                .contains(t);
        assertProblem(officer.get("/api/constituents/" + d), 404, "constituents.merged");

        // undoing the later merge first unblocks the earlier one
        assertThat(admin.post("/api/constituents/merges/" + second + "/undo", Map.of())
                        .status())
                .isEqualTo(200);
        var undone = admin.post(undoFirst, Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(officer.get("/api/constituents/" + d).json()).containsEntry("firstName", "Uma");
    }

    private String mergeInto(String survivor, String duplicate) {
        var version = officer.get("/api/constituents/" + survivor).json().get("version");
        var merged = officer.post(
                "/api/constituents/" + survivor + "/merge",
                Map.of("duplicateId", duplicate, "version", version, "reason", "same person"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        return merged.string("mergeId");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMergeKeepsWhatTheUserChoseFieldByFieldAndAnUndoPutsItBack() {
        String s = create(anIndividual("Jon", "Choice" + unique)
                .with("birthDate", "1970-01-01")
                .with(
                        "emails",
                        List.of(
                                Map.of("address", "old" + unique + "@example.org", "primary", true),
                                Map.of("address", "both" + unique + "@example.org")))
                .build());
        String d = create(anIndividual("Jonathan", "Choice" + unique)
                .with("birthDate", "1971-02-03")
                .with("emails", List.of(Map.of("address", "new" + unique + "@example.org", "primary", true)))
                .build());

        var preview = officer.get("/api/constituents/" + s + "/merge-preview?duplicateId=" + d);
        assertThat((List<Map<String, Object>>) preview.json().get("choices"))
                .contains(
                        Map.of("field", "firstName", "survivorValue", "Jon", "duplicateValue", "Jonathan"),
                        Map.of("field", "birthDate", "survivorValue", "1970-01-01", "duplicateValue", "1971-02-03"),
                        Map.of(
                                "field",
                                "primaryEmail",
                                "survivorValue",
                                "old" + unique + "@example.org",
                                "duplicateValue",
                                "new" + unique + "@example.org"));
        assertViolations(
                officer.post(
                        "/api/constituents/" + s + "/merge",
                        Map.of("duplicateId", d, "fromDuplicate", List.of("firstName", "deceased"))),
                "fromDuplicate");

        var merged = officer.post(
                "/api/constituents/" + s + "/merge",
                Map.of("duplicateId", d, "fromDuplicate", List.of("firstName", "birthDate", "primaryEmail")));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        var survivor = officer.get("/api/constituents/" + s).json();
        assertThat(survivor)
                .containsEntry("firstName", "Jonathan")
                .containsEntry("birthDate", "1971-02-03")
                .containsEntry("displayName", "Jonathan Choice" + unique);
        assertThat(primaryEmail(survivor)).isEqualTo("new" + unique + "@example.org");
        assertThat((List<?>) survivor.get("emails")).hasSize(3);

        var undone = admin.post("/api/constituents/merges/" + merged.string("mergeId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        var back = officer.get("/api/constituents/" + s).json();
        assertThat(back).containsEntry("firstName", "Jon").containsEntry("birthDate", "1970-01-01");
        assertThat(primaryEmail(back)).isEqualTo("old" + unique + "@example.org");
        assertThat((List<?>) back.get("emails")).hasSize(2);
        assertThat(primaryEmail(officer.get("/api/constituents/" + d).json()))
                .isEqualTo("new" + unique + "@example.org");
    }

    @SuppressWarnings("unchecked")
    private static String primaryEmail(Map<String, Object> constituent) {
        return ((List<Map<String, Object>>) constituent.get("emails"))
                .stream()
                        .filter(e -> Boolean.TRUE.equals(e.get("primary")))
                        .map(e -> (String) e.get("address"))
                        .findFirst()
                        .orElse(null);
    }

    private String create(Map<String, Object> body) {
        var reply = officer.post("/api/constituents", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.string("id");
        created.add(0, id);
        return id;
    }

    /** The candidates of one constituent, as {b: id, reasons: [...]}. */
    private List<Map<String, Object>> candidates(String id) {
        var reply = officer.get("/api/constituents/" + id + "/duplicates");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonList().stream()
                .map(o -> (Map<String, Object>) o)
                .peek(p -> assertThat(id(p.get("a"))).isEqualTo(id))
                .map(p -> Map.<String, Object>of("b", id(p.get("b")), "reasons", p.get("reasons")))
                .toList();
    }

    /**
     * The pairs of the scan that involve this constituent, reading every page of the pairs whose sort names start
     * with {@code name}: the test database keeps what other tests and earlier runs left, so the whole scan grows.
     */
    private List<Map<String, Object>> scanFor(String id, String name) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            var reply = officer.get("/api/constituents/duplicates?size=200&page=" + page + "&name="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            var items = reply.items();
            items.stream()
                    .filter(p -> id.equals(id(p.get("a"))) || id.equals(id(p.get("b"))))
                    .forEach(found::add);
            if (items.size() < 200) {
                break;
            }
        }
        return found;
    }

    private List<Object> auditActions(String id) {
        return admin.get("/api/audit?entityType=constituent&entityId=" + id).items().stream()
                .map(e -> e.get("action"))
                .toList();
    }

    private static Map<String, Object> comparable(Map<String, Object> view) {
        Map<String, Object> copy = new LinkedHashMap<>(view);
        copy.remove("version");
        copy.remove("updatedAt");
        copy.remove("updatedBy");
        return copy;
    }

    private static String id(Object ref) {
        return (String) ((Map<?, ?>) ref).get("id");
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder("9");
        while (digits.length() < count) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
