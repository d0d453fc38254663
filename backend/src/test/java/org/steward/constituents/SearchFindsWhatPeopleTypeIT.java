package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.aHousehold;
import static org.steward.constituents.ConstituentFixtures.anIndividual;
import static org.steward.constituents.ConstituentFixtures.anOrganization;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.constituents.internal.Names;
import org.steward.constituents.internal.SearchKeysRefresh;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** Issue 19: phone numbers in any format, parts of emails, any word of a name, letters from any script. */
@MicronautTest
class SearchFindsWhatPeopleTypeIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    JdbcOperations jdbc;

    @Inject
    SearchKeysRefresh refresh;

    Api officer;
    String unique;
    final List<String> created = new java.util.ArrayList<>();

    /** The same phone on several records would stay on the duplicate scan of the tests that follow. */
    @org.junit.jupiter.api.AfterEach
    void cleanUp() {
        jdbc.prepareStatement(
                "SELECT id FROM constituents WHERE deleted_at IS NULL AND (last_name LIKE ? OR name LIKE ?)", ps -> {
                    ps.setString(1, "%" + unique);
                    ps.setString(2, "%" + unique + "%");
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            created.add(rs.getString(1));
                        }
                    }
                    return null;
                });
        created.forEach(id -> officer.delete("/api/constituents/" + id));
    }

    @BeforeEach
    void setUp() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void aPhoneNumberIsFoundHoweverItIsWritten() {
        String line = line();
        String[] written = {
            "+1 617 " + line.substring(0, 3) + " " + line.substring(3),
            "(617) " + line.substring(0, 3) + "-" + line.substring(3),
            "617." + line.substring(0, 3) + "." + line.substring(3),
            "617" + line
        };
        for (int i = 0; i < written.length; i++) {
            var reply = officer.post(
                    "/api/constituents",
                    anIndividual("P" + i, "Phone" + unique)
                            .with("phones", List.of(Map.of("number", written[i])))
                            .build());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            // shown as typed, stored in E.164 too
            assertThat(reply.json().get("phones").toString()).contains(written[i], "e164=+1617" + line);
        }
        for (String typed : List.of(
                "617-" + line.substring(0, 3) + "-" + line.substring(3),
                "+1617" + line,
                "(617) " + line.substring(0, 3) + " " + line.substring(3))) {
            assertThat(names(officer.get("/api/constituents?q=" + encode(typed))))
                    .as(typed)
                    .hasSize(4);
            assertThat(names(officer.get("/api/constituents?phone=" + encode(typed))))
                    .as(typed)
                    .hasSize(4);
        }
        // the start of a number finds what it starts
        assertThat(names(officer.get("/api/constituents?phone=" + encode("617 " + line.substring(0, 5)))))
                .hasSize(4);
    }

    @Test
    void aNumberIsReadAgainstTheAddresssCountryAndTwoSpellingsOfOneNumberAreOne() {
        String line = line();
        var uk = officer.post(
                "/api/constituents",
                anIndividual("Harriet", "London" + unique)
                        .with("addresses", List.of(Map.of("city", "London", "country", "United Kingdom")))
                        .with("phones", List.of(Map.of("number", "020 7" + line)))
                        .build());
        assertThat(uk.status()).as(uk.toString()).isEqualTo(201);
        assertThat(uk.json().get("addresses").toString()).contains("country=GB");
        assertThat(uk.json().get("phones").toString()).contains("e164=+4420" + "7" + line);
        assertThat(names(officer.get("/api/constituents?q=" + encode("+44 20 7" + line))))
                .containsExactly("Harriet London" + unique);

        var twice = officer.post(
                "/api/constituents",
                anIndividual("Tom", "Twice" + unique)
                        .with(
                                "phones",
                                List.of(
                                        Map.of("number", "+1 617 " + line),
                                        Map.of("number", "(617) " + line.substring(0, 3) + "-" + line.substring(3))))
                        .build());
        assertViolations(twice, "phones[1].number");
    }

    @Test
    void aCountryIsChosenByCodeOrNameAndAnUnknownOneIsRefused() {
        var nz = officer.post(
                "/api/constituents",
                anIndividual("Kiri", "Aotearoa" + unique)
                        .with("addresses", List.of(Map.of("city", "Wellington", "country", "New Zealand")))
                        .build());
        assertThat(nz.status()).as(nz.toString()).isEqualTo(201);
        assertThat(nz.json().get("addresses").toString()).contains("country=NZ");
        var unknown = officer.post(
                "/api/constituents",
                anIndividual("Nobody", "Nowhere" + unique)
                        .with("addresses", List.of(Map.of("city", "Atlantis", "country", "Atlantis")))
                        .build());
        assertViolations(unknown, "addresses[0].country");
        var countries = officer.get("/api/countries");
        assertThat(countries.status()).isEqualTo(200);
        assertThat(countries.jsonList().toString()).contains("code=NZ, name=New Zealand, callingCode=64");
    }

    @Test
    void partOfAnEmailAnyWordOfANameAndLettersOfAnyScriptFind() {
        created(
                "/api/constituents",
                anIndividual("Zoë", "Müller" + unique)
                        .with("emails", List.of(Map.of("address", "zoe.mueller" + unique + "@example.org")))
                        .build());
        created(
                "/api/constituents",
                anOrganization("The Johnson" + unique + " Household").build());
        created(
                "/api/constituents",
                anIndividual("Ingrid", "Øvergaard" + unique)
                        .with("emails", List.of())
                        .build());
        created(
                "/api/constituents",
                anIndividual("Thị Hương", "Nguyễn" + unique)
                        .with("emails", List.of())
                        .build());
        created(
                "/api/constituents",
                anIndividual("Łukasz", "Nowak" + unique)
                        .with("emails", List.of())
                        .build());

        assertThat(names(officer.get("/api/constituents?q=zoe.mueller" + unique)))
                .containsExactly("Zoë Müller" + unique);
        assertThat(names(officer.get("/api/constituents?q=Johnson" + unique)))
                .containsExactly("The Johnson" + unique + " Household");
        assertThat(names(officer.get("/api/constituents?q=ingrid%20Overg")))
                .containsExactly("Ingrid Øvergaard" + unique);
        assertThat(names(officer.get("/api/constituents?q=nguyen" + unique + "%20thi")))
                .containsExactly("Thị Hương Nguyễn" + unique);
        assertThat(names(officer.get("/api/constituents?q=Huong&size=100"))).contains("Thị Hương Nguyễn" + unique);
        assertThat(names(officer.get("/api/constituents?q=Lukasz%20nowak" + unique)))
                .containsExactly("Łukasz Nowak" + unique);
        // the list shows names the way it sorts them
        assertThat(officer.get("/api/constituents?q=muller" + unique).items().get(0))
                .containsEntry("sortName", "Müller" + unique + ", Zoë")
                .containsEntry("displayName", "Zoë Müller" + unique);
    }

    @Test
    void aHouseholdIsFoundByAnyWordOfItsGeneratedName() {
        var household = officer.post("/api/constituents", aHousehold().build());
        String id = household.string("id");
        String member = officer.post(
                        "/api/constituents",
                        anIndividual("Ann", "Quill" + unique).build())
                .string("id");
        var added = officer.post("/api/constituents/" + id + "/members", Map.of("memberId", member));
        assertThat(added.status()).as(added.toString()).isLessThan(300);
        // "Ann Quill…" for one member: its second word is the last name
        assertThat(names(officer.get("/api/constituents?q=quill" + unique + "&type=HOUSEHOLD")))
                .hasSize(1);
    }

    @Test
    void keysMadeByOlderRulesAreMadeAgain() {
        String id = officer.post(
                        "/api/constituents",
                        anIndividual("Łukasz", "Ødegaard" + unique)
                                .with("phones", List.of(Map.of("number", "(617) " + line())))
                                .build())
                .string("id");
        jdbc.prepareStatement("UPDATE constituents SET sort_name = 'stale', first_key = 'stale' WHERE id = ?", ps -> {
            ps.setString(1, id);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement(
                "UPDATE constituent_phones SET e164 = NULL, digits = 'x' WHERE constituent_id = ?", ps -> {
                    ps.setString(1, id);
                    return ps.executeUpdate();
                });
        jdbc.prepareStatement("UPDATE constituent_keys_state SET keys_version = 1", ps -> ps.executeUpdate());

        assertThat(refresh.refreshAll()).isPositive();

        assertThat(names(officer.get("/api/constituents?q=odegaard" + unique + "%20lukasz")))
                .containsExactly("Łukasz Ødegaard" + unique);
        assertThat(officer.get("/api/constituents/" + id).json().get("phones").toString())
                .contains("e164=+1617");
        Integer version = jdbc.prepareStatement("SELECT keys_version FROM constituent_keys_state", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(version).isEqualTo(Names.KEYS_VERSION);
    }

    private void created(String path, Object body) {
        var reply = officer.post(path, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** Seven digits of a US number that no other test uses (exchange 2xx-9xx). */
    private static String line() {
        var random = ThreadLocalRandom.current();
        return (2 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.items().stream().map(i -> (String) i.get("displayName")).toList();
    }
}
