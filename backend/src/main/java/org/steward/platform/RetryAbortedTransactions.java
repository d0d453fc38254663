package org.steward.platform;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.errors.ServiceBusyException;
import org.steward.shared.persistence.DatabaseFailures;

/**
 * Runs a whole transaction again when the database aborted it for concurrency (a deadlock, a lock-wait timeout, a
 * Galera certification conflict; see {@link DatabaseFailures}), so that users never see such an abort as an error.
 *
 * <p>It wraps every {@code @Transactional} method, outside the transaction ({@link InterceptPhase#RETRY} comes
 * before {@link InterceptPhase#TRANSACTION}): when it catches the abort, the transaction has already been rolled
 * back, and the method runs again from its start in a new one. A method called inside a transaction that is already
 * running is not retried on its own; the outermost one is, whole. After {@code app.persistence.retry.attempts}
 * tries, with a randomized exponential pause between them (so that the transactions that collided do not collide
 * again), the caller gets 503 {@code server.busy} with Retry-After. Nothing is half-written: each try rolled back.
 */
@Singleton
@InterceptorBean(Transactional.class)
class RetryAbortedTransactions implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(RetryAbortedTransactions.class);

    private final TransactionOperations<Connection> transactions;
    private final int attempts;
    private final Duration firstPause;
    private final Duration longestPause;

    RetryAbortedTransactions(
            TransactionOperations<Connection> transactions,
            @Value("${app.persistence.retry.attempts:6}") int attempts,
            @Value("${app.persistence.retry.first-pause:10ms}") Duration firstPause,
            @Value("${app.persistence.retry.longest-pause:500ms}") Duration longestPause) {
        this.transactions = transactions;
        this.attempts = Math.max(1, attempts);
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed(); // joins a running transaction: the outermost one is retried, whole
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed(this);
            } catch (RuntimeException failure) {
                SQLException cause = DatabaseFailures.abortedBy(failure).orElse(null);
                if (cause == null) {
                    throw failure;
                }
                if (attempt >= attempts) {
                    LOG.warn(
                            "{}.{}: the database aborted the transaction {} times (last error {}); giving up",
                            context.getDeclaringType().getSimpleName(),
                            context.getMethodName(),
                            attempt,
                            cause.getErrorCode());
                    throw new ServiceBusyException(Duration.ofSeconds(1));
                }
                LOG.debug(
                        "{}.{}: the database aborted the transaction (error {}), try {} of {}",
                        context.getDeclaringType().getSimpleName(),
                        context.getMethodName(),
                        cause.getErrorCode(),
                        attempt,
                        attempts);
                pause(attempt);
            }
        }
    }

    /** Full jitter: a random pause up to an exponentially growing ceiling. */
    private void pause(int attempt) {
        long ceiling = Math.min(longestPause.toMillis(), firstPause.toMillis() << Math.min(attempt - 1, 20));
        long millis = ThreadLocalRandom.current().nextLong(ceiling / 4, Math.max(ceiling, 1) + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException(Duration.ofSeconds(1));
        }
    }
}
