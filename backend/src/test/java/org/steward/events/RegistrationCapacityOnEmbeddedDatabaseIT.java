package org.steward.events;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The same race on the embedded default database (H2 in MySQL mode), whose row locks differ from InnoDB's; and the
 * check-in happy path.
 */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value =
                "jdbc:h2:mem:eventcapacity;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.password", value = "")
class RegistrationCapacityOnEmbeddedDatabaseIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void fiftyClientsForTheLastFiveSeatsGiveFiveRegisteredAndFortyFiveWaitlisted() throws Exception {
        CapacityRace.run(server, json, dataSource);
    }

    @Test
    void aPartyIsCheckedInWithItsGuestsOnceAndTheUndoTakesItBack() {
        CheckInJourney.run(server, json, dataSource);
    }
}
