package org.steward.events.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.steward.events.EventDocuments;
import org.steward.shared.security.Roles;

/**
 * An event's documents for the door and the office: the attendee list (Excel; development officers read it too),
 * name badges and the sign-in sheet (PDF).
 */
@Controller("/api/events")
@Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR})
@Tag(name = "Events")
public class EventDocumentController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private final EventDocuments documents;

    EventDocumentController(EventDocuments documents) {
        this.documents = documents;
    }

    @Get(value = "/{id}/attendees.xlsx", produces = XLSX)
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER})
    @Operation(
            summary = "The attendee list as an Excel workbook: one row per registration (cancelled ones only with"
                    + " includeCancelled=true), with contact details, fee paid, notes and the answers to the questions")
    public HttpResponse<byte[]> attendees(UUID id, @QueryValue(defaultValue = "false") boolean includeCancelled) {
        return file(documents.attendees(id, includeCancelled), XLSX, "attendees-" + id + ".xlsx");
    }

    @Get(value = "/{id}/badges.pdf", produces = PDF)
    @Operation(summary = "Name badges (PDF, 8 to an A4 page): one per person holding a seat, named guests included")
    public HttpResponse<byte[]> badges(UUID id) {
        return file(documents.badges(id), PDF, "badges-" + id + ".pdf");
    }

    @Get(value = "/{id}/sign-in-sheet.pdf", produces = PDF)
    @Operation(summary = "The sign-in sheet (PDF): parties holding seats by last name, with a box to sign")
    public HttpResponse<byte[]> signInSheet(UUID id) {
        return file(documents.signInSheet(id), PDF, "sign-in-sheet-" + id + ".pdf");
    }

    private static HttpResponse<byte[]> file(byte[] content, String type, String name) {
        return HttpResponse.ok(content)
                .contentType(new MediaType(type))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
