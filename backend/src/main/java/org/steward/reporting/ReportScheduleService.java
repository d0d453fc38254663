package org.steward.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.reporting.internal.schedules.ReportExportHandler;
import org.steward.reporting.internal.schedules.RunAttempts;
import org.steward.reporting.internal.schedules.RunLedger;
import org.steward.reporting.internal.schedules.RunStore;
import org.steward.reporting.internal.schedules.RunStore.RunRow;
import org.steward.reporting.internal.schedules.ScheduleStore;
import org.steward.reporting.internal.schedules.ScheduleStore.ScheduleRow;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.InvalidInputException.FieldError;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.scheduling.Schedule;
import org.steward.shared.scheduling.Schedules;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;
import org.steward.shared.time.Timestamps;

/**
 * Report schedules (docs/adr/0025-report-schedules-and-runs.md): a report, its parameters, formats, a cron in a
 * zone and recipients; each firing is a run, archived and mailed. Administrators manage every schedule; board
 * members create schedules and manage their own; development officers read them all. Every change is audited
 * (entity type {@code report-schedule}).
 */
@Singleton
public class ReportScheduleService {

    public static final String ENTITY = "report-schedule";
    static final int MAX_RECIPIENTS = 20;
    static final int RUNS_LISTED = 200;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private final ScheduleStore store;
    private final RunStore runs;
    private final RunLedger ledger;
    private final RunAttempts attempts;
    private final Schedules schedules;
    private final ReportService reports;
    private final ReportSettings settings;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final Timestamps timestamps;

    ReportScheduleService(
            ScheduleStore store,
            RunStore runs,
            RunLedger ledger,
            RunAttempts attempts,
            Schedules schedules,
            ReportService reports,
            ReportSettings settings,
            CurrentActor actor,
            AuditTrail audit,
            Timestamps timestamps) {
        this.store = store;
        this.runs = runs;
        this.ledger = ledger;
        this.attempts = attempts;
        this.schedules = schedules;
        this.reports = reports;
        this.settings = settings;
        this.actor = actor;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    /** Creates a schedule owned by the caller; when enabled, its trigger is stored with it. */
    @Transactional
    public ReportScheduleView create(SaveReportScheduleCommand c) {
        Checked v = check(c, null);
        Instant now = timestamps.now();
        String by = actor.name();
        ScheduleRow row = new ScheduleRow(
                Ids.next(),
                v.name(),
                v.report(),
                v.parameters(),
                v.format(),
                v.cron(),
                v.zone(),
                v.recipients(),
                c.enabled(),
                by,
                0,
                now,
                by,
                now,
                by);
        store.insert(row);
        audit.record(ENTITY, row.id(), AuditTrail.CREATED, Changes.created(snapshot(row)));
        trigger(row); // last: a trigger never outlives a rolled-back schedule (and the handler removes strays)
        return view(row, null);
    }

    /** The schedules the caller may see: all of them, or a board member's own. */
    @Transactional(readOnly = true)
    public List<ReportScheduleView> list() {
        List<ScheduleRow> rows = store.list(readsAll() ? null : actor.name());
        Map<UUID, RunRow> latest =
                runs.latest(rows.stream().map(ScheduleRow::id).toList());
        Map<UUID, List<ReportRunView.FileView>> files =
                runs.files(latest.values().stream().map(RunRow::id).toList());
        return rows.stream()
                .map(r -> view(r, latest.containsKey(r.id()) ? runView(latest.get(r.id()), files) : null))
                .toList();
    }

    @Transactional(readOnly = true)
    public ReportScheduleView get(UUID id) {
        ScheduleRow row = load(id);
        mayRead(row);
        return view(row, lastRun(id));
    }

    /** Replaces the schedule at the version the caller read (409 when stale); the owner stays. */
    @Transactional
    public ReportScheduleView update(UUID id, SaveReportScheduleCommand c, @Nullable Long version) {
        ScheduleRow was = store.lock(id).orElseThrow(() -> ReportScheduleProblems.scheduleNotFound(id));
        mayManage(was);
        Checked v = check(c, version == null ? "version" : null);
        if (was.version() != version) {
            throw new StaleVersionException(ENTITY, id);
        }
        Instant now = timestamps.now();
        ScheduleRow is = new ScheduleRow(
                id,
                v.name(),
                v.report(),
                v.parameters(),
                v.format(),
                v.cron(),
                v.zone(),
                v.recipients(),
                c.enabled(),
                was.owner(),
                version + 1,
                was.createdAt(),
                was.createdBy(),
                now,
                actor.name());
        if (!store.update(is, version)) {
            throw new StaleVersionException(ENTITY, id);
        }
        Map<String, Object> before = snapshot(was);
        Changes changes = Changes.track();
        snapshot(is).forEach((field, value) -> changes.field(field, before.get(field), value));
        audit.record(ENTITY, id, AuditTrail.UPDATED, changes.list());
        trigger(is);
        return view(is, lastRun(id));
    }

    /** Deletes the schedule, its trigger, its runs and their files. */
    @Transactional
    public void delete(UUID id) {
        ScheduleRow row = store.lock(id).orElseThrow(() -> ReportScheduleProblems.scheduleNotFound(id));
        mayManage(row);
        store.delete(id);
        audit.record(ENTITY, id, AuditTrail.DELETED, List.of());
        schedules.remove(ReportExportHandler.NAME, id.toString());
    }

    /**
     * Starts a run now, as of today in the schedule's zone, and returns it at once (RUNNING); it runs in the
     * background like a scheduled one (retried, archived, mailed). Two requests in the same second get one run.
     */
    public ReportRunView runNow(UUID id) {
        ScheduleRow row = ledger.schedule(id).orElseThrow(() -> ReportScheduleProblems.scheduleNotFound(id));
        mayManage(row);
        Instant slot = timestamps.now();
        Optional<UUID> claimed = ledger.claimSlot(id, slot, true, attempts.instance(), actor.name());
        claimed.ifPresent(attempts::attemptInBackground);
        return ledger.slot(id, slot)
                .map(r -> runView(r, Map.of()))
                .orElseThrow(() -> ReportScheduleProblems.scheduleNotFound(id));
    }

    /** The schedule's runs, the latest first (at most 200). */
    @Transactional(readOnly = true)
    public List<ReportRunView> runs(UUID id) {
        ScheduleRow row = load(id);
        mayRead(row);
        List<RunRow> list = runs.runsOf(id, RUNS_LISTED);
        Map<UUID, List<ReportRunView.FileView>> files =
                runs.files(list.stream().map(RunRow::id).toList());
        return list.stream().map(r -> runView(r, files)).toList();
    }

    /**
     * A file of a run: {@code format} xlsx or pdf (null: the run's only or first file). 410 once the run has
     * expired; a board member who may not see donor names now gets no file that shows them.
     */
    @Transactional(readOnly = true)
    public ReportRunFile file(UUID runId, @Nullable String format) {
        String wanted =
                format == null || format.isBlank() ? null : format.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !wanted.equals("xlsx") && !wanted.equals("pdf")) {
            throw InvalidInputException.of("format", "must be xlsx or pdf");
        }
        RunRow run = runs.find(runId).orElseThrow(() -> ReportScheduleProblems.runNotFound(runId));
        ScheduleRow schedule = load(run.scheduleId());
        mayRead(schedule);
        if (run.expiresAt() != null && !run.expiresAt().isAfter(timestamps.now())) {
            throw ReportScheduleProblems.runExpired(runId, run.expiresAt());
        }
        if (!run.namesHidden() && !actor.hasAnyRole(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER)) {
            boolean named =
                    reports.catalogue().stream().anyMatch(d -> d.name().equals(schedule.report()) && d.namedDonors());
            if (named && !settings.get().boardSeesDonorNames()) {
                throw ReportScheduleProblems.namesHidden();
            }
        }
        List<ReportRunView.FileView> files = runs.files(List.of(runId)).getOrDefault(runId, List.of());
        String chosen = wanted != null
                ? wanted
                : files.isEmpty() ? "xlsx" : files.get(0).format();
        RunStore.StoredFile file =
                runs.file(runId, chosen).orElseThrow(() -> ReportScheduleProblems.fileNotFound(runId, chosen));
        ReportFormat type = ReportFormat.valueOf(chosen.toUpperCase(Locale.ROOT));
        return new ReportRunFile(file.fileName(), type.mediaType(), file.content());
    }

    private void trigger(ScheduleRow row) {
        if (row.enabled()) {
            schedules.put(
                    new Schedule(ReportExportHandler.NAME, row.id().toString(), row.cron(), row.zone(), Map.of()));
        } else {
            schedules.remove(ReportExportHandler.NAME, row.id().toString());
        }
    }

    private ScheduleRow load(UUID id) {
        return store.find(id).orElseThrow(() -> ReportScheduleProblems.scheduleNotFound(id));
    }

    private boolean readsAll() {
        return actor.hasAnyRole(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER);
    }

    private boolean owns(ScheduleRow row) {
        return row.owner().equalsIgnoreCase(actor.name());
    }

    private void mayRead(ScheduleRow row) {
        if (!readsAll() && !owns(row)) {
            throw ReportScheduleProblems.notYours(row.id());
        }
    }

    private void mayManage(ScheduleRow row) {
        if (!actor.hasRole(Roles.ADMIN) && !(actor.hasRole(Roles.BOARD_MEMBER) && owns(row))) {
            throw ReportScheduleProblems.notYours(row.id());
        }
    }

    private ReportRunView lastRun(UUID scheduleId) {
        RunRow last = runs.latest(List.of(scheduleId)).get(scheduleId);
        return last == null ? null : runView(last, runs.files(List.of(last.id())));
    }

    private ReportScheduleView view(ScheduleRow r, @Nullable ReportRunView lastRun) {
        Instant next = r.enabled()
                ? schedules.nextRun(ReportExportHandler.NAME, r.id().toString()).orElse(null)
                : null;
        return new ReportScheduleView(
                r.id(),
                r.name(),
                r.report(),
                r.parameters(),
                r.format(),
                r.cron(),
                r.zone().getId(),
                r.recipients(),
                r.enabled(),
                r.owner(),
                next,
                lastRun,
                r.createdAt(),
                r.updatedAt(),
                r.version());
    }

    static ReportRunView runView(RunRow r, Map<UUID, List<ReportRunView.FileView>> files) {
        return new ReportRunView(
                r.id(),
                r.scheduleId(),
                r.status(),
                r.scheduledFor(),
                r.manual(),
                r.startedAt(),
                r.finishedAt(),
                r.durationMs(),
                r.rowCount(),
                r.attempt(),
                r.error(),
                files.getOrDefault(r.id(), List.of()),
                r.expiresAt());
    }

    private static Map<String, Object> snapshot(ScheduleRow r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", r.name());
        fields.put("report", r.report());
        fields.put("parameters", r.parameters().toString());
        fields.put("format", r.format());
        fields.put("cron", r.cron());
        fields.put("timeZone", r.zone().getId());
        fields.put("recipients", r.recipients());
        fields.put("enabled", r.enabled());
        fields.put("owner", r.owner());
        return fields;
    }

    /** The command's values, checked and normalised. */
    private record Checked(
            String name,
            String report,
            Map<String, String> parameters,
            ScheduleFormat format,
            String cron,
            ZoneId zone,
            List<String> recipients) {}

    /** Checks every field at once; 400 validation.failed names each one at fault (and {@code missing}, if given). */
    private Checked check(SaveReportScheduleCommand c, @Nullable String missing) {
        List<FieldError> errors = new ArrayList<>();
        if (missing != null) {
            errors.add(new FieldError(missing, "is required"));
        }
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "must have 1 to 200 characters"));
        }
        String report = c.report() == null ? "" : c.report().strip();
        ReportDefinition definition = null;
        if (report.isEmpty()) {
            errors.add(new FieldError("report", "is required"));
        } else {
            try {
                definition = reports.definition(report);
            } catch (NotFoundException e) {
                errors.add(new FieldError("report", "there is no report named '" + report + "'"));
            }
        }
        ScheduleFormat format = null;
        try {
            format = ScheduleFormat.valueOf(
                    c.format() == null ? "" : c.format().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("format", "must be XLSX, PDF or BOTH"));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(c.timeZone() == null ? "" : c.timeZone().strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "must be a time zone id such as America/New_York"));
        }
        String cron = c.cron() == null ? "" : c.cron().strip().replaceAll("\\s+", " ");
        if (cron.isEmpty() || cron.length() > 120) {
            errors.add(
                    new FieldError("cron", "must be a Quartz cron expression (seconds first) of up to 120 characters"));
        } else {
            try {
                schedules.check(cron, zone == null ? ZoneOffset.UTC : zone);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        List<String> recipients = recipients(c.recipients(), errors);
        Map<String, String> parameters = parameters(c.parameters(), definition, zone, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(name, report, parameters, format, cron, zone, recipients);
    }

    private static List<String> recipients(@Nullable List<String> given, List<FieldError> errors) {
        if (given == null || given.isEmpty() || given.size() > MAX_RECIPIENTS) {
            errors.add(new FieldError("recipients", "must list 1 to " + MAX_RECIPIENTS + " email addresses"));
            return List.of();
        }
        List<String> recipients = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String address = given.get(i) == null ? "" : given.get(i).strip();
            if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                errors.add(new FieldError("recipients[" + i + "]", "must be an email address"));
            } else if (seen.add(address.toLowerCase(Locale.ROOT))) {
                recipients.add(address);
            }
        }
        return recipients;
    }

    /**
     * The parameters as the report reads them (no {@code asOf}: a run is as of its own date), each one a parameter of
     * the report with a value of its type; errors are named {@code parameters.<name>}.
     */
    private Map<String, String> parameters(
            @Nullable Map<String, Object> given,
            @Nullable ReportDefinition definition,
            @Nullable ZoneId zone,
            List<FieldError> errors) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (given == null) {
            return parameters;
        }
        List<FieldError> found = new ArrayList<>();
        given.forEach((key, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                if (!text.isBlank()) {
                    parameters.put(key, text.strip());
                }
            } else if (value != null) {
                found.add(new FieldError(key, "must be a text, a number or true/false"));
            }
        });
        if (given.containsKey("asOf")) {
            found.add(new FieldError("asOf", "leave out: each run is as of its own date in the schedule's time zone"));
            parameters.remove("asOf");
        }
        if (definition != null) {
            Map<String, ParameterSpec> specs = new LinkedHashMap<>();
            definition.parameters().forEach(p -> specs.put(p.name(), p));
            for (var entry : List.copyOf(parameters.entrySet())) {
                ParameterSpec spec = specs.get(entry.getKey());
                if (spec == null) {
                    found.add(new FieldError(entry.getKey(), "is not a parameter of this report"));
                    parameters.remove(entry.getKey());
                } else if (!ReportParameters.COMMON.contains(spec.name())) {
                    typed(spec, entry.getValue(), found);
                }
            }
            ZoneId in = zone == null ? ZoneOffset.UTC : zone;
            Map<String, String> common = new LinkedHashMap<>();
            Map<String, String> own = new LinkedHashMap<>();
            parameters.forEach((key, value) -> (ReportParameters.COMMON.contains(key) ? common : own).put(key, value));
            try {
                reports.parameters(common, in);
            } catch (InvalidInputException e) {
                found.addAll(e.errors());
            }
            for (ParameterSpec spec : definition.parameters()) {
                if ("money-list".equals(spec.type()) && own.containsKey(spec.name())) {
                    try {
                        reports.parameters(own, in).amounts(spec.name(), List.<BigDecimal>of());
                    } catch (InvalidInputException e) {
                        found.addAll(e.errors());
                    }
                }
            }
        }
        found.stream()
                .map(f -> new FieldError("parameters." + f.field(), f.message()))
                .distinct()
                .forEach(errors::add);
        return parameters;
    }

    private static void typed(ParameterSpec spec, String value, List<FieldError> errors) {
        switch (spec.type()) {
            case "enum" -> {
                if (spec.options() != null && spec.options().stream().noneMatch(o -> o.equalsIgnoreCase(value))) {
                    errors.add(new FieldError(spec.name(), "must be one of " + String.join(", ", spec.options())));
                }
            }
            case "integer" -> {
                try {
                    Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(spec.name(), "must be a whole number"));
                }
            }
            case "date" -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeException e) {
                    errors.add(new FieldError(spec.name(), "must be a date written YYYY-MM-DD"));
                }
            }
            case "uuid" -> {
                try {
                    UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(spec.name(), "must be an id"));
                }
            }
            default -> {
                // text, money-list (read below), kinds (read with the common parameters)
            }
        }
    }
}
