package org.steward.reporting.internal;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.donations.CountedAmounts;
import org.steward.events.EventStatistics;
import org.steward.events.RegistrationStatus;
import org.steward.reporting.ChartData;
import org.steward.reporting.ParameterSpec;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;
import org.steward.shared.errors.InvalidInputException;

/** Events starting in a period: who registered, who came, and what their fees brought in. */
@Singleton
@Named("event-attendance")
public class EventAttendanceReport implements Report {

    private final EventStatistics events;
    private final CountedAmounts amounts;

    EventAttendanceReport(EventStatistics events, CountedAmounts amounts) {
        this.events = events;
        this.amounts = amounts;
    }

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "event-attendance",
                "Event attendance and revenue",
                "events",
                "Events starting from the 'from' date up to but not including the 'to' date (default: this year to"
                        + " the as-of date), by start. Registered: parties holding seats (registered, attended or"
                        + " no-show) and their people; waitlisted and cancelled parties; came: people checked in"
                        + " (attendance = came ÷ people holding seats); revenue: the event fees paid, completed and"
                        + " net of refunds, in the base currency.",
                false,
                "column",
                Common.with(
                        context,
                        new ParameterSpec(
                                "from",
                                "From",
                                "date",
                                false,
                                null,
                                null,
                                "First start date included (default: the start of this year)."),
                        new ParameterSpec(
                                "to",
                                "To (not included)",
                                "date",
                                false,
                                null,
                                null,
                                "First start date not included (default: the day after the as-of date).")));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        LocalDate from = p.date("from", years.thisStart());
        LocalDate to = p.date("to", years.end());
        if (!from.isBefore(to)) {
            throw InvalidInputException.of("to", "must be after from");
        }
        List<EventStatistics.EventFigures> list = events.startingBetween(from, to);
        List<java.util.UUID> gifts =
                list.stream().flatMap(e -> e.feeGiftIds().stream()).toList();
        Map<java.util.UUID, BigDecimal> counted = amounts.of(gifts);
        List<ReportColumn> columns = List.of(
                ReportColumn.text("event", "Event"),
                ReportColumn.date("date", "Date"),
                ReportColumn.text("status", "Status"),
                ReportColumn.integer("capacity", "Capacity"),
                ReportColumn.integer("parties", "Parties"),
                ReportColumn.integer("people", "People"),
                ReportColumn.integer("came", "Came"),
                ReportColumn.percent("attendance", "Attendance"),
                ReportColumn.integer("waitlisted", "Waitlisted"),
                ReportColumn.integer("cancelled", "Cancelled"),
                ReportColumn.money("revenue", "Revenue"));
        List<ReportRow> rows = new ArrayList<>();
        long partiesTotal = 0;
        long peopleTotal = 0;
        long cameTotal = 0;
        BigDecimal revenueTotal = Common.ZERO;
        List<String> categories = new ArrayList<>();
        List<BigDecimal> peopleSeries = new ArrayList<>();
        List<BigDecimal> cameSeries = new ArrayList<>();
        for (var e : list) {
            int parties = 0;
            int people = 0;
            for (RegistrationStatus s :
                    List.of(RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW)) {
                parties += e.parties().getOrDefault(s, 0);
                people += e.people().getOrDefault(s, 0);
            }
            BigDecimal revenue = e.feeGiftIds().stream()
                    .map(id -> counted.getOrDefault(id, Common.ZERO))
                    .reduce(Common.ZERO, BigDecimal::add);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("event", e.title());
            values.put("date", e.startsAt().toLocalDate());
            values.put("status", e.status().name());
            values.put("capacity", e.capacity() == null ? null : (long) e.capacity());
            values.put("parties", (long) parties);
            values.put("people", (long) people);
            values.put("came", (long) e.came());
            values.put("attendance", Common.ratio(e.came(), people));
            values.put("waitlisted", (long) e.parties().getOrDefault(RegistrationStatus.WAITLISTED, 0));
            values.put("cancelled", (long) e.parties().getOrDefault(RegistrationStatus.CANCELLED, 0));
            values.put("revenue", revenue);
            rows.add(new ReportRow(null, values));
            partiesTotal += parties;
            peopleTotal += people;
            cameTotal += e.came();
            revenueTotal = revenueTotal.add(revenue);
            categories.add(e.title());
            peopleSeries.add(BigDecimal.valueOf(people));
            cameSeries.add(BigDecimal.valueOf(e.came()));
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("parties", partiesTotal);
        totals.put("people", peopleTotal);
        totals.put("came", cameTotal);
        totals.put("attendance", Common.ratio(cameTotal, peopleTotal));
        totals.put("revenue", revenueTotal);
        ChartData chart = rows.isEmpty()
                ? null
                : new ChartData(
                        ChartData.Type.COLUMN,
                        "Expected and came",
                        categories,
                        List.of(new ChartData.Series("People", peopleSeries), new ChartData.Series("Came", cameSeries)),
                        ReportColumn.Kind.INTEGER);
        return new Computed(
                List.of("Events starting: " + Years.day(from) + " to " + Years.day(to.minusDays(1))),
                columns,
                rows,
                totals,
                List.of(
                        new SummaryItem("Events", (long) rows.size(), ReportColumn.Kind.INTEGER),
                        new SummaryItem("People came", cameTotal, ReportColumn.Kind.INTEGER),
                        new SummaryItem("Revenue", revenueTotal, ReportColumn.Kind.MONEY)),
                chart);
    }
}
