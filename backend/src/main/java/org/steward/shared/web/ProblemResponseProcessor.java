package org.steward.shared.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.StewardException;

/**
 * Turns every error response, ours and the framework's (401, 403, 404, bad JSON, validation), into an
 * application/problem+json body with a stable {@code code}. Replaces Micronaut's default processor, which steps
 * aside when another {@link ErrorResponseProcessor} bean exists.
 */
@Singleton
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Problem> typed = (MutableHttpResponse<Problem>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        Problem problem = toProblem(context, response.code());
        return typed.status(problem.status()).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    Problem toProblem(ErrorContext context, int status) {
        String instance = context.getRequest().getPath();
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && cause.get() instanceof InvalidInputException invalid) {
            return Problem.of(400, invalid.code(), invalid.title(), invalid.detail(), instance)
                    .withViolations(invalid.errors().stream()
                            .map(e -> new Problem.Violation(e.field(), e.message()))
                            .toList());
        }
        if (cause.isPresent() && cause.get() instanceof StewardException steward) {
            return Problem.of(steward.status(), steward.code(), steward.title(), steward.detail(), instance)
                    .withExtensions(steward.extensions());
        }
        if (cause.isPresent() && cause.get() instanceof ConstraintViolationException invalid) {
            return Problem.of(400, "validation.failed", "Some fields are not valid", summary(invalid), instance)
                    .withViolations(violations(invalid));
        }
        if (status == 401 && cause.isPresent() && cause.get() instanceof AuthenticationException) {
            return Problem.of(401, "auth.bad-credentials", "Invalid username or password", null, instance);
        }
        return switch (status) {
            case 400 -> badRequest(context, instance);
            case 401 -> Problem.of(401, "auth.unauthenticated", "Sign-in required", null, instance);
            case 403 -> Problem.of(403, "auth.forbidden", "Not allowed for your role", null, instance);
            case 404 -> Problem.of(404, "http.not-found", "Not found", null, instance);
            case 405 -> Problem.of(405, "http.method-not-allowed", "Method not allowed", null, instance);
            case 406 -> Problem.of(406, "http.not-acceptable", "Not acceptable", null, instance);
            case 413 -> Problem.of(413, "http.payload-too-large", "Request too large", null, instance);
            case 415 ->
                Problem.of(
                        415, "http.unsupported-media-type", "Unsupported media type", firstMessage(context), instance);
            case 503 -> Problem.of(503, "server.unavailable", "Service unavailable", null, instance);
            default ->
                status >= 500
                        ? Problem.of(status, "server.error", "Something went wrong on our side", null, instance)
                        : Problem.of(
                                status,
                                "http." + status,
                                HttpStatus.valueOf(status).getReason(),
                                null,
                                instance);
        };
    }

    private static Problem badRequest(ErrorContext context, String instance) {
        Optional<Throwable> cause = context.getRootCause();
        String detail = firstMessage(context);
        if (cause.isPresent() && cause.get() instanceof UnsatisfiedRouteException missing) {
            return Problem.of(400, "validation.failed", "Some fields are not valid", detail, instance)
                    .withViolations(
                            List.of(new Problem.Violation(missing.getArgument().getName(), "is required")));
        }
        if (cause.isPresent()
                && cause.get() instanceof ConversionErrorException conversion
                && !conversion.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Problem.of(400, "validation.failed", "Some fields are not valid", detail, instance)
                    .withViolations(List.of(new Problem.Violation(
                            conversion.getArgument().getName(), "has a value of the wrong type or format")));
        }
        return Problem.of(400, "request.malformed", "The request could not be read", readable(detail), instance);
    }

    /** Keeps the part of a parser message a client can act on; drops class names and parser positions. */
    static String readable(String message) {
        if (message == null) {
            return null;
        }
        String text = message;
        int dueTo = text.lastIndexOf("due to: ");
        if (dueTo >= 0) {
            text = text.substring(dueTo + "due to: ".length());
        }
        int at = text.indexOf(" at [Source");
        if (at >= 0) {
            text = text.substring(0, at);
        }
        text = text.replaceAll("`?(org|io|java|com)\\.[\\w.$]+`?", "value").trim();
        return text.isEmpty() ? null : text;
    }

    private static String firstMessage(ErrorContext context) {
        return context.getErrors().stream().findFirst().map(Error::getMessage).orElse(null);
    }

    private static String summary(ConstraintViolationException invalid) {
        int count = invalid.getConstraintViolations().size();
        return count == 1 ? "1 field needs attention." : count + " fields need attention.";
    }

    static List<Problem.Violation> violations(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
    }

    /** "create.request.emails[0].address" becomes "emails[0].address": drop the method and parameter nodes. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && !field.isEmpty()) {
                // the index belongs to the container named just before: emails[0].address
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT
                    || node.getName() == null
                    || node.getName().isEmpty()) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return field.toString();
    }
}
