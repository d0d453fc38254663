package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.anIndividual;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** The duplicate scan, merge, undo, segments and name search also run on the embedded default database (H2 in MySQL mode). */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value =
                "jdbc:h2:mem:merges;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.password", value = "")
class MergeOnEmbeddedDatabaseIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void scanMergeUndoAndSegmentsWorkOnH2() {
        Api admin = TestUsers.admin(Api.of(server, json));
        var body = anIndividual("Hana", "Embedded")
                .with("birthDate", "1980-01-02")
                .with("phones", List.of(Map.of("number", "555 010 7777")))
                .with("addresses", List.of(Map.of("postalCode", "H2 0AA")))
                .with("tags", List.of("h2"));
        String survivor = admin.post("/api/constituents", body.build()).string("id");
        String duplicate = admin.post(
                        "/api/constituents",
                        body.with("emails", List.of(Map.of("address", "other@example.org")))
                                .with("middleName", "Q")
                                .build())
                .string("id");

        var scan = admin.get("/api/constituents/duplicates");
        assertThat(scan.status()).as(scan.toString()).isEqualTo(200);
        assertThat(scan.items()).singleElement().satisfies(p -> assertThat(p.get("reasons"))
                .isEqualTo(List.of("same-phone", "same-name-postal", "same-name-birthdate")));
        assertThat(admin.get("/api/constituents/" + survivor + "/duplicates").jsonList())
                .hasSize(1);

        var merged = admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().get("survivor").toString()).contains("middleName=Q", "other@example.org");
        // tag suggestions leave out the merged (deleted) duplicate, on H2 too
        assertThat(admin.get("/api/constituents/tags?q=h").jsonList()).containsExactly(Map.of("tag", "h2", "count", 1));
        var undone = admin.post("/api/constituents/merges/" + merged.string("mergeId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(admin.get("/api/constituents/" + duplicate).json()).containsEntry("middleName", "Q");
        assertThat(admin.get("/api/constituents/tags").jsonList()).containsExactly(Map.of("tag", "h2", "count", 2));

        String segment = admin.post("/api/segments", Map.of("name", "H2", "criteria", Map.of("tag", "h2")))
                .string("id");
        assertThat(admin.get("/api/segments/" + segment + "/members").json()).containsEntry("total", 2);
        // a name search with a full first page: counted in the page's own statement, tags with their rows
        var named = admin.get("/api/constituents?q=hana%20emb&size=1");
        assertThat(named.json()).as(named.toString()).containsEntry("total", 2);
        assertThat(named.items()).singleElement().satisfies(i -> assertThat(i.get("tags"))
                .isEqualTo(List.of("h2")));
    }
}
