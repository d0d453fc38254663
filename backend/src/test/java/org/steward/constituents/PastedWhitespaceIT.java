package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.anIndividual;
import static org.steward.constituents.ConstituentFixtures.anOrganization;
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
import org.steward.support.TestUsers;

/** Whitespace pasted around names and contact points is trimmed before validation (issue 15, part 4). */
@MicronautTest
class PastedWhitespaceIT {

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
    @SuppressWarnings("unchecked")
    void pastedSpacesAroundNamesAndContactPointsAreTrimmedAndInnerSpacesKept() {
        var body = anIndividual("  Zoë ", " Quinn" + unique + "\t")
                .with("prefix", " Dr. ")
                .with("middleName", "Mary Ann ")
                .with("suffix", "\u00A0Jr.")
                .with("preferredName", "   ")
                .with("emails", List.of(Map.of("address", "ZOE" + unique + "@example.org ")))
                .with("phones", List.of(Map.of("number", " +1 555 0100 ")))
                .with(
                        "addresses",
                        List.of(Map.of(
                                "line1", " 77 Massachusetts  Ave ",
                                "city", " Cambridge",
                                "postalCode", " 02139 ",
                                "country", " us ")))
                .with("notes", "  Indented note, kept as typed.\n")
                .build();

        var created = officer.post("/api/constituents", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var stored = officer.get("/api/constituents/" + created.string("id")).json();
        assertThat(stored)
                .containsEntry("prefix", "Dr.")
                .containsEntry("firstName", "Zoë")
                .containsEntry("middleName", "Mary Ann")
                .containsEntry("lastName", "Quinn" + unique)
                .containsEntry("suffix", "Jr.")
                .containsEntry("notes", "  Indented note, kept as typed.\n");
        assertThat(stored.get("preferredName")).isNull();
        var email = ((List<Map<String, Object>>) stored.get("emails")).get(0);
        assertThat(email).containsEntry("address", "ZOE" + unique + "@example.org");
        var phone = ((List<Map<String, Object>>) stored.get("phones")).get(0);
        assertThat(phone).containsEntry("number", "+1 555 0100");
        var address = ((List<Map<String, Object>>) stored.get("addresses")).get(0);
        assertThat(address)
                .containsEntry("line1", "77 Massachusetts  Ave")
                .containsEntry("city", "Cambridge")
                .containsEntry("postalCode", "02139")
                .containsEntry("country", "US");
    }

    @Test
    void anUpdateAndAnOrganizationNameAreTrimmedToo() {
        String orgId = officer.post(
                        "/api/constituents",
                        anOrganization("  Acme  Trust " + unique + " ").build())
                .string("id");
        assertThat(officer.get("/api/constituents/" + orgId).json()).containsEntry("name", "Acme  Trust " + unique);

        String id = officer.post(
                        "/api/constituents", anIndividual("Ann", "Lee" + unique).build())
                .string("id");
        var updated = officer.put(
                "/api/constituents/" + id,
                anIndividual("Ann", "Lee" + unique)
                        .with("emails", List.of(Map.of("address", " ann" + unique + "@example.org  ")))
                        .with("version", 0)
                        .build());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("emails").toString()).contains("address=ann" + unique + "@example.org,");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whitespaceOnlyRequiredFieldsGetTheSameErrorsAsEmptyOnes() {
        assertViolations(
                officer.post(
                        "/api/constituents",
                        anIndividual("   ", " \t ").with("emails", List.of()).build()),
                "lastName");
        assertViolations(
                officer.post("/api/constituents", anOrganization(" \u00A0 ").build()), "name");

        var blank = officer.post(
                "/api/constituents",
                anIndividual("Al", "Blank" + unique)
                        .with("emails", List.of(Map.of("address", "   ")))
                        .with("phones", List.of(Map.of("number", "  ")))
                        .build());
        var empty = officer.post(
                "/api/constituents",
                anIndividual("Al", "Blank" + unique)
                        .with("emails", List.of(Map.of("address", "")))
                        .with("phones", List.of(Map.of("number", "")))
                        .build());

        assertViolations(blank, "emails[0].address", "phones[0].number");
        assertThat((List<Object>) blank.json().get("violations"))
                .containsExactlyInAnyOrderElementsOf((List<Object>) empty.json().get("violations"));
        assertThat(officer.get("/api/constituents?q=Blank" + unique).items()).isEmpty();
    }
}
