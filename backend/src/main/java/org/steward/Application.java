package org.steward;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.TimeZone;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Steward",
                        version = "0.1",
                        description =
                                "Donor and event management for nonprofits. Every error is application/problem+json "
                                        + "with a stable `code` (see docs/problems.md).",
                        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        // Connector/J and MariaDB disagree on zones unless everything is UTC (see ../shared/STACK.md).
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        System.setProperty("user.timezone", "UTC");
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
