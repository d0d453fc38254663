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
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.donations.GiftListItem;
import org.steward.donations.GiftQuery;
import org.steward.donations.GiftService;
import org.steward.donations.GiftView;
import org.steward.donations.GivingService;
import org.steward.donations.GivingView;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * The gift ledger and a constituent's giving. Administrators and development officers only: event coordinators
 * and board members see no named gifts (board members get aggregates through reports).
 */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Donations")
public class GiftController {

    static final int KEY_MAX = 200;

    private final GiftService gifts;
    private final GivingService giving;
    private final JsonMapper json;

    GiftController(GiftService gifts, GivingService giving, JsonMapper json) {
        this.gifts = gifts;
        this.giving = giving;
        this.json = json;
    }

    @Post("/gifts")
    @Operation(
            summary = "Record a gift; with an Idempotency-Key header the same request sent again returns the same"
                    + " gift instead of recording another")
    public HttpResponse<GiftView> record(
            @Header("Idempotency-Key") @Nullable String idempotencyKey, @Valid @Body GiftRequests.GiftRequest request) {
        String key = null;
        String hash = null;
        if (idempotencyKey != null) {
            key = idempotencyKey.trim();
            if (key.isEmpty() || key.length() > KEY_MAX) {
                throw InvalidInputException.of("Idempotency-Key", "must be 1 to " + KEY_MAX + " characters");
            }
            hash = hash(request);
        }
        GiftView recorded = gifts.record(request.command(), key, hash);
        return HttpResponse.created(recorded, URI.create("/api/gifts/" + recorded.id()));
    }

    @Get("/gifts")
    @Operation(
            summary = "Gifts, newest first, optionally of one donor or campaign, between two dates received, and"
                    + " thanked for or not (acknowledged=false: gifts still to thank for)")
    public PageResponse<GiftListItem> search(
            @QueryValue @Nullable UUID constituentId,
            @QueryValue @Nullable UUID campaignId,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @QueryValue @Nullable Boolean acknowledged,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return gifts.search(new GiftQuery(constituentId, campaignId, from, to, acknowledged), page, size);
    }

    @Get("/gifts/{id}")
    @Operation(summary = "One gift with its allocations, soft credits, adjustments and refunds")
    public GiftView get(UUID id) {
        return gifts.get(id);
    }

    @Put("/gifts/{id}")
    @Operation(
            summary = "Change a gift's non-money fields (status of a pending gift, appeal, notes...); send the version")
    public GiftView update(UUID id, @Valid @Body GiftRequests.UpdateGiftRequest request) {
        return gifts.update(id, request.command());
    }

    @Post("/gifts/{id}/adjustments")
    @Operation(summary = "Correct a gift's amount, date received or donor; the previous values stay in its history")
    public GiftView adjust(UUID id, @Valid @Body GiftRequests.AdjustmentRequest request) {
        return gifts.adjust(id, request.command());
    }

    @Post("/gifts/{id}/refund")
    @Operation(summary = "Refund all that is left of a gift, or part of it")
    public GiftView refund(UUID id, @Valid @Body GiftRequests.RefundRequest request) {
        return gifts.refund(id, request.command());
    }

    @Post("/gifts/{id}/acknowledgement")
    @Operation(summary = "Record how and when the donor was thanked for the gift (replaces an earlier record)")
    public GiftView acknowledge(UUID id, @Valid @Body GiftRequests.AcknowledgementRequest request) {
        return gifts.acknowledge(id, request.command());
    }

    @Get("/constituents/{id}/giving")
    @Operation(summary = "A constituent's giving rollups in the base currency (a household's include its members')")
    public GivingView giving(UUID id) {
        return giving.giving(new ConstituentId(id));
    }

    private String hash(GiftRequests.GiftRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
