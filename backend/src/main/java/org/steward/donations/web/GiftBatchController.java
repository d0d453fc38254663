package org.steward.donations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.steward.donations.GiftBatchService;
import org.steward.donations.GiftBatchStatus;
import org.steward.donations.GiftBatchView;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/** Batch gift entry: the same people as the gift ledger (named gifts). */
@Controller("/api/gift-batches")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Donations")
public class GiftBatchController {

    private final GiftBatchService batches;

    GiftBatchController(GiftBatchService batches) {
        this.batches = batches;
    }

    @Post
    @Operation(summary = "Open a gift batch with its expected number of gifts and total")
    public HttpResponse<GiftBatchView> create(@Valid @Body GiftBatchRequests.CreateBatchRequest request) {
        GiftBatchView created = batches.create(request.command());
        return HttpResponse.created(created, URI.create("/api/gift-batches/" + created.id()));
    }

    @Get
    @Operation(summary = "Gift batches, newest first, with entered count and total against the expected ones")
    public PageResponse<GiftBatchView> list(
            @QueryValue @Nullable GiftBatchStatus status,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return batches.list(status, page, size);
    }

    @Get("/{id}")
    @Operation(summary = "One gift batch with its rows in entry order")
    public GiftBatchView get(UUID id) {
        return batches.get(id);
    }

    @Post("/{id}/rows")
    @Operation(summary = "Add a row to an open batch; it is checked like a gift but is not a gift until posted")
    public HttpResponse<GiftBatchView.Row> addRow(UUID id, @Valid @Body GiftBatchRequests.BatchRowRequest request) {
        GiftBatchView.Row row = batches.addRow(id, request.command());
        return HttpResponse.created(row, URI.create("/api/gift-batches/" + id + "/rows/" + row.id()));
    }

    @Put("/{id}/rows/{rowId}")
    @Operation(summary = "Replace a row of an open batch")
    public GiftBatchView.Row updateRow(UUID id, UUID rowId, @Valid @Body GiftBatchRequests.BatchRowRequest request) {
        return batches.updateRow(id, rowId, request.command());
    }

    @Delete("/{id}/rows/{rowId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a row from an open batch")
    public void deleteRow(UUID id, UUID rowId) {
        batches.deleteRow(id, rowId);
    }

    @Post("/{id}/post")
    @Operation(
            summary = "Post the batch: all rows become completed gifts in one transaction, or nothing is written;"
                    + " refused while the rows do not match the expected count and total")
    public GiftBatchView post(UUID id) {
        return batches.post(id);
    }
}
