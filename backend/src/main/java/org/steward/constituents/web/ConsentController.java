package org.steward.constituents.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConsentService;
import org.steward.constituents.ConstituentId;
import org.steward.shared.security.Roles;

@Controller("/api/constituents/{id}")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
@Tag(name = "Consent")
public class ConsentController {

    private final ConsentService consent;

    ConsentController(ConsentService consent) {
        this.consent = consent;
    }

    @Serdeable
    public record ConsentRequest(
            @NotNull ConsentService.Channel channel,
            @NotNull ConsentService.Purpose purpose,
            @NotNull ConsentService.Status status,
            @Nullable @Size(max = 500) String statement,
            @NotBlank @Size(max = 100) String source,
            @Nullable LocalDate effectiveDate) {}

    @Post("/consents")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Record an opt-in or opt-out (a new ledger row; nothing is overwritten)")
    public HttpResponse<ConsentService.ConsentEntry> record(UUID id, @Valid @Body ConsentRequest request) {
        var entry = consent.record(
                new ConstituentId(id),
                new ConsentService.RecordConsentCommand(
                        request.channel(),
                        request.purpose(),
                        request.status(),
                        request.statement(),
                        request.source(),
                        request.effectiveDate()));
        return HttpResponse.created(entry);
    }

    @Get("/consents")
    @Operation(summary = "The consent ledger, newest first")
    public List<ConsentService.ConsentEntry> ledger(UUID id) {
        return consent.ledger(new ConstituentId(id));
    }

    @Get("/outreach")
    @Operation(summary = "May we contact this constituent on this channel for this purpose? Says why not")
    public ConsentService.Outreach outreach(
            UUID id, @QueryValue ConsentService.Channel channel, @QueryValue ConsentService.Purpose purpose) {
        return consent.outreach(new ConstituentId(id), channel, purpose);
    }
}
