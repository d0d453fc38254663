package org.steward.shared.web;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.errors.ConflictException;

/** An optimistic-lock failure that escapes a service (a concurrent update won the race) becomes a 409. */
@Produces
@Singleton
public class OptimisticLockExceptionHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(OptimisticLockExceptionHandler.class);
    private final ErrorResponseProcessor<?> processor;

    public OptimisticLockExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
        LOG.info("Optimistic lock failure on {} {}", request.getMethod(), request.getPath());
        var conflict = new ConflictException(
                "common.stale-version",
                "Changed by someone else",
                "The record was changed by someone else after you loaded it. Reload it and apply your change again.");
        return processor.processResponse(
                ErrorContext.builder(request).cause(conflict).build(), HttpResponse.status(HttpStatus.CONFLICT));
    }
}
