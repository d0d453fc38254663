package org.steward.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void deadlocksLockWaitsAndSerializationFailuresAreAborts() {
        assertThat(DatabaseFailures.isAborted(new SQLTransactionRollbackException("deadlock", "40001", 1213)))
                .isTrue();
        assertThat(DatabaseFailures.isAborted(new SQLException("lock wait timeout", "HY000", 1205)))
                .isTrue();
        assertThat(DatabaseFailures.isAborted(new SQLException("serialization failure", "40001", 0)))
                .isTrue();
        assertThat(DatabaseFailures.isAborted(new SQLException("H2 lock timeout", "HYT00", 50200)))
                .isTrue();
    }

    @Test
    void anAbortIsFoundDownTheCauseChainAndAmongChainedSqlExceptions() {
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(new SQLException("deadlock", "40001", 1213));
        var wrapped = new DataAccessException("failed", new RuntimeException(batch));

        assertThat(DatabaseFailures.abortedBy(wrapped))
                .get()
                .extracting(SQLException::getErrorCode)
                .isEqualTo(1213);
    }

    @Test
    void contentFailuresAreNotAbortsButConstraintViolationsAreRecognized() {
        var duplicate = new DataAccessException(
                "failed", new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));

        assertThat(DatabaseFailures.isAborted(duplicate)).isFalse();
        assertThat(DatabaseFailures.isConstraintViolation(duplicate)).isTrue();
        assertThat(DatabaseFailures.isAborted(new SQLException("syntax", "42000", 1064)))
                .isFalse();
        assertThat(DatabaseFailures.isConstraintViolation(new IllegalStateException("no SQL here")))
                .isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(DatabaseFailures.isAborted(a)).isFalse();
    }
}
