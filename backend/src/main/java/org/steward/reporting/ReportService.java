package org.steward.reporting;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentNotFoundException;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.donations.GivingFacts;
import org.steward.reporting.internal.Common;
import org.steward.reporting.internal.Credits;
import org.steward.reporting.internal.Report;
import org.steward.reporting.internal.ReportContext;
import org.steward.reporting.internal.ReportExport;
import org.steward.reporting.internal.Years;
import org.steward.shared.time.Timestamps;

/**
 * Runs the reports of the catalogue (docs/adr/0022-report-definitions.md): parses their parameters, computes them on
 * one consistent snapshot of the data, hides donor names from those who may not see them, explains why a donor is
 * in a report, and exports a result to Excel or PDF. Used by the API and by scheduled runs alike.
 */
@Singleton
public class ReportService {

    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final ReportContext context;
    private final ConstituentService constituents;
    private final Timestamps timestamps;
    private final ReportExport exports;

    ReportService(
            List<Report> all,
            ReportContext context,
            ConstituentService constituents,
            Timestamps timestamps,
            ReportExport exports) {
        this.context = context;
        this.constituents = constituents;
        this.timestamps = timestamps;
        this.exports = exports;
        all.stream()
                .sorted(java.util.Comparator.comparing(
                        r -> order(r.definition(context).name())))
                .forEach(r -> reports.put(r.definition(context).name(), r));
    }

    private static int order(String name) {
        List<String> order = List.of(
                "lybunt",
                "sybunt",
                "sybunt-incl-ly",
                "retention",
                "fep-gain-loss",
                "new-donors",
                "recaptured-donors",
                "top-donors",
                "donor-streaks",
                "gift-range",
                "giving-summary",
                "year-over-year",
                "campaign-progress",
                "event-attendance");
        int i = order.indexOf(name);
        return i < 0 ? order.size() : i;
    }

    public List<ReportDefinition> catalogue() {
        return reports.values().stream().map(r -> r.definition(context)).toList();
    }

    public ReportDefinition definition(String name) {
        return report(name).definition(context);
    }

    /** Parses raw parameters (a missing asOf is today in {@code zone}) as the report would. */
    public ReportParameters parameters(Map<String, String> raw, ZoneId zone) {
        return ReportParameters.parse(raw, LocalDate.ofInstant(timestamps.now(), zone), context.fiscalYearStartMonth());
    }

    /** Runs report {@code name} with raw string parameters, for {@code viewer}; every row, names filled in. */
    public ReportResult run(String name, Map<String, String> raw, ReportViewer viewer) {
        return run(name, raw, viewer, java.time.ZoneOffset.UTC, true);
    }

    /**
     * Runs report {@code name}. With {@code withNames} false the rows' {@code name} is left empty (the API fills in
     * only the page it returns, {@link #fillNames}).
     */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public ReportResult run(String name, Map<String, String> raw, ReportViewer viewer, ZoneId zone, boolean withNames) {
        Report report = report(name);
        if (!viewer.mayRun(name)) {
            throw ReportProblems.reportNotAllowed(name);
        }
        ReportParameters p = parameters(raw, zone);
        ReportDefinition definition = report.definition(context);
        Report.Computed c = report.compute(p, context);
        List<String> lines = new ArrayList<>(Common.lines(p, context.currency()));
        lines.addAll(c.lines());
        boolean hide = definition.namedDonors() && !viewer.seesDonorNames();
        List<ReportRow> rows = hide ? List.of() : c.rows();
        if (withNames && !hide) {
            fillNames(rows);
        }
        return new ReportResult(
                definition, p, lines, context.currency(), c.columns(), rows, c.totals(), c.summary(), c.chart(), hide);
    }

    /** Fills in the {@code name} of these rows that name a constituent, in one query per thousand. */
    public void fillNames(List<ReportRow> rows) {
        for (int start = 0; start < rows.size(); start += 1000) {
            List<ReportRow> chunk = rows.subList(start, Math.min(rows.size(), start + 1000));
            List<ConstituentId> ids = chunk.stream()
                    .map(ReportRow::constituentId)
                    .filter(java.util.Objects::nonNull)
                    .map(ConstituentId::new)
                    .toList();
            if (ids.isEmpty()) {
                continue;
            }
            Map<ConstituentId, ConstituentRef> refs = constituents.refs(ids);
            for (ReportRow row : chunk) {
                if (row.constituentId() != null && row.values().containsKey("name")) {
                    ConstituentRef ref = refs.get(new ConstituentId(row.constituentId()));
                    row.values().put("name", ref == null ? "(record " + row.constituentId() + ")" : ref.displayName());
                }
            }
        }
    }

    /** Why {@code constituentId} is (or is not) in report {@code name} with these parameters. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Explanation explain(String name, UUID constituentId, Map<String, String> raw, ReportViewer viewer) {
        Report report = report(name);
        if (!viewer.mayRun(name)) {
            throw ReportProblems.reportNotAllowed(name);
        }
        if (!viewer.seesDonorNames()) {
            throw ReportProblems.namesHidden();
        }
        ConstituentRef ref = constituents.refs(List.of(new ConstituentId(constituentId))).values().stream()
                .findFirst()
                .orElseThrow(() -> new ConstituentNotFoundException(new ConstituentId(constituentId)));
        ReportParameters p = parameters(raw, java.time.ZoneOffset.UTC);
        List<Report.Labelled> periods = report.explainedPeriods(p);
        if (periods.isEmpty()) {
            Years years = new Years(p);
            periods = List.of(
                    new Report.Labelled(years.previousLabel(), years.previousYear()),
                    new Report.Labelled(years.thisLabel() + " to " + Years.day(p.asOf()), years.thisYear()));
        }
        Map<UUID, UUID> households = p.creditBasis() == CreditBasis.HOUSEHOLD ? context.households() : Map.of();
        List<UUID> members = Credits.creditedMembers(constituentId, p.creditBasis(), households);
        LocalDate from = periods.get(0).range().from();
        LocalDate to = periods.get(periods.size() - 1).range().toExclusive();
        for (Report.Labelled l : periods) {
            from = from == null || l.range().from() == null
                    ? null
                    : from.isBefore(l.range().from()) ? from : l.range().from();
            to = to.isAfter(l.range().toExclusive()) ? to : l.range().toExclusive();
        }
        List<GivingFacts.CreditedGift> gifts = context.facts()
                .creditedGifts(members, from, to, p.kinds(), p.creditBasis() == CreditBasis.HARD_PLUS_SOFT);
        List<String> parts = new ArrayList<>();
        for (Report.Labelled l : periods) {
            BigDecimal sum = gifts.stream()
                    .filter(g -> l.range().contains(g.receivedOn()))
                    .map(GivingFacts.CreditedGift::credited)
                    .reduce(Common.ZERO, BigDecimal::add);
            long count = gifts.stream()
                    .filter(g -> l.range().contains(g.receivedOn()))
                    .count();
            parts.add(
                    count == 0
                            ? "nothing " + l.label()
                            : context.currency() + " " + sum.toPlainString() + " " + l.label() + " (" + count
                                    + (count == 1 ? " gift)" : " gifts)"));
        }
        String words = ref.displayName() + " gave " + String.join("; ", parts) + ". "
                + Common.credit(p.creditBasis()).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + Common.credit(p.creditBasis()).substring(1)
                + ".";
        List<Explanation.Gift> list = gifts.stream()
                .sorted(java.util.Comparator.comparing(GivingFacts.CreditedGift::receivedOn)
                        .reversed())
                .map(g -> new Explanation.Gift(
                        g.giftId(),
                        g.receivedOn(),
                        g.credited().toPlainString(),
                        g.amount().toPlainString(),
                        g.currency(),
                        g.kind().name(),
                        g.credit(),
                        g.donorId()))
                .collect(Collectors.toList());
        return new Explanation(constituentId, ref.displayName(), words, list);
    }

    /** Writes every row of {@code result} as {@code format}. */
    public void export(ReportResult result, ReportFormat format, OutputStream out) throws IOException {
        exports.write(result, format, out);
    }

    private Report report(String name) {
        Report report = reports.get(name);
        if (report == null) {
            throw ReportProblems.reportNotFound(name);
        }
        return report;
    }
}
