package org.steward.events;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** 50 clients race for the last 5 seats on MariaDB/MySQL: 5 registered, 45 waitlisted (ADR 0017). */
@MicronautTest(transactional = false)
class RegistrationCapacityIT {

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
}
