package org.steward.shared.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web page is a single-page app: a GET for a client route such as {@code /users} that matches no file gets
 * {@code index.html}, and the app's router takes it from there. Anything under {@code /api/} keeps its problem 404.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class SpaFallbackController {

    private final ErrorResponseProcessor<?> processor;
    private final byte[] indexHtml;

    public SpaFallbackController(ErrorResponseProcessor<?> processor, ResourceResolver resources) {
        this.processor = processor;
        this.indexHtml = resources
                .getResourceAsStream("classpath:public/index.html")
                .map(SpaFallbackController::read)
                .orElse(null);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean clientRoute = request.getMethod() == HttpMethod.GET
                && indexHtml != null
                && !path.startsWith("/api/")
                && !path.equals("/api")
                && !path.startsWith("/assets/")
                && !path.startsWith("/health");
        if (clientRoute) {
            return HttpResponse.ok(indexHtml)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-cache");
        }
        if (path.startsWith("/api/") && request.getUserPrincipal().isEmpty()) {
            // strangers learn nothing about which API paths exist
            return processor.processResponse(ErrorContext.builder(request).build(), HttpResponse.unauthorized());
        }
        return processor.processResponse(ErrorContext.builder(request).build(), HttpResponse.notFound());
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
