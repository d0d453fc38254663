package org.steward.events.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.steward.events.RegistrationService;
import org.steward.events.RegistrationStatus;
import org.steward.events.RegistrationView;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * Registrations by staff. Event coordinators and administrators register and change them; development officers read
 * them; board members see no named registrations (only the counts on the event).
 */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR})
@Tag(name = "Events")
public class RegistrationController {

    static final int KEY_MAX = 200;

    private final RegistrationService registrations;
    private final JsonMapper json;

    RegistrationController(RegistrationService registrations, JsonMapper json) {
        this.registrations = registrations;
        this.json = json;
    }

    @Post("/events/{id}/registrations")
    @Operation(
            summary = "Register a constituent (constituentId) or a new person (person, checked against the duplicate"
                    + " rules: 409 events.possible-duplicate lists the likely matches unless createAnyway is true), and"
                    + " guests: REGISTERED when the party fits, WAITLISTED otherwise; with an Idempotency-Key header"
                    + " the same request sent again returns the same registration")
    public HttpResponse<RegistrationView> register(
            UUID id,
            @Header("Idempotency-Key") @Nullable String idempotencyKey,
            @Valid @Body EventRequests.RegistrationRequest request) {
        request.requireOneRegistrant();
        String key = idempotencyKey(idempotencyKey);
        String hash = key == null ? null : hash(id, request);
        RegistrationView created = request.person() == null
                ? registrations.register(id, request.command(), key, hash)
                : registrations.registerPerson(
                        id,
                        request.person().command(),
                        Boolean.TRUE.equals(request.createAnyway()),
                        request.command(),
                        key,
                        hash);
        return HttpResponse.created(created, URI.create("/api/registrations/" + created.id()));
    }

    @Get("/events/{id}/registrations")
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER})
    @Operation(
            summary = "The event's registrations in the order they were made, optionally of one status and with `q` in"
                    + " the registrant's or a named guest's name (case and accents ignored)")
    public PageResponse<RegistrationView> list(
            UUID id,
            @QueryValue @Nullable RegistrationStatus status,
            @QueryValue @Nullable @Size(max = 200) String q,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        return registrations.list(id, status, q, page, size);
    }

    @Get("/registrations/{id}")
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "One registration with its guests and answers")
    public RegistrationView get(UUID id) {
        return registrations.get(id);
    }

    @Post("/registrations/{id}/cancel")
    @Operation(
            summary = "Cancel a registration (optional reason; refund: true refunds its fee through the gift ledger);"
                    + " its seats are offered to the waitlist")
    public RegistrationView cancel(UUID id, @Valid @Body @Nullable EventRequests.CancelRegistrationRequest request) {
        return registrations.cancel(
                id,
                request == null ? null : request.reason(),
                request != null && Boolean.TRUE.equals(request.refund()));
    }

    @Post("/registrations/{id}/accept-offer")
    @Operation(summary = "Take the seats offered to a waitlisted party while the offer holds")
    public RegistrationView acceptOffer(UUID id) {
        return registrations.acceptOffer(id);
    }

    @Post("/registrations/{id}/decline-offer")
    @Operation(summary = "Turn the offered seats down; they go to the next in line")
    public RegistrationView declineOffer(UUID id) {
        return registrations.declineOffer(id);
    }

    @Post("/registrations/{id}/transfer")
    @Operation(summary = "Give the registration to another constituent")
    public RegistrationView transfer(UUID id, @Valid @Body EventRequests.TransferRequest request) {
        return registrations.transfer(id, request.constituentId(), request.reason());
    }

    /** The Idempotency-Key header trimmed, or null without one; 1 to {@value #KEY_MAX} characters. */
    static @Nullable String idempotencyKey(@Nullable String header) {
        if (header == null) {
            return null;
        }
        String key = header.trim();
        if (key.isEmpty() || key.length() > KEY_MAX) {
            throw InvalidInputException.of("Idempotency-Key", "must be 1 to " + KEY_MAX + " characters");
        }
        return key;
    }

    private String hash(UUID eventId, EventRequests.RegistrationRequest request) {
        try {
            byte[] canonical = (eventId + "\n" + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
