package org.steward.reporting.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.steward.reporting.ReportRunView;
import org.steward.reporting.ReportScheduleService;
import org.steward.reporting.ReportScheduleView;
import org.steward.shared.security.Roles;

/**
 * Report schedules: administrators manage all of them, board members create them and manage their own, development
 * officers read them all (docs/adr/0025-report-schedules-and-runs.md).
 */
@Controller("/api/report-schedules")
@Secured({Roles.ADMIN, Roles.BOARD_MEMBER})
@Tag(name = "Report schedules")
public class ReportScheduleController {

    private final ReportScheduleService schedules;

    ReportScheduleController(ReportScheduleService schedules) {
        this.schedules = schedules;
    }

    @Post
    @Operation(
            summary = "Schedules a report: parameters (no asOf: each run is as of its date in timeZone), format XLSX,"
                    + " PDF or BOTH, a Quartz cron in timeZone, 1 to 20 recipients; owned by the caller")
    public HttpResponse<ReportScheduleView> create(@Body ReportScheduleRequest request) {
        ReportScheduleView created = schedules.create(request.command());
        return HttpResponse.created(created, URI.create("/api/report-schedules/" + created.id()));
    }

    @Get
    @Secured({Roles.ADMIN, Roles.BOARD_MEMBER, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Report schedules with their next firing and latest run (a board member's own only)")
    public List<ReportScheduleView> list() {
        return schedules.list();
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.BOARD_MEMBER, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "One report schedule")
    public ReportScheduleView get(UUID id) {
        return schedules.get(id);
    }

    @Put("/{id}")
    @Operation(summary = "Replaces a report schedule; version as read, 409 when stale")
    public ReportScheduleView update(UUID id, @Body ReportScheduleRequest request) {
        return schedules.update(id, request.command(), request.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a report schedule with its runs and their files")
    public void delete(UUID id) {
        schedules.delete(id);
    }

    @Post("/{id}/run")
    @Operation(summary = "Runs the schedule now, in the background: 202 with the run (RUNNING)")
    public HttpResponse<ReportRunView> runNow(UUID id) {
        return HttpResponse.accepted().body(schedules.runNow(id));
    }

    @Get("/{id}/runs")
    @Secured({Roles.ADMIN, Roles.BOARD_MEMBER, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "The schedule's runs, the latest first: status, duration, rows, attempts, error, files")
    public List<ReportRunView> runs(UUID id) {
        return schedules.runs(id);
    }
}
