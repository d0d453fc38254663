package org.steward.donations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.steward.donations.GiftView;
import org.steward.donations.RecurringGiftListItem;
import org.steward.donations.RecurringGiftService;
import org.steward.donations.RecurringGiftStatus;
import org.steward.donations.RecurringGiftView;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * Recurring gifts: schedules of expected payments and the payments that arrive. Administrators and development
 * officers only, like every named gift (event coordinators and board members get 403).
 */
@Controller("/api/recurring-gifts")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Donations")
public class RecurringGiftController {

    private final RecurringGiftService recurring;
    private final JsonMapper json;

    RecurringGiftController(RecurringGiftService recurring, JsonMapper json) {
        this.recurring = recurring;
        this.json = json;
    }

    @Post
    @Operation(
            summary = "Set up a recurring gift: amount, designation and schedule (every N weeks, months, quarters"
                    + " or years), from a start date, until an end date or a number of payments")
    public HttpResponse<RecurringGiftView> create(@Valid @Body RecurringGiftRequests.CreateRequest request) {
        RecurringGiftView created = recurring.create(request.command());
        return HttpResponse.created(created, URI.create("/api/recurring-gifts/" + created.id()));
    }

    @Get
    @Operation(summary = "Recurring gifts, newest start first, optionally of one donor and in one status")
    public PageResponse<RecurringGiftListItem> search(
            @QueryValue @Nullable UUID constituentId,
            @QueryValue @Nullable RecurringGiftStatus status,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return recurring.search(constituentId, status, page, size);
    }

    @Get("/{id}")
    @Operation(summary = "One recurring gift with its expected dates, payments, pauses and change log")
    public RecurringGiftView get(UUID id) {
        return recurring.get(id);
    }

    @Put("/{id}")
    @Operation(summary = "Change amount, designation, schedule or end; send the version. Logged in the change log")
    public RecurringGiftView change(UUID id, @Valid @Body RecurringGiftRequests.ChangeRequest request) {
        return recurring.change(id, request.command());
    }

    @Post("/{id}/pause")
    @Operation(summary = "Stop expecting payments from a date (today by default) until a date or until resumed")
    public RecurringGiftView pause(UUID id, @Valid @Body RecurringGiftRequests.PauseRequest request) {
        return recurring.pause(id, request.command());
    }

    @Post("/{id}/resume")
    @Operation(summary = "End the current pause today, or cancel a planned one")
    public RecurringGiftView resume(UUID id, @Valid @Body RecurringGiftRequests.ReasonRequest request) {
        return recurring.resume(id, request.reason());
    }

    @Post("/{id}/close")
    @Operation(summary = "Close the recurring gift: no more payments are expected or accepted")
    public RecurringGiftView close(UUID id, @Valid @Body RecurringGiftRequests.ReasonRequest request) {
        return recurring.close(id, request.reason());
    }

    @Post("/{id}/payments")
    @Operation(
            summary = "Record a payment that arrived, as a gift covering the earliest expected date not yet paid; with"
                    + " an Idempotency-Key header the same request sent again returns the same gift")
    public HttpResponse<GiftView> pay(
            UUID id,
            @Header("Idempotency-Key") @Nullable String idempotencyKey,
            @Valid @Body RecurringGiftRequests.PaymentRequest request) {
        String key = null;
        String hash = null;
        if (idempotencyKey != null) {
            key = idempotencyKey.trim();
            if (key.isEmpty() || key.length() > GiftController.KEY_MAX) {
                throw InvalidInputException.of(
                        "Idempotency-Key", "must be 1 to " + GiftController.KEY_MAX + " characters");
            }
            hash = hash(id, request);
        }
        GiftView gift = recurring.recordPayment(id, request.command(), key, hash);
        return HttpResponse.created(gift, URI.create("/api/gifts/" + gift.id()));
    }

    private String hash(UUID id, RecurringGiftRequests.PaymentRequest request) {
        try {
            byte[] canonical = (id + "\n" + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
