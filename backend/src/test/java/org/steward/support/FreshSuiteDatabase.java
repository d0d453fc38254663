package org.steward.support;

import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each run of the integration tests an empty suite database, so that what an earlier run left there (rows, or
 * the migrations of another branch, which Flyway would refuse as out of order) cannot decide this run's result. It
 * acts only when the build asks for it ({@code -Dsteward.test.fresh-database=true}, set for failsafe in
 * {@code backend/pom.xml}), only on a database whose name contains "test" (a URL pointed elsewhere is left alone),
 * and only when no other connection uses it (another build's tests running on it are left alone). Builds side by
 * side on one server each need their own {@code STEWARD_TEST_DB_URL}.
 */
public final class FreshSuiteDatabase implements LauncherSessionListener {

    static final String SWITCH = "steward.test.fresh-database";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        String url = TestDatabase.suiteUrl();
        if (!TestDatabase.name(url).toLowerCase(java.util.Locale.ROOT).contains("test")) {
            System.err.println("[steward] suite database " + TestDatabase.name(url)
                    + " kept as it is: only a database named *test* is emptied before a run");
            return;
        }
        try {
            int others = TestDatabase.otherConnections(url);
            if (others > 0) {
                // another build is running its tests on it: emptying it would pull the tables from under them
                System.err.println("[steward] suite database " + TestDatabase.name(url) + " kept as it is: " + others
                        + " other connection(s) use it; give each build its own STEWARD_TEST_DB_URL");
                return;
            }
            TestDatabase.recreate(url);
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the suite database " + TestDatabase.name(url), e);
        }
    }
}
