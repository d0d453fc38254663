package org.steward.platform.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's connections come from the application's pool (so they run at READ COMMITTED like every other one,
 * platform.ReadCommittedConnections). The pool belongs to Micronaut: Quartz's shutdown only lets go of it.
 */
final class PoolConnections implements ConnectionProvider {

    private volatile DataSource pool;

    PoolConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource current = pool;
        if (current == null) {
            throw new SQLException("The scheduler has been shut down");
        }
        return current.getConnection();
    }

    @Override
    public void initialize() {}

    @Override
    public void shutdown() {
        pool = null;
    }
}
