package org.steward.platform;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says plainly at start-up which database Steward is using, so nobody runs production on the embedded one by accident. */
@Singleton
class DatabaseBanner {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBanner.class);
    private final DataSource dataSource;

    DatabaseBanner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    @Transactional(readOnly = true)
    void onStartup(StartupEvent event) {
        try {
            Connection connection = dataSource.getConnection();
            var meta = connection.getMetaData();
            String url = meta.getURL();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (url.startsWith("jdbc:h2:")) {
                LOG.info(
                        "Database: EMBEDDED H2 ({}) at {}. Fine for trying Steward; use MySQL 8 or MariaDB 10.11 for real"
                                + " use (DATASOURCES_DEFAULT_URL, see docs/operations.md).",
                        product,
                        url);
            } else {
                LOG.info("Database: {} at {}", product, redact(url));
            }
        } catch (SQLException e) {
            LOG.warn("Could not read the database's metadata", e);
        }
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
