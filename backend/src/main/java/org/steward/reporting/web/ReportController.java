package org.steward.reporting.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.reporting.ChartData;
import org.steward.reporting.Explanation;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportFormat;
import org.steward.reporting.ReportResult;
import org.steward.reporting.ReportRow;
import org.steward.reporting.ReportService;
import org.steward.reporting.ReportSettings;
import org.steward.reporting.ReportViewer;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;

/**
 * The report catalogue and runs: JSON (one page of rows), Excel or PDF (every row). Board members see aggregates;
 * named donor lists only when an administrator allows it. Event coordinators run event attendance only.
 */
@Controller("/api")
@Tag(name = "Reports")
public class ReportController {

    private final ReportService reports;
    private final ReportSettings settings;
    private final CurrentActor actor;

    ReportController(ReportService reports, ReportSettings settings, CurrentActor actor) {
        this.reports = reports;
        this.settings = settings;
        this.actor = actor;
    }

    @Serdeable
    public record Column(String key, String heading, String kind) {}

    @Serdeable
    public record Row(UUID constituentId, Map<String, Object> values) {}

    @Serdeable
    public record Summary(String label, Object value, String kind) {}

    @Serdeable
    public record ReportPage(
            String name,
            String title,
            String definition,
            String currency,
            Map<String, String> parameters,
            List<String> parameterLines,
            List<Column> columns,
            List<Row> rows,
            long rowCount,
            int page,
            int size,
            Map<String, Object> totals,
            List<Summary> summary,
            ChartData chart,
            boolean namesHidden) {}

    @Serdeable
    public record SettingsRequest(@NotNull Boolean boardSeesDonorNames, @NotNull Long version) {}

    @Get("/reports")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER, Roles.EVENT_COORDINATOR})
    @Operation(
            summary = "The report catalogue: each report's definition in words and its parameters (those your"
                    + " role may run)")
    public List<ReportDefinition> catalogue() {
        ReportViewer viewer = viewer();
        return reports.catalogue().stream().filter(d -> viewer.mayRun(d.name())).toList();
    }

    @Get(
            value = "/reports/{name}",
            produces = {
                MediaType.APPLICATION_JSON,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/pdf"
            })
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER, Roles.EVENT_COORDINATOR})
    @Operation(
            summary = "Runs a report: format=json (default; one page of rows: page, size), xlsx or pdf (every row)."
                    + " Parameters: asOf, yearBasis, fiscalYearStart, creditBasis, kinds and the report's own")
    public HttpResponse<?> run(
            String name,
            HttpRequest<?> request,
            @QueryValue(defaultValue = "json") String format,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "50") int size) {
        Map<String, String> raw = parameters(request);
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("json", "xlsx", "pdf").contains(f)) {
            throw InvalidInputException.of("format", "must be json, xlsx or pdf");
        }
        if (f.equals("json")) {
            if (page < 0) {
                throw InvalidInputException.of("page", "must be 0 or more");
            }
            if (size < 1 || size > 500) {
                throw InvalidInputException.of("size", "must be from 1 to 500");
            }
            ReportResult result = reports.run(name, raw, viewer(), java.time.ZoneOffset.UTC, false);
            int from = (int) Math.min((long) page * size, result.rows().size());
            List<ReportRow> shown =
                    result.rows().subList(from, Math.min(result.rows().size(), from + size));
            reports.fillNames(shown);
            return HttpResponse.ok(page(result, shown, page, size));
        }
        ReportFormat target = ReportFormat.valueOf(f.toUpperCase(Locale.ROOT));
        ReportResult result = reports.run(name, raw, viewer());
        // written to a temporary file, not held in memory, and sent from it; the file goes when the stream closes
        StreamedFile file;
        Path written = null;
        try {
            written = Files.createTempFile("steward-report-", "." + target.extension());
            try (OutputStream out = Files.newOutputStream(written)) {
                reports.export(result, target, out);
            }
            file = new StreamedFile(
                    Files.newInputStream(written, StandardOpenOption.DELETE_ON_CLOSE),
                    new MediaType(target.mediaType()));
        } catch (IOException e) {
            deleteQuietly(written);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(written);
            throw e;
        }
        return HttpResponse.ok(file)
                .contentType(new MediaType(target.mediaType()))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + result.fileBaseName() + "." + target.extension() + "\"");
    }

    @Get("/reports/{name}/why")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
    @Operation(summary = "Why a donor is in a report with these parameters: the figures in words and the gifts")
    public Explanation why(String name, @QueryValue UUID constituentId, HttpRequest<?> request) {
        Map<String, String> raw = parameters(request);
        raw.remove("constituentId");
        return reports.explain(name, constituentId, raw, viewer());
    }

    @Get("/report-settings")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
    @Operation(summary = "Reporting settings: whether board members see named donor lists")
    public ReportSettings.View settings() {
        return settings.get();
    }

    @Put("/report-settings")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Changes the reporting settings (administrators); version as read, 409 when stale")
    public ReportSettings.View saveSettings(@Body @Valid SettingsRequest body) {
        return settings.save(body.boardSeesDonorNames(), body.version());
    }

    private ReportViewer viewer() {
        Set<String> roles = new HashSet<>();
        for (String role : Roles.ALL) {
            if (actor.hasRole(role)) {
                roles.add(role);
            }
        }
        boolean allowed = roles.contains(Roles.BOARD_MEMBER) && settings.get().boardSeesDonorNames();
        return new ReportViewer(roles, allowed);
    }

    private static Map<String, String> parameters(HttpRequest<?> request) {
        Map<String, String> raw = new LinkedHashMap<>();
        request.getParameters().forEach((k, v) -> {
            if (!List.of("format", "page", "size").contains(k) && !v.isEmpty()) {
                raw.put(k, v.get(0));
            }
        });
        return raw;
    }

    static ReportPage page(ReportResult r, List<ReportRow> shown, int page, int size) {
        List<Column> columns = r.columns().stream()
                .map(c -> new Column(c.key(), c.heading(), c.kind().name()))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (ReportRow row : shown) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (ReportColumn c : r.columns()) {
                values.put(c.key(), json(row.values().get(c.key())));
            }
            rows.add(new Row(row.constituentId(), values));
        }
        Map<String, Object> totals = null;
        if (r.totals() != null) {
            totals = new LinkedHashMap<>();
            for (var e : r.totals().entrySet()) {
                totals.put(e.getKey(), json(e.getValue()));
            }
        }
        List<Summary> summary = r.summary().stream()
                .map(s -> new Summary(s.label(), json(s.value()), s.kind().name()))
                .toList();
        return new ReportPage(
                r.definition().name(),
                r.title(),
                r.definition().definition(),
                r.currency(),
                r.parameters().asMap(),
                r.parameterLines(),
                columns,
                rows,
                r.rowCount(),
                page,
                size,
                totals,
                summary,
                r.chart(),
                r.namesHidden());
    }

    /** Money and percentages as exact decimal strings, dates as ISO strings. */
    private static Object json(Object value) {
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system's clean-up takes it
        }
    }
}
