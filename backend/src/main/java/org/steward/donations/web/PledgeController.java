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
import org.steward.donations.PledgeListItem;
import org.steward.donations.PledgeQuery;
import org.steward.donations.PledgeService;
import org.steward.donations.PledgeStatus;
import org.steward.donations.PledgeView;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * Pledges and their payments. Like gifts, named pledges are for administrators and development officers only: event
 * coordinators see nothing of giving and board members no named donor's pledges.
 */
@Controller("/api/pledges")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Donations")
public class PledgeController {

    private final PledgeService pledges;
    private final JsonMapper json;

    PledgeController(PledgeService pledges, JsonMapper json) {
        this.pledges = pledges;
        this.json = json;
    }

    @Post
    @Operation(
            summary = "Record a pledge with explicit installments or a generated schedule (count, frequency, first"
                    + " due date; cents split exactly, the last installment takes the remainder)")
    public HttpResponse<PledgeView> create(@Valid @Body PledgeRequests.PledgeRequest request) {
        PledgeView created = pledges.create(request.command());
        return HttpResponse.created(created, URI.create("/api/pledges/" + created.id()));
    }

    @Get
    @Operation(summary = "Pledges, latest first, optionally of one donor, status or campaign, or overdue ones")
    public PageResponse<PledgeListItem> search(
            @QueryValue @Nullable UUID constituentId,
            @QueryValue @Nullable PledgeStatus status,
            @QueryValue @Nullable UUID campaignId,
            @QueryValue @Nullable Boolean overdue,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return pledges.search(new PledgeQuery(constituentId, status, campaignId, overdue), page, size);
    }

    @Get("/{id}")
    @Operation(summary = "One pledge with its installments (paid, written off, open, overdue), payments and balance")
    public PledgeView get(UUID id) {
        return pledges.get(id);
    }

    @Put("/{id}")
    @Operation(
            summary = "Reschedule the installments nothing was paid on or written off (and change the amount or"
                    + " notes); send the version")
    public PledgeView update(UUID id, @Valid @Body PledgeRequests.UpdatePledgeRequest request) {
        return pledges.update(id, request.command());
    }

    @Post("/{id}/payments")
    @Operation(
            summary = "Record a payment: a PLEDGE_PAYMENT gift applied to the oldest open installments; never more"
                    + " than the balance. With an Idempotency-Key header, sent again it returns the same gift")
    public HttpResponse<GiftView> pay(
            UUID id,
            @Header("Idempotency-Key") @Nullable String idempotencyKey,
            @Valid @Body PledgeRequests.PaymentRequest request) {
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
        GiftView recorded = pledges.pay(id, request.command(), key, hash);
        return HttpResponse.created(recorded, URI.create("/api/gifts/" + recorded.id()));
    }

    @Post("/{id}/write-off")
    @Operation(summary = "Write off part or all of the balance (latest installments first), with a reason")
    public PledgeView writeOff(UUID id, @Valid @Body PledgeRequests.WriteOffRequest request) {
        return pledges.writeOff(id, request.command());
    }

    @Post("/{id}/cancel")
    @Operation(summary = "Cancel an open pledge nothing was paid on, with a reason")
    public PledgeView cancel(UUID id, @Valid @Body PledgeRequests.CancelRequest request) {
        return pledges.cancel(id, request.command());
    }

    /** The request as bound, with the pledge it pays: a key reused for another pledge is another request. */
    private String hash(UUID id, PledgeRequests.PaymentRequest request) {
        try {
            byte[] canonical = (id + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
