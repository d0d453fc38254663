package org.steward.platform;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Every pooled connection runs at READ COMMITTED, on MySQL, MariaDB and the embedded H2 alike (docs/adr/0007):
 * InnoDB's default REPEATABLE READ takes gap and next-key locks for locking reads, updates and deletes, and with
 * time-ordered ids all new rows land in the same last gap of an index, so concurrent writers deadlock each other.
 * READ COMMITTED locks only the rows a statement touches. An operator may still choose another level with
 * {@code datasources.default.transaction-isolation}.
 */
@Singleton
class ReadCommittedConnections implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String LEVEL = "TRANSACTION_READ_COMMITTED";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        if (config.getTransactionIsolation() == null) {
            config.setTransactionIsolation(LEVEL);
        }
        return config;
    }
}
