package org.steward.platform;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;

/**
 * Connector/J settings every MySQL or MariaDB connection pool gets unless the URL sets them itself. Measured in the
 * constituents benchmark (docs/benchmarks.md): without the statement cache the driver re-parses each search's SQL on
 * every request, and without local session state it asks the server for state it already knows.
 */
@Singleton
class MysqlDriverTuning implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> DEFAULTS = Map.of(
            "cachePrepStmts", "true", // keep the parsed form of each statement per connection
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "8192", // search statements are long (a UNION of index branches)
            "useLocalSessionState", "true", // no round trip to read autocommit / isolation
            "rewriteBatchedStatements", "true"); // a batch of inserts goes as one statement (imports)

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        apply(config.getJdbcUrl(), config::addDataSourceProperty);
        return config;
    }

    /** Adds each default the URL does not already set, for MySQL Connector/J URLs only. */
    static void apply(String url, java.util.function.BiConsumer<String, Object> property) {
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        DEFAULTS.forEach((name, value) -> {
            if (!lower.contains(name.toLowerCase(Locale.ROOT) + "=")) {
                property.accept(name, value);
            }
        });
    }
}
