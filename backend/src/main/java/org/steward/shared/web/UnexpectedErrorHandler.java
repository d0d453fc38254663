package org.steward.shared.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.ServiceBusyException;
import org.steward.shared.persistence.DatabaseFailures;

/**
 * Anything unforeseen: a 500 with a generic title and no detail. The log gets the exception classes and stack
 * frames with a reference, but never exception messages, which can quote personal data (an SQL value, an object's
 * fields). The reference is also sent as {@code X-Error-Reference} so a user can quote it.
 */
@Produces
@Singleton
public class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final ErrorResponseProcessor<?> processor;
    private final StewardExceptionHandler problems;

    public UnexpectedErrorHandler(ErrorResponseProcessor<?> processor, StewardExceptionHandler problems) {
        this.processor = processor;
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        // The database refused a write for concurrency or content outside a retried transaction (services retry
        // aborted transactions themselves, see platform.RetryAbortedTransactions): a problem the client can act on.
        if (DatabaseFailures.isAborted(exception)) {
            LOG.warn(
                    "Transaction aborted by the database on {} {}, not retried: {}",
                    request.getMethod(),
                    request.getPath(),
                    exception.getClass().getName());
            return problems.handle(request, new ServiceBusyException(RETRY_AFTER));
        }
        if (DatabaseFailures.isConstraintViolation(exception)) {
            LOG.info("Constraint violation on {} {}", request.getMethod(), request.getPath());
            return problems.handle(
                    request,
                    new ConflictException(
                            "common.conflict",
                            "Conflicting change",
                            "This change conflicts with another one saved at the same moment. Reload and try again."));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error(
                "Unexpected failure [ref {}] on {} {}:\n{}",
                reference,
                request.getMethod(),
                request.getPath(),
                describe(exception));
        return processor
                .processResponse(ErrorContext.builder(request).build(), HttpResponse.serverError())
                .header("X-Error-Reference", reference);
    }

    /** Exception classes down the cause chain, each with its top stack frames; no messages. */
    public static String describe(Throwable error) {
        return org.steward.shared.errors.FailureTrace.describe(error);
    }
}
