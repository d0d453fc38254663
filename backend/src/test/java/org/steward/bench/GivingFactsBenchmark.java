package org.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.steward.donations.DonationsConfig;
import org.steward.donations.GiftKind;
import org.steward.donations.GivingFacts;
import org.steward.donations.GivingFacts.Dimension;

/**
 * The reports' read path (issue 18): {@link GivingFacts} on the donations benchmark's 200,000 constituents and
 * 2,000,000 gifts ({@link GiftsSeed}), for the query shapes the standard reports use, each beside the hand-written
 * GROUP BY over the raw gift table in the same run, and each answer compared with the ledger's
 * ({@code @Named("ledger")}). Target: every shape under 1 s (median of the timed runs).
 *
 * <p>Not part of the test suite: {@code ./mvnw -B -Pbenchmark verify -pl backend -am -Dit.test=GivingFactsBenchmark}.
 * Database: {@code bench.giving.db} (default {@code steward_bench}, shared with the other benchmarks; seeded when it
 * holds fewer gifts). Writes {@code target/benchmarks/giving-facts.md}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GivingFactsBenchmark implements TestPropertyProvider {

    static final int RUNS = Integer.getInteger("bench.giving.runs", 5);
    static final double TARGET_MS = 1_000;

    @Override
    public Map<String, String> getProperties() {
        String db = System.getProperty("bench.giving.db", "steward_bench");
        return Map.of(
                "datasources.default.url",
                "jdbc:mysql://127.0.0.1:3306/" + db + "?createDatabaseIfNotExist=true&connectionTimeZone=UTC"
                        + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true",
                "datasources.default.maximum-pool-size",
                "20");
    }

    @Inject
    DataSource dataSource;

    @Inject
    DonationsConfig config;

    @Inject
    GivingFacts facts;

    @Inject
    @Named("ledger")
    GivingFacts ledger;

    private final List<String> lines = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    @Test
    void reportShapesAnswerUnderASecond() throws Exception {
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection db = raw.getConnection()) {
            String constituents = ConstituentsBenchmark.seed(db);
            GiftsSeed seed = new GiftsSeed(db, 20261208L, config.fiscalYearStartMonth(), config.baseCurrency());
            String gifts = seed.gifts(seed.designations());
            lines.add("Seeding: constituents " + constituents + "; gifts " + (gifts == null ? "none" : gifts) + ".");
            lines.add(String.format(
                    Locale.ROOT,
                    "Rows: %,d constituents, %,d gifts, %,d allocations, %,d soft credits.",
                    seed.count("constituents"),
                    seed.count("gifts"),
                    seed.count("gift_allocations"),
                    seed.count("gift_soft_credits")));
        }
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        LocalDate yearStart = asOf.withDayOfYear(1);
        LocalDate previous = yearStart.minusYears(1);
        LocalDate end = asOf.plusDays(1);
        Set<GiftKind> kinds = GivingFacts.DEFAULT_KINDS;
        lines.add("");
        lines.add("| shape | GivingFacts median ms | max ms | raw GROUP BY median ms | rows |");
        lines.add("|---|---:|---:|---:|---:|");

        List<LocalDate> lybunt = List.of(previous, yearStart, end);
        donorShape("LYBUNT/retention: previous year, this year to date", lybunt, kinds, raw);
        donorShape(
                "SYBUNT: since the beginning, previous year, this year",
                Arrays.asList(null, previous, yearStart, end),
                kinds,
                raw);
        List<LocalDate> years = new ArrayList<>();
        for (int y = asOf.getYear() - 11; y <= asOf.getYear(); y++) {
            years.add(LocalDate.of(y, 1, 1));
        }
        years.add(end);
        donorShape("streaks: each of 12 calendar years", years, kinds, raw);
        LocalDate fiscal = LocalDate.of(asOf.getMonthValue() >= 7 ? asOf.getYear() : asOf.getYear() - 1, 7, 1);
        donorShape("fiscal years from 07-01: previous, this", List.of(fiscal.minusYears(1), fiscal, end), kinds, raw);
        LocalDate odd = LocalDate.of(asOf.getYear(), 7, 15);
        odd = odd.isAfter(asOf) ? odd.minusYears(1) : odd;
        donorShape(
                "fiscal years from 07-15 (partial months at both ends)",
                List.of(odd.minusYears(1), odd, end),
                kinds,
                raw);
        for (Dimension dimension : Dimension.values()) {
            dimensionShape("by " + dimension + ", this year to date", dimension, yearStart, end, kinds);
            dimensionShape("by " + dimension + ", since the beginning", dimension, null, end, kinds);
        }
        lines.add("");
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "giving-facts.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# GivingFacts on 2,000,000 gifts\n\n" + String.join("\n", lines) + "\n");
        assertThat(misses)
                .as("shapes over " + TARGET_MS + " ms or answering unlike the ledger")
                .isEmpty();
    }

    private void donorShape(String name, List<LocalDate> boundaries, Set<GiftKind> kinds, DataSource raw)
            throws SQLException {
        Map<String, String> expected = donorAnswer(ledger, boundaries, kinds);
        Timing timing = time(() -> {
            long[] rows = {0};
            facts.donorTotals(boundaries, kinds, (id, period, hard, hc, soft, sc) -> rows[0]++);
            return rows[0];
        });
        Timing rawTiming = time(() -> rawGroupBy(raw, boundaries, kinds));
        Map<String, String> actual = donorAnswer(facts, boundaries, kinds);
        if (!expected.equals(actual)) {
            misses.add(name + ": answers differ from the ledger's (" + difference(expected, actual) + ")");
        }
        row(name, timing, rawTiming);
    }

    private void dimensionShape(String name, Dimension dimension, LocalDate from, LocalDate to, Set<GiftKind> kinds) {
        var expected = ledger.totalsBy(dimension, from, to, kinds);
        Timing timing =
                time(() -> (long) facts.totalsBy(dimension, from, to, kinds).size());
        if (!expected.equals(facts.totalsBy(dimension, from, to, kinds))) {
            misses.add(name + ": answers differ from the ledger's");
        }
        row(name, timing, null);
    }

    private void row(String name, Timing timing, Timing rawTiming) {
        lines.add(String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %s | %,d |",
                name,
                timing.median,
                timing.max,
                rawTiming == null ? "" : String.format(Locale.ROOT, "%.0f", rawTiming.median),
                timing.rows));
        if (timing.median > TARGET_MS) {
            misses.add(String.format(Locale.ROOT, "%s: %.0f ms", name, timing.median));
        }
    }

    private static String difference(Map<String, String> expected, Map<String, String> actual) {
        for (var e : expected.entrySet()) {
            if (!Objects.equals(e.getValue(), actual.get(e.getKey()))) {
                return e.getKey() + " " + e.getValue() + " vs " + actual.get(e.getKey());
            }
        }
        for (var e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                return e.getKey() + " only in the aggregates: " + e.getValue();
            }
        }
        return "?";
    }

    private static Map<String, String> donorAnswer(
            GivingFacts source, List<LocalDate> boundaries, Set<GiftKind> kinds) {
        Map<String, String> answer = new HashMap<>();
        source.donorTotals(
                boundaries,
                kinds,
                (id, period, hard, hc, soft, sc) ->
                        answer.put(id + "/" + period, hard + "/" + hc + "/" + soft + "/" + sc));
        return answer;
    }

    /** The hand-written GROUP BY over the raw gift table: hard credit per donor and period, one statement. */
    private static long rawGroupBy(DataSource raw, List<LocalDate> boundaries, Set<GiftKind> kinds) {
        StringBuilder period = new StringBuilder("CASE");
        for (int i = 1; i < boundaries.size(); i++) {
            period.append(" WHEN received_on < '")
                    .append(boundaries.get(i))
                    .append("' THEN ")
                    .append(i - 1);
        }
        period.append(" END");
        String kindList = kinds.stream()
                .map(k -> "'" + k + "'")
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        String sql = "SELECT constituent_id, p, SUM(net), COUNT(*) FROM (SELECT constituent_id, " + period
                + " AS p, base_amount - refunded_base_amount AS net FROM gifts WHERE status = 'COMPLETED'"
                + " AND kind IN (" + kindList + ")"
                + (boundaries.get(0) == null ? "" : " AND received_on >= '" + boundaries.get(0) + "'")
                + " AND received_on < '" + boundaries.get(boundaries.size() - 1) + "') t GROUP BY constituent_id, p";
        try (Connection c = raw.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            long rows = 0;
            while (rs.next()) {
                rs.getString(1);
                rs.getBigDecimal(3);
                rows++;
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record Timing(double median, double max, long rows) {}

    private static Timing time(Supplier<Long> run) {
        run.get(); // warm-up
        double[] ms = new double[RUNS];
        long rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = run.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(ms[RUNS / 2], ms[RUNS - 1], rows);
    }
}
