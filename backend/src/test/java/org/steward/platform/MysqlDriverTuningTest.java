package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MysqlDriverTuningTest {

    private static Map<String, Object> applied(String url) {
        Map<String, Object> properties = new LinkedHashMap<>();
        MysqlDriverTuning.apply(url, properties::put);
        return properties;
    }

    @Test
    void aMysqlUrlGetsTheStatementCacheAndLocalSessionState() {
        assertThat(applied("jdbc:mysql://db:3306/steward"))
                .containsEntry("cachePrepStmts", "true")
                .containsEntry("prepStmtCacheSqlLimit", "8192")
                .containsEntry("useLocalSessionState", "true")
                .containsEntry("rewriteBatchedStatements", "true");
    }

    @Test
    void whatTheUrlSetsItselfWins() {
        assertThat(applied("jdbc:mysql://db/steward?cachePrepStmts=false&useLocalSessionState=false"))
                .doesNotContainKeys("cachePrepStmts", "useLocalSessionState")
                .containsKey("prepStmtCacheSize");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertThat(applied("jdbc:h2:file:./data/steward;MODE=MySQL")).isEmpty();
        assertThat(applied(null)).isEmpty();
    }
}
