package org.steward.reporting.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.steward.reporting.ReportRunFile;
import org.steward.reporting.ReportScheduleService;
import org.steward.shared.security.Roles;

/** The archived files of report runs, downloadable until the run expires (410 after). */
@Controller("/api/report-runs")
@Secured({Roles.ADMIN, Roles.BOARD_MEMBER, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Report schedules")
public class ReportRunController {

    private final ReportScheduleService schedules;

    ReportRunController(ReportScheduleService schedules) {
        this.schedules = schedules;
    }

    @Get(
            value = "/{id}/file",
            produces = {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/pdf",
                MediaType.APPLICATION_JSON // problems; and clients that ask for JSON still get the file
            })
    @Operation(
            summary = "A file of a run: format=xlsx or pdf (default: its first); 410 reports.run-expired after the"
                    + " retention period")
    public HttpResponse<byte[]> file(UUID id, @QueryValue @Nullable String format) {
        ReportRunFile file = schedules.file(id, format);
        return HttpResponse.ok(file.content())
                .contentType(new MediaType(file.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    }
}
