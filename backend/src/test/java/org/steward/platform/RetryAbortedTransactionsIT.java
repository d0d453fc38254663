package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.shared.errors.ServiceBusyException;
import org.steward.support.Api;

/**
 * A transaction the database aborts for concurrency is run again, whole, before anybody sees an error; only when it
 * keeps failing does the caller get 503 {@code server.busy}. Checked with simulated aborts (counted calls, rows
 * written by the failed tries rolled back) and with a real deadlock between two transactions on the real database.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "RetryAbortedTransactionsIT")
@Property(name = "app.persistence.retry.attempts", value = "4")
@Property(name = "app.persistence.retry.first-pause", value = "1ms")
class RetryAbortedTransactionsIT {

    @Inject
    Probe probe;

    @Inject
    Outer outer;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @BeforeEach
    void setUp() {
        probe.setUp();
    }

    @Test
    void aDeadlockedTransactionIsRunAgainAndOnlyTheLastTryIsKept() {
        String id = UUID.randomUUID().toString();

        probe.write(id, 2, deadlock());

        assertThat(probe.calls.get()).isEqualTo(3);
        assertThat(probe.rows(id)).as("the two aborted tries were rolled back").isEqualTo(1);
    }

    @Test
    void aLockWaitTimeoutIsRetriedToo() {
        String id = UUID.randomUUID().toString();

        probe.write(id, 1, new SQLException("Lock wait timeout exceeded", "HY000", 1205));

        assertThat(probe.calls.get()).isEqualTo(2);
        assertThat(probe.rows(id)).isEqualTo(1);
    }

    @Test
    void afterTheLastTryTheCallerIsToldTheServiceIsBusyAndNothingIsWritten() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> probe.write(id, 100, deadlock()))
                .isInstanceOf(ServiceBusyException.class)
                .hasFieldOrPropertyWithValue("code", "server.busy");

        assertThat(probe.calls.get()).isEqualTo(4);
        assertThat(probe.rows(id)).isZero();
    }

    @Test
    void otherFailuresAreNotRetried() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> probe.write(id, 1, new SQLException("Duplicate entry", "23000", 1062)))
                .isInstanceOf(DataAccessException.class);

        assertThat(probe.calls.get()).isEqualTo(1);
        assertThat(probe.rows(id)).isZero();
    }

    @Test
    void aTransactionInsideAnotherIsRetriedWithItWhole() {
        String id = UUID.randomUUID().toString();

        outer.writeTwice(id, 1);

        assertThat(outer.calls.get()).as("the outer transaction ran again").isEqualTo(2);
        assertThat(probe.calls.get())
                .as("the inner write: once per outer try, plus its own second row")
                .isEqualTo(4);
        assertThat(probe.rows(id)).isEqualTo(1);
        assertThat(probe.rows(id + "-2")).isEqualTo(1);
    }

    @Test
    void aRealDeadlockBetweenTwoTransactionsEndsWithBothWritten() throws Exception {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        probe.insert(a);
        probe.insert(b);
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);

        var first = CompletableFuture.runAsync(() -> probe.lockBoth(a, b, bothHoldOneRow));
        var second = CompletableFuture.runAsync(() -> probe.lockBoth(b, a, bothHoldOneRow));
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

        assertThat(probe.calls.get())
                .as("one of the two was chosen as the deadlock victim and ran again")
                .isEqualTo(3);
        assertThat(probe.touches(a)).isEqualTo(2);
        assertThat(probe.touches(b)).isEqualTo(2);
    }

    @Test
    void overHttpABusyServiceAnswers503WithRetryAfter() {
        var reply = Api.of(server, json).post("/test/retry-probe/always-deadlocks", Map.of());

        assertProblem(reply, 503, "server.busy");
        assertThat(reply.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void anAbortOutsideAnyTransactionIsStillABusyServiceNotAnError() {
        var reply = Api.of(server, json).post("/test/retry-probe/deadlock-outside-transaction", Map.of());

        assertProblem(reply, 503, "server.busy");
    }

    @Test
    void aConstraintViolationThatEscapesIsAConflictNotAnError() {
        var reply = Api.of(server, json).post("/test/retry-probe/duplicate-key", Map.of());

        assertProblem(reply, 409, "common.conflict");
    }

    @Test
    void everyConnectionReadsCommitted() {
        assertThat(probe.isolation()).isEqualToIgnoringCase("READ-COMMITTED");
    }

    static SQLException deadlock() {
        return new SQLException("Deadlock found when trying to get lock", "40001", 1213);
    }

    @Singleton
    @Requires(property = "spec.name", value = "RetryAbortedTransactionsIT")
    static class Probe {

        final AtomicInteger calls = new AtomicInteger();
        private final JdbcOperations jdbc;

        Probe(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        void setUp() {
            jdbc.execute(c -> c.createStatement()
                    .execute("CREATE TABLE IF NOT EXISTS test_retry_probe"
                            + " (id VARCHAR(60) NOT NULL PRIMARY KEY, touches INT NOT NULL)"));
            calls.set(0);
        }

        /** Inserts a row, then fails with {@code failure} on the first {@code failTimes} calls. */
        @Transactional
        void write(String id, int failTimes, SQLException failure) {
            int call = calls.incrementAndGet();
            insertRow(id);
            if (call <= failTimes) {
                throw new DataAccessException("simulated", failure);
            }
        }

        @Transactional
        void insert(String id) {
            insertRow(id);
        }

        /** Locks {@code first}, waits (on the first try only) until the other transaction holds its row, then locks {@code second}. */
        @Transactional
        void lockBoth(String first, String second, CyclicBarrier barrier) {
            boolean firstTry = calls.incrementAndGet() <= 2;
            touch(first);
            if (firstTry) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            touch(second);
        }

        /** The session's isolation level as the server sees it (MariaDB names it tx_isolation, MySQL 8 not). */
        @Transactional(readOnly = true)
        String isolation() {
            return jdbc.execute(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT @@SESSION.tx_isolation")) {
                    rs.next();
                    return rs.getString(1);
                } catch (SQLException unknownVariable) {
                    try (var rs = c.createStatement().executeQuery("SELECT @@SESSION.transaction_isolation")) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
        }

        @Transactional(readOnly = true)
        long rows(String id) {
            return count("SELECT COUNT(*) FROM test_retry_probe WHERE id = ?", id);
        }

        @Transactional(readOnly = true)
        long touches(String id) {
            return count("SELECT touches FROM test_retry_probe WHERE id = ?", id);
        }

        private void insertRow(String id) {
            jdbc.prepareStatement("INSERT INTO test_retry_probe (id, touches) VALUES (?, 0)", ps -> {
                ps.setString(1, id);
                return ps.executeUpdate();
            });
        }

        private void touch(String id) {
            jdbc.prepareStatement("UPDATE test_retry_probe SET touches = touches + 1 WHERE id = ?", ps -> {
                ps.setString(1, id);
                return ps.executeUpdate();
            });
        }

        private long count(String sql, String id) {
            return jdbc.prepareStatement(sql, ps -> {
                ps.setString(1, id);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
        }
    }

    @Singleton
    @Requires(property = "spec.name", value = "RetryAbortedTransactionsIT")
    static class Outer {

        final AtomicInteger calls = new AtomicInteger();
        private final Probe probe;

        Outer(Probe probe) {
            this.probe = probe;
        }

        /** Two inner transactional writes; the second fails once: the inner method must not retry on its own. */
        @Transactional
        void writeTwice(String id, int failTimes) {
            int call = calls.incrementAndGet();
            probe.write(id, 0, deadlock());
            probe.write(id + "-2", call <= failTimes ? Integer.MAX_VALUE : 0, deadlock());
        }
    }

    @Controller("/test/retry-probe")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "spec.name", value = "RetryAbortedTransactionsIT")
    static class ProbeController {

        private final Probe probe;

        ProbeController(Probe probe) {
            this.probe = probe;
        }

        @Post("/always-deadlocks")
        void alwaysDeadlocks() {
            probe.write(UUID.randomUUID().toString(), Integer.MAX_VALUE, deadlock());
        }

        @Post("/deadlock-outside-transaction")
        void deadlockOutsideTransaction() {
            throw new DataAccessException("simulated", deadlock());
        }

        @Post("/duplicate-key")
        void duplicateKey() {
            String id = UUID.randomUUID().toString();
            probe.insert(id);
            probe.insert(id);
        }
    }
}
