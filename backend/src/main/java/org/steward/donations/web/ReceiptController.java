package org.steward.donations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.steward.donations.ReceiptPdf;
import org.steward.donations.ReceiptService;
import org.steward.donations.ReceiptTemplateView;
import org.steward.donations.ReceiptView;
import org.steward.donations.SaveReceiptTemplateCommand;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/** Tax receipts and the receipt template: administrators and development officers; the template is changed by
 * administrators only. */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Receipts")
public class ReceiptController {

    private final ReceiptService receipts;

    ReceiptController(ReceiptService receipts) {
        this.receipts = receipts;
    }

    @Serdeable
    public record AnnualRequest(@NotNull UUID constituentId, @NotNull @Min(1900) @Max(9999) Integer year) {}

    @Serdeable
    public record VoidRequest(@NotBlank @Size(max = 1000) String reason) {}

    @Serdeable
    public record ReplaceRequest(@Nullable @Size(max = 1000) String reason) {}

    @Serdeable
    public record TemplateRequest(
            @NotBlank @Size(max = 300) String organizationName,
            @Nullable @Size(max = 10) List<@Size(max = 200) String> addressLines,
            @Nullable @Size(max = 100) String charityRegistrationNumber,
            @Nullable @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String signatoryName,
            @Nullable @Size(max = 200) String signatoryTitle,
            @Nullable @Size(max = 200) String signatureText,
            @Nullable @Size(max = 20000) String legalWording,
            @Nullable @Size(max = 1000) String footer,
            @Nullable @Size(max = 4000000) String logoPngBase64,
            long version) {

        SaveReceiptTemplateCommand command() {
            return new SaveReceiptTemplateCommand(
                    organizationName,
                    addressLines == null ? List.of() : addressLines,
                    charityRegistrationNumber,
                    title,
                    signatoryName,
                    signatoryTitle,
                    signatureText,
                    legalWording,
                    footer,
                    logoPngBase64,
                    version);
        }
    }

    @Post("/gifts/{id}/receipt")
    @Operation(summary = "Issue a tax receipt for one completed gift that is on no live receipt")
    public HttpResponse<ReceiptView> issueForGift(UUID id) {
        return created(receipts.issueForGift(id));
    }

    @Post("/receipts/annual")
    @Operation(summary = "Issue one receipt for a donor's completed gifts of a year that have no live receipt yet")
    public HttpResponse<ReceiptView> issueAnnual(@Valid @Body AnnualRequest request) {
        return created(receipts.issueAnnual(request.constituentId(), request.year()));
    }

    @Get("/receipts")
    @Operation(summary = "Receipts, newest serial first, optionally of one donor and one year")
    public PageResponse<ReceiptView> search(
            @QueryValue @Nullable UUID constituentId,
            @QueryValue @Nullable @Min(1900) @Max(9999) Integer year,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return receipts.search(constituentId, year, page, size);
    }

    @Get("/receipts/{id}")
    @Operation(summary = "One receipt with the gifts it covers")
    public ReceiptView get(UUID id) {
        return receipts.get(id);
    }

    @Post("/receipts/{id}/void")
    @Operation(summary = "Void a receipt; its gifts can be receipted again")
    public ReceiptView voidReceipt(UUID id, @Valid @Body VoidRequest request) {
        return receipts.voidReceipt(id, request.reason().trim());
    }

    @Post("/receipts/{id}/replace")
    @Operation(summary = "Cancel a receipt and issue a new one, with a new serial, for the same gifts")
    public HttpResponse<ReceiptView> replace(UUID id, @Valid @Body @Nullable ReplaceRequest request) {
        String reason =
                request == null || request.reason() == null || request.reason().isBlank()
                        ? null
                        : request.reason().trim();
        return created(receipts.replace(id, reason));
    }

    @Get(value = "/receipts/{id}/pdf", produces = "application/pdf")
    @Operation(
            summary = "The receipt as PDF; the first download is the original, later ones say DUPLICATE COPY, a"
                    + " cancelled receipt says VOID")
    public HttpResponse<byte[]> pdf(UUID id) {
        ReceiptPdf pdf = receipts.pdf(id);
        return HttpResponse.ok(pdf.content())
                .contentType(new MediaType("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
    }

    @Get("/receipt-template")
    @Operation(summary = "The organization's receipt template (defaults until an administrator saves one)")
    public ReceiptTemplateView template() {
        return receipts.template();
    }

    @Put("/receipt-template")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Replace the receipt template; send the version read (0 before the first save)")
    public ReceiptTemplateView saveTemplate(@Valid @Body TemplateRequest request) {
        return receipts.saveTemplate(request.command());
    }

    private static HttpResponse<ReceiptView> created(ReceiptView view) {
        return HttpResponse.created(view, URI.create("/api/receipts/" + view.id()));
    }
}
