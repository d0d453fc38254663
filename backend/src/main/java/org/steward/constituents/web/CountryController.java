package org.steward.constituents.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.steward.constituents.Countries;

/** The countries an address can be in, for the address form's searchable list. */
@Controller("/api/countries")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Constituents")
public class CountryController {

    @Get
    @Operation(
            summary = "The countries an address can be in",
            description = "ISO 3166-1 alpha-2 code, English name and telephone calling code, by name.")
    public List<Countries.Country> countries() {
        return Countries.all();
    }
}
