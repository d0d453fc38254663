package org.steward.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The integration tests' MariaDB/MySQL database: the one {@code application-test.yml} names (from
 * {@code STEWARD_TEST_DB_URL}, {@code STEWARD_TEST_DB_USERNAME} and {@code STEWARD_TEST_DB_PASSWORD}, by default
 * {@code steward_test} on 127.0.0.1:3306 as root), and databases of a test's own beside it.
 */
public final class TestDatabase {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/steward_test?createDatabaseIfNotExist=true"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";

    private TestDatabase() {}

    /** The suite's database URL. */
    public static String suiteUrl() {
        return suiteUrl(System.getenv());
    }

    static String suiteUrl(Map<String, String> env) {
        String url = env.get("STEWARD_TEST_DB_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    /** The name of the database {@code url} points at. */
    public static String name(String url) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }

    /** {@code url} with its database name replaced by {@code database}, options kept. */
    static String withName(String url, String database) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    /**
     * A database of the caller's own beside the suite's ({@code <suite>_<suffix>}), dropped and created afresh;
     * answers its URL.
     */
    public static String fresh(String suffix) throws SQLException {
        String url = withName(suiteUrl(), name(suiteUrl()) + "_" + suffix);
        recreate(url);
        return url;
    }

    /** Drops the database {@code url} names (with everything in it) and creates it empty. */
    public static void recreate(String url) throws SQLException {
        String database = checkedName(url);
        try (Connection c = server(url);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "`");
        }
    }

    /**
     * How many other connections (of this account, or of any when it may see them) are using the database {@code url}
     * names now: another build's tests, say.
     */
    public static int otherConnections(String url) throws SQLException {
        String database = checkedName(url);
        try (Connection c = server(url);
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String checkedName(String url) {
        String database = name(url);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        return database;
    }

    private static Connection server(String url) throws SQLException {
        String server = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
        String user = System.getenv().getOrDefault("STEWARD_TEST_DB_USERNAME", "root");
        String password = System.getenv().getOrDefault("STEWARD_TEST_DB_PASSWORD", "");
        return DriverManager.getConnection(server, user, password);
    }
}
