package org.steward.platform;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document generated from the code at compile time (micronaut-openapi). */
@Controller("/api/openapi.yml")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "API description")
public class OpenApiController {

    static final String LOCATION = "classpath:META-INF/swagger/steward-0.1.yml";
    private final byte[] document;

    OpenApiController(ResourceResolver resources) {
        this.document = resources
                .getResourceAsStream(LOCATION)
                .map(OpenApiController::read)
                .orElseThrow(() -> new IllegalStateException("OpenAPI document missing at " + LOCATION));
    }

    @Get(produces = "application/yaml")
    @Operation(summary = "This API's OpenAPI 3 description")
    public HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
