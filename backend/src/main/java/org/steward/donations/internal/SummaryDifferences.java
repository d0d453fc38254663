package org.steward.donations.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.steward.donations.internal.AggregateMath.Raised;
import org.steward.donations.internal.AggregateMath.SummaryKey;

/**
 * Adds a transaction's differences to {@code giving_summary_months} just before it commits (ADR 0023): everything the
 * transaction's refreshes found is added up first, then written in key order, one upsert per row, sent as one batch. The summary rows
 * are thus the last locks any transaction takes, always in the same order, and held only for the commit: two gift
 * transactions can wait for each other there but never in a cycle, and a busy campaign's month row is not held while
 * the rest of a request runs. A failure there (a lock-wait timeout) fails the commit, and the transaction is retried
 * whole like any other (ADR 0007).
 */
@Singleton
public class SummaryDifferences {

    static final String UPSERT = "INSERT INTO giving_summary_months (dimension, ym, key_id, kind, raised, gift_count)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE raised = raised + ?, gift_count = gift_count + ?";

    private final TransactionOperations<Connection> transactions;
    private final Map<Connection, Pending> pending = Collections.synchronizedMap(new IdentityHashMap<>());

    public SummaryDifferences(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Adds these differences when the current transaction commits (at once when there is none). */
    public void add(Map<SummaryKey, Raised> differences) {
        if (differences.values().stream().allMatch(Raised::isZero)) {
            return;
        }
        Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            throw new IllegalStateException("The summary changes inside the transaction that changed the ledger");
        }
        Connection connection = (Connection) status.get().getConnection();
        Pending mine = pending.get(connection);
        if (mine == null) {
            mine = new Pending(connection);
            pending.put(connection, mine);
            status.get().registerSynchronization(mine);
        }
        mine.add(differences);
    }

    /** Writes differences now, on this connection, in key order (rows whose difference is nothing are skipped). */
    static void write(Connection connection, Map<SummaryKey, Raised> differences) throws SQLException {
        TreeMap<SummaryKey, Raised> ordered = new TreeMap<>(differences);
        ordered.values().removeIf(Raised::isZero);
        if (ordered.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(UPSERT)) {
            for (var e : ordered.entrySet()) {
                SummaryKey k = e.getKey();
                Raised r = e.getValue();
                ps.setString(1, k.dimension());
                ps.setInt(2, k.ym());
                ps.setString(3, k.key());
                ps.setString(4, k.kind());
                ps.setBigDecimal(5, r.raised());
                ps.setLong(6, r.giftCount());
                ps.setBigDecimal(7, r.raised());
                ps.setLong(8, r.giftCount());
                ps.addBatch();
            }
            ps.executeBatch(); // one round trip with rewriteBatchedStatements (the rows still in key order)
        }
    }

    private final class Pending implements TransactionSynchronization {
        private final Connection connection;
        private final Map<SummaryKey, Raised> sums = new TreeMap<>();

        Pending(Connection connection) {
            this.connection = connection;
        }

        void add(Map<SummaryKey, Raised> differences) {
            differences.forEach((k, v) -> sums.merge(k, v, Raised::plus));
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            try {
                write(connection, sums);
            } catch (SQLException e) {
                throw new DataAccessException("Could not add to the giving summary: " + e.getMessage(), e);
            }
        }

        @Override
        public void afterCompletion(Status status) {
            pending.remove(connection);
        }
    }
}
