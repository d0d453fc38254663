package org.steward.events.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.steward.events.EventCommands;
import org.steward.events.PublicEventView;
import org.steward.events.PublicRegistrationService;
import org.steward.events.PublicRegistrationView;
import org.steward.events.PublicSignUp;
import org.steward.events.RegistrationService;
import org.steward.events.RegistrationStatus;
import org.steward.events.internal.PublicSignUpThrottle;

/**
 * The public sign-up page's API: no sign-in (ADR 0018). Lists published events open for registration and takes
 * sign-ups, limited per client address; a filled honeypot field ({@code website}, hidden from people) is answered
 * as if accepted and stores nothing.
 */
@Controller("/api/public/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public events")
public class PublicEventController {

    private final PublicRegistrationService service;
    private final PublicSignUpThrottle throttle;
    private final HttpClientAddressResolver addresses;

    PublicEventController(
            PublicRegistrationService service, PublicSignUpThrottle throttle, HttpClientAddressResolver addresses) {
        this.service = service;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Get
    @Operation(summary = "Published events open for registration, with ticket types and seats left (no personal data)")
    public List<PublicEventView> list() {
        return service.openEvents();
    }

    @Get("/{id}")
    @Operation(summary = "One published event with its ticket types, questions and seats left")
    public PublicEventView get(UUID id) {
        return service.event(id);
    }

    @Post("/{id}/registrations")
    @Operation(
            summary = "Sign up for a published event: REGISTERED when the party fits, WAITLISTED otherwise; limited"
                    + " per client address (429 events.too-many-sign-ups)")
    public HttpResponse<PublicRegistrationView> signUp(
            UUID id, HttpRequest<?> request, @Valid @Body SignUpRequest body) {
        throttle.acquire(addresses.resolve(request));
        if (body.website() != null && !body.website().isBlank()) {
            int party = 1 + (body.guests() == null ? 0 : body.guests());
            var pretend = new PublicRegistrationView(UUID.randomUUID(), id, RegistrationStatus.REGISTERED, party);
            return HttpResponse.created(pretend);
        }
        PublicRegistrationView created = service.signUp(id, body.command());
        return HttpResponse.created(created);
    }

    /** {@code website} is the honeypot: a hidden field that people leave empty and form-filling bots do not. */
    @Serdeable
    record SignUpRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 320) String email,
            @NotNull UUID ticketTypeId,
            @Nullable @Min(0) @Max(RegistrationService.MAX_GUESTS) Integer guests,
            @Nullable @Size(max = 50) List<@Valid @NotNull AnswerRequest> answers,
            @Nullable @Size(max = 500) String website) {

        PublicSignUp command() {
            return new PublicSignUp(
                    firstName,
                    lastName,
                    email,
                    ticketTypeId,
                    guests == null ? 0 : guests,
                    answers == null
                            ? List.of()
                            : answers.stream()
                                    .map(a -> new EventCommands.Answer(a.questionId(), a.answer()))
                                    .toList());
        }
    }

    @Serdeable
    record AnswerRequest(@NotNull UUID questionId, @NotBlank @Size(max = 2000) String answer) {}
}
