package org.steward.shared.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.steward.shared.errors.StewardException;

/** The one place domain exceptions become HTTP responses; controllers never catch and translate. */
@Produces
@Singleton
public class StewardExceptionHandler implements ExceptionHandler<StewardException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    public StewardExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, StewardException exception) {
        var response = HttpResponse.status(HttpStatus.valueOf(exception.status()));
        if (exception.retryAfter() != null) {
            response.header(
                    "Retry-After",
                    Long.toString(Math.max(1, exception.retryAfter().toSeconds())));
        }
        return processor.processResponse(
                ErrorContext.builder(request).cause(exception).build(), response);
    }
}
