package org.steward.shared.persistence;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads what kind of database failure lies behind an exception, down its cause chain.
 *
 * <p>An <em>aborted</em> transaction failed for reasons of concurrency, not of content, so running the same
 * transaction again can succeed: InnoDB's deadlock (1213, which Galera also reports for a certification conflict)
 * and lock-wait timeout (1205), the SQL standard's serialization failure (SQLSTATE 40001), and the embedded H2's
 * lock timeout (50200). A <em>constraint violation</em> (SQLSTATE class 23: a duplicate key, a vanished parent row)
 * is about content: running it again gives the same answer.
 */
public final class DatabaseFailures {

    /** MySQL and MariaDB: deadlock found when trying to get lock (Galera: certification failure). */
    public static final int DEADLOCK = 1213;
    /** MySQL and MariaDB: lock wait timeout exceeded. */
    public static final int LOCK_WAIT_TIMEOUT = 1205;
    /** H2: timeout trying to lock a table or row. */
    static final int H2_LOCK_TIMEOUT = 50200;

    private static final int MAX_DEPTH = 20;

    private DatabaseFailures() {}

    /** The database's error behind this failure, when the database aborted the transaction. */
    public static Optional<SQLException> abortedBy(Throwable failure) {
        return find(failure, DatabaseFailures::isAborted);
    }

    public static boolean isAborted(Throwable failure) {
        return abortedBy(failure).isPresent();
    }

    /** True when an integrity constraint (unique key, foreign key, not null, check) refused the write. */
    public static boolean isConstraintViolation(Throwable failure) {
        return find(failure, e -> e.getSQLState() != null && e.getSQLState().startsWith("23"))
                .isPresent();
    }

    private static boolean isAborted(SQLException e) {
        int code = e.getErrorCode();
        return code == DEADLOCK
                || code == LOCK_WAIT_TIMEOUT
                || code == H2_LOCK_TIMEOUT
                || "40001".equals(e.getSQLState());
    }

    private static Optional<SQLException> find(Throwable failure, Predicate<SQLException> test) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (test.test(e)) {
                        return Optional.of(e);
                    }
                }
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }
}
