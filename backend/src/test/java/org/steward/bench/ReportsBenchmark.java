package org.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.donations.DonationsConfig;
import org.steward.donations.internal.AggregateMath;
import org.steward.donations.internal.AggregateStore;
import org.steward.donations.internal.AggregatesBackfill;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.support.TestUsers;

/**
 * The standard reports (issue 18, "always current and fast") on the donations benchmark's 200,000 constituents and
 * 2,000,000 gifts ({@link GiftsSeed}, shared with {@link GiftsBenchmark}): each {@code GET /api/reports/{name}} (JSON,
 * first page) through HTTP, its first call on the freshly started server and then warm (median and max of
 * {@code bench.reports.runs} calls), and beside it, in the same run and timed the same way, the raw ceiling: a
 * hand-written GROUP BY over the raw {@code gifts} table computing the same set. Target: every report under 1 s
 * warm (median).
 *
 * <p>Correctness on the big data: the row counts of LYBUNT, SYBUNT, new and recaptured donors equal the raw query's;
 * the stored aggregates of a random sample of donors equal a recomputation from the ledger (as {@code AggregatesCheck}
 * does for every donor), and the summary equals the sum of the designation lines. When the aggregates do not add up
 * to the ledger's totals (the seed writes gifts with plain JDBC, and so does {@link GiftsBenchmark}'s raw ceiling),
 * they are emptied and filled through the application's rebuild path ({@link AggregatesBackfill#rebuild()}), timed.
 *
 * <p>Not part of the test suite: {@code ./mvnw -B -Pbenchmark verify -pl backend -am -Dit.test=ReportsBenchmark}
 * (docs/benchmarks.md). Writes {@code target/benchmarks/reports.md}. Settings (system properties):
 * {@code bench.reports.runs} (5), {@code bench.reports.as-of} (15 June of the last seeded year),
 * {@code bench.reports.sample} (2,000 donors checked), {@code bench.reports.seed-constituents} (true; false: the
 * constituents as found, e.g. an interrupted seed's), {@code bench.reports.seed-only} (false; true: seed the data set
 * and stop, so that the next run times the back-fill on its own), {@code bench.reports.only} (report labels, comma-separated:
 * only those) and {@code bench.reports.raw} (true; false: no raw queries): the last two for profiling runs, which
 * then do not pass and {@code bench.gifts.count} ({@link GiftsSeed}: 2,000,000;
 * fewer for a smaller data set when a full seed does not fit in the time at hand).
 */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value = "jdbc:mysql://127.0.0.1:3306/steward_bench?createDatabaseIfNotExist=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true")
@Property(name = "datasources.default.maximum-pool-size", value = "20") // the production default
@Property(name = "app.users.session-check-cache", value = "5s") // the production default, not the tests' 0s
class ReportsBenchmark {

    static final int RUNS = Integer.getInteger("bench.reports.runs", 5);
    static final int SAMPLE = Integer.getInteger("bench.reports.sample", 2_000);
    static final boolean SEED_ONLY = Boolean.getBoolean("bench.reports.seed-only");
    static final String ONLY = System.getProperty("bench.reports.only", "");
    static final boolean RAW = Boolean.parseBoolean(System.getProperty("bench.reports.raw", "true"));
    static final boolean SEED_CONSTITUENTS =
            Boolean.parseBoolean(System.getProperty("bench.reports.seed-constituents", "true"));
    static final double TARGET_MS = 1_000;
    static final String KINDS = "'IN_KIND', 'ONE_TIME', 'PLEDGE_PAYMENT', 'RECURRING_PAYMENT'";
    static final String NET = "base_amount - refunded_base_amount";
    static final String COUNTED = "status = 'COMPLETED' AND kind IN (" + KINDS + ")";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    DonationsConfig config;

    @Inject
    AggregatesBackfill backfill;

    @Inject
    RollupRecomputer recomputer;

    @Inject
    AggregateStore store;

    @Inject
    TransactionOperations<Connection> transactions;

    private final List<String> notes = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();
    private DataSource raw;

    /** A report call and the raw query computing the same set; {@code countChecked}: row counts must agree. */
    record Case(String label, String path, String rawSql, boolean countChecked) {}

    record Timing(double fresh, double median, double max, long rows) {}

    @Test
    void everyStandardReportAnswersUnderASecond() throws Exception {
        raw = DelegatingDataSource.unwrapDataSource(dataSource);
        String loadBefore = loadAverage();
        try (Connection db = raw.getConnection()) {
            GiftsSeed seed = new GiftsSeed(db, 20261208L, config.fiscalYearStartMonth(), config.baseCurrency());
            String constituents = SEED_CONSTITUENTS ? ConstituentsBenchmark.seed(db) : "skipped (as found)";
            String gifts = seed.gifts(seed.designations());
            notes.add("Seeding: constituents " + (constituents == null ? "none (already seeded)" : constituents)
                    + "; gifts " + (gifts == null ? "none (already seeded)" : gifts) + ".");
            notes.add(String.format(
                    Locale.ROOT,
                    "Rows: %,d constituents, %,d gifts, %,d allocations, %,d soft credits, %,d household memberships.",
                    seed.count("constituents"),
                    seed.count("gifts"),
                    seed.count("gift_allocations"),
                    seed.count("gift_soft_credits"),
                    seed.count("household_memberships")));
        }
        if (SEED_ONLY) {
            notes.forEach(n -> System.out.println("ReportsBenchmark: " + n));
            return; // the data set only; the aggregates are filled (and timed) by the next run
        }
        fillAggregates();
        notes.forEach(n -> System.out.println("ReportsBenchmark: " + n));

        LocalDate asOf = asOf();
        List<Case> cases = new ArrayList<>(cases(asOf));
        if (!ONLY.isBlank()) {
            List<String> wanted = Arrays.asList(ONLY.split(","));
            cases.removeIf(c -> !wanted.contains(c.label()));
            misses.add("only some reports were run (bench.reports.only=" + ONLY + "): a profiling run, not a result");
        }
        if (!RAW) {
            misses.add("no raw GROUP BY was run (bench.reports.raw=false): a profiling run, not a result");
        }
        notes.add(
                "asOf " + asOf + "; load average before the run " + loadBefore + "; buffer pool " + bufferPool() + ".");

        String token = login();
        List<String> table = new ArrayList<>();
        table.add("| report | fresh ms | warm median ms | warm max ms | raw GROUP BY fresh ms | raw median ms |"
                + " raw max ms | warm / raw median | rows (report / raw) |");
        table.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        // first calls: each report on the freshly started server (nothing has called a report yet), raw beside it
        List<double[]> fresh = new ArrayList<>();
        List<long[]> freshRows = new ArrayList<>();
        for (Case c : cases) {
            long[] rows = new long[2];
            double[] ms = new double[2];
            long start = System.nanoTime();
            rows[0] = http(token, c.path());
            ms[0] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            rows[1] = rawQuery(c.rawSql());
            ms[1] = (System.nanoTime() - start) / 1e6;
            fresh.add(ms);
            freshRows.add(rows);
        }
        // warm: RUNS calls each, HTTP and raw taking turns
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            double[] httpMs = new double[RUNS];
            double[] rawMs = new double[RUNS];
            long httpRows = 0;
            long rawRows = 0;
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                httpRows = http(token, c.path());
                httpMs[r] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                rawRows = rawQuery(c.rawSql());
                rawMs[r] = (System.nanoTime() - start) / 1e6;
            }
            Timing h = timing(fresh.get(i)[0], httpMs, httpRows);
            Timing w = timing(fresh.get(i)[1], rawMs, rawRows);
            if (h.rows != freshRows.get(i)[0] || w.rows != freshRows.get(i)[1]) {
                misses.add(c.label() + ": row counts changed between runs");
            }
            table.add(String.format(
                    Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %.2f | %,d / %,d%s |",
                    c.label(),
                    h.fresh,
                    h.median,
                    h.max,
                    w.fresh,
                    w.median,
                    w.max,
                    h.median / w.median,
                    h.rows,
                    w.rows,
                    c.countChecked() ? (h.rows == w.rows ? " ✔" : " ✘") : ""));
            System.out.println("ReportsBenchmark: " + table.get(table.size() - 1));
            if (h.median > TARGET_MS) {
                misses.add(String.format(Locale.ROOT, "%s: warm median %.0f ms", c.label(), h.median));
            }
            if (c.countChecked() && h.rows != w.rows) {
                misses.add(c.label() + ": " + h.rows + " rows, the raw query finds " + w.rows);
            }
        }
        notes.add("Load average after the run: " + loadAverage() + ".");
        sampleCheck();

        List<String> out = new ArrayList<>();
        out.add("# Reports on 2,000,000 gifts");
        out.add("");
        out.addAll(table);
        out.add("");
        notes.forEach(n -> out.add("- " + n));
        if (!misses.isEmpty()) {
            out.add("");
            out.add("Missed:");
            misses.forEach(m -> out.add("- " + m));
        }
        out.forEach(System.out::println);
        Path file = Path.of("target", "benchmarks", "reports.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", out) + "\n");
        assertThat(misses)
                .as("reports over 1 s warm, or counting unlike the raw query")
                .isEmpty();
    }

    // ---- the aggregates ----

    /**
     * Fills the aggregates through the rebuild path when they do not add up to the ledger (all-time hard credit and
     * gift count of completed gifts, and the number of donors): emptied first, so the fill is the one a new
     * installation's start-up back-fill does.
     */
    private void fillAggregates() throws SQLException {
        String ledger = one("SELECT CONCAT(COUNT(*), ' / ', COALESCE(SUM(" + NET + "), 0), ' / ',"
                + " COUNT(DISTINCT constituent_id)) FROM gifts WHERE status = 'COMPLETED'");
        String stored = one("SELECT CONCAT(COALESCE(SUM(hard_count), 0), ' / ', COALESCE(SUM(hard_total), 0), ' / ',"
                + " COUNT(DISTINCT CASE WHEN hard_count > 0 THEN constituent_id END)) FROM giving_donor_years"
                + " WHERE calendar_year = " + AggregateMath.ALL_TIME);
        if (ledger.equals(stored)) {
            notes.add("Aggregates: already filled (all-time gifts / credit / donors " + stored
                    + " equal the ledger's); no back-fill in this run.");
            return;
        }
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement()) {
            for (String t : List.of(
                    "giving_donor_months",
                    "giving_donor_years",
                    "giving_donor_designations",
                    "giving_summary_months")) {
                st.execute("TRUNCATE TABLE " + t);
            }
        }
        long start = System.nanoTime();
        int donors = backfill.rebuild();
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement()) {
            for (String t : List.of(
                    "giving_donor_months",
                    "giving_donor_years",
                    "giving_donor_designations",
                    "giving_summary_months")) {
                st.execute("ANALYZE TABLE " + t);
            }
        }
        String after = one("SELECT CONCAT(COALESCE(SUM(hard_count), 0), ' / ', COALESCE(SUM(hard_total), 0), ' / ',"
                + " COUNT(DISTINCT CASE WHEN hard_count > 0 THEN constituent_id END)) FROM giving_donor_years"
                + " WHERE calendar_year = " + AggregateMath.ALL_TIME);
        notes.add(String.format(
                Locale.ROOT,
                "Aggregates: did not add up to the ledger (stored %s, ledger %s: gifts / credit / donors); emptied"
                        + " and filled with AggregatesBackfill.rebuild() for %,d constituents in **%.1f s**"
                        + " (%,.0f constituents/s); then %s.",
                stored,
                ledger,
                donors,
                seconds,
                donors / seconds,
                after.equals(ledger) ? "equal to the ledger's totals" : "STILL UNEQUAL: " + after));
        if (!after.equals(ledger)) {
            misses.add("aggregates after the rebuild: " + after + ", ledger " + ledger);
        }
    }

    /** A random sample of donors: stored month, year and designation rows against a recomputation from the ledger. */
    private void sampleCheck() throws SQLException {
        List<UUID> sample = new ArrayList<>();
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT DISTINCT constituent_id FROM gifts ORDER BY RAND() LIMIT " + SAMPLE)) {
            while (rs.next()) {
                sample.add(UUID.fromString(rs.getString(1)));
            }
        }
        long start = System.nanoTime();
        long[] found = new long[2]; // mismatching donors, summary keys
        List<String> examples = new ArrayList<>();
        DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        transactions.execute(snapshot, status -> {
            for (int from = 0; from < sample.size(); from += 500) {
                List<UUID> chunk = sample.subList(from, Math.min(sample.size(), from + 500));
                Map<UUID, AggregateMath.DonorRows> wanted = recomputer.computeAggregates(chunk);
                Map<UUID, AggregateMath.DonorRows> stored = store.stored(chunk);
                for (UUID id : chunk) {
                    AggregateMath.DonorRows w = wanted.get(id);
                    AggregateMath.DonorRows s = stored.getOrDefault(id, AggregateMath.DonorRows.empty());
                    if (!Objects.equals(w, s)) {
                        found[0]++;
                        if (examples.size() < 5) {
                            examples.add(id + ": stored " + s + ", ledger " + w);
                        }
                    }
                }
            }
            found[1] = recomputer.summaryDifferences().size();
            return null;
        });
        notes.add(String.format(
                Locale.ROOT,
                "Aggregates check: %,d random donors' month, year and designation rows against a recomputation from"
                        + " the ledger (AggregatesCheck's comparison, on a sample): **%,d mismatches**; summary keys"
                        + " differing from the designation lines: **%,d** (%.1f s).",
                sample.size(),
                found[0],
                found[1],
                (System.nanoTime() - start) / 1e9));
        if (found[0] + found[1] > 0) {
            misses.add("aggregates differ from the ledger: " + found[0] + " donors, " + found[1] + " summary keys "
                    + examples);
        }
    }

    // ---- the cases ----

    private LocalDate asOf() throws SQLException {
        String property = System.getProperty("bench.reports.as-of");
        if (property != null && !property.isBlank()) {
            return LocalDate.parse(property);
        }
        int last = Integer.parseInt(one("SELECT YEAR(MAX(received_on)) FROM gifts"));
        return LocalDate.of(last, 6, 15);
    }

    /** Calendar years of asOf: previous = [p, t), this = [t, e). */
    private static List<Case> cases(LocalDate asOf) {
        LocalDate t = LocalDate.of(asOf.getYear(), 1, 1);
        LocalDate p = t.minusYears(1);
        LocalDate e = asOf.plusDays(1);
        String q = "?asOf=" + asOf;
        String hard = "SELECT constituent_id AS d, received_on AS day, " + NET + " AS net FROM gifts WHERE " + COUNTED;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "lybunt",
                "/api/reports/lybunt" + q,
                donorSets(hard, p, t, e, false, "p > 0 AND t <= 0", "ORDER BY p DESC"),
                true));
        cases.add(new Case(
                "sybunt",
                "/api/reports/sybunt" + q,
                donorSets(hard, p, t, e, true, "b > 0 AND p <= 0 AND t <= 0", "ORDER BY b DESC"),
                true));
        cases.add(new Case(
                "sybunt-incl-ly",
                "/api/reports/sybunt-incl-ly" + q,
                donorSets(hard, p, t, e, true, "(b > 0 OR p > 0) AND t <= 0", "ORDER BY b DESC"),
                true));
        cases.add(new Case(
                "retention",
                "/api/reports/retention" + q,
                "SELECT SUM(p > 0), SUM(p > 0 AND t > 0), SUM(CASE WHEN p > 0 THEN p END),"
                        + " SUM(CASE WHEN p > 0 AND t > 0 THEN t END) FROM (" + perDonor(hard, p, t, e, false) + ") x",
                false));
        cases.add(new Case(
                "fep-gain-loss",
                "/api/reports/fep-gain-loss" + q,
                "SELECT CASE WHEN t > 0 AND p <= 0 AND b <= 0 THEN 'new' WHEN t > 0 AND p <= 0 THEN 'recaptured'"
                        + " WHEN t > 0 AND p > 0 AND t > p THEN 'upgraded' WHEN t > 0 AND p > 0 AND t = p THEN 'same'"
                        + " WHEN t > 0 AND p > 0 THEN 'downgraded' WHEN p > 0 THEN 'lapsed' END AS category,"
                        + " COUNT(*), SUM(t - p) FROM (" + perDonor(hard, p, t, e, true) + ") x"
                        + " WHERE t > 0 OR p > 0 GROUP BY category",
                false));
        cases.add(new Case(
                "new-donors",
                "/api/reports/new-donors" + q,
                donorSets(hard, p, t, e, true, "t > 0 AND p <= 0 AND b <= 0", "ORDER BY t DESC"),
                true));
        cases.add(new Case(
                "recaptured-donors",
                "/api/reports/recaptured-donors" + q,
                donorSets(hard, p, t, e, true, "t > 0 AND p <= 0 AND b > 0", "ORDER BY t DESC"),
                true));
        cases.add(new Case(
                "top-donors",
                "/api/reports/top-donors" + q,
                "SELECT constituent_id, SUM(" + NET + ") AS s, COUNT(*) FROM gifts WHERE " + COUNTED
                        + " AND received_on >= '" + t + "' AND received_on < '" + e + "' GROUP BY constituent_id"
                        + " HAVING s > 0 ORDER BY s DESC, constituent_id LIMIT 25",
                false));
        cases.add(new Case(
                "donor-streaks",
                "/api/reports/donor-streaks" + q,
                "SELECT constituent_id, YEAR(received_on), SUM(" + NET + "), COUNT(*) FROM gifts WHERE " + COUNTED
                        + " AND received_on >= '" + t.minusYears(29) + "' AND received_on < '" + e + "'"
                        + " GROUP BY constituent_id, YEAR(received_on)",
                false));
        cases.add(new Case(
                "gift-range",
                "/api/reports/gift-range" + q,
                "SELECT CASE WHEN s < 100 THEN 0 WHEN s < 250 THEN 100 WHEN s < 500 THEN 250 WHEN s < 1000 THEN 500"
                        + " WHEN s < 2500 THEN 1000 WHEN s < 5000 THEN 2500 WHEN s < 10000 THEN 5000 WHEN s < 25000"
                        + " THEN 10000 WHEN s < 50000 THEN 25000 WHEN s < 100000 THEN 50000 ELSE 100000 END AS band,"
                        + " COUNT(*), SUM(s) FROM (SELECT constituent_id, SUM(" + NET + ") AS s FROM gifts WHERE "
                        + COUNTED + " AND received_on >= '" + t + "' AND received_on < '" + e + "'"
                        + " GROUP BY constituent_id HAVING s > 0) x GROUP BY band",
                false));
        cases.add(new Case(
                "giving-summary by month",
                "/api/reports/giving-summary" + q + "&groupBy=month",
                "SELECT DATE_FORMAT(received_on, '%Y-%m') AS m, SUM(" + NET + "), COUNT(*) FROM gifts WHERE " + COUNTED
                        + " AND received_on >= '" + t + "' AND received_on < '" + e + "' GROUP BY m",
                false));
        cases.add(new Case(
                "giving-summary by fund",
                "/api/reports/giving-summary" + q + "&groupBy=fund",
                "SELECT a.fund_id, SUM(a.amount * (g.base_amount - g.refunded_base_amount) / g.amount), COUNT(*)"
                        + " FROM gifts g JOIN gift_allocations a ON a.gift_id = g.id WHERE g.status = 'COMPLETED'"
                        + " AND g.kind IN (" + KINDS + ") AND g.received_on >= '" + t + "' AND g.received_on < '" + e
                        + "' GROUP BY a.fund_id",
                false));
        cases.add(new Case(
                "year-over-year",
                "/api/reports/year-over-year" + q,
                "SELECT received_on >= '" + t + "' AS side, DATE_FORMAT(received_on, '%m') AS m, SUM(" + NET + "),"
                        + " COUNT(*), COUNT(DISTINCT constituent_id) FROM gifts WHERE " + COUNTED
                        + " AND ((received_on >= '" + t + "' AND received_on < '" + e + "') OR (received_on >= '" + p
                        + "' AND received_on < '" + e.minusYears(1) + "')) GROUP BY side, m WITH ROLLUP",
                false));
        cases.add(new Case(
                "campaign-progress",
                "/api/reports/campaign-progress" + q,
                "SELECT campaign_id, SUM(" + NET + "), COUNT(*) FROM gifts WHERE " + COUNTED + " AND received_on < '"
                        + e + "' GROUP BY campaign_id",
                false));
        // variants of LYBUNT: household credit, hard plus soft credit, fiscal years
        String household = "SELECT COALESCE(h.household_id, g.constituent_id) AS d, g.received_on AS day,"
                + " g.base_amount - g.refunded_base_amount AS net FROM gifts g LEFT JOIN household_memberships h"
                + " ON h.current_member_id = g.constituent_id WHERE g.status = 'COMPLETED' AND g.kind IN (" + KINDS
                + ")";
        cases.add(new Case(
                "lybunt HOUSEHOLD",
                "/api/reports/lybunt" + q + "&creditBasis=HOUSEHOLD",
                donorSets(household, p, t, e, false, "p > 0 AND t <= 0", "ORDER BY p DESC"),
                true));
        String soft = hard + " UNION ALL SELECT s.constituent_id, g.received_on, s.amount * g.exchange_rate"
                + " FROM gift_soft_credits s JOIN gifts g ON g.id = s.gift_id WHERE g.status = 'COMPLETED'"
                + " AND g.kind IN (" + KINDS + ") AND s.constituent_id <> g.constituent_id";
        cases.add(new Case(
                "lybunt HARD_PLUS_SOFT",
                "/api/reports/lybunt" + q + "&creditBasis=HARD_PLUS_SOFT",
                donorSets(soft, p, t, e, false, "p > 0 AND t <= 0", "ORDER BY p DESC"),
                true));
        LocalDate ft = LocalDate.of(asOf.getMonthValue() >= 7 ? asOf.getYear() : asOf.getYear() - 1, 7, 1);
        cases.add(new Case(
                "lybunt FISCAL (07-01)",
                "/api/reports/lybunt" + q + "&yearBasis=FISCAL&fiscalYearStart=07-01",
                donorSets(hard, ft.minusYears(1), ft, e, false, "p > 0 AND t <= 0", "ORDER BY p DESC"),
                true));
        return cases;
    }

    /**
     * Each donor's credit before the previous year ({@code b}, only when {@code before}), in the previous year
     * ({@code p}) and this year to date ({@code t}), from {@code lines} (columns d, day, net).
     */
    private static String perDonor(String lines, LocalDate p, LocalDate t, LocalDate e, boolean before) {
        return "SELECT d, SUM(CASE WHEN day < '" + p + "' THEN net ELSE 0 END) AS b,"
                + " SUM(CASE WHEN day >= '" + p + "' AND day < '" + t + "' THEN net ELSE 0 END) AS p,"
                + " SUM(CASE WHEN day >= '" + t + "' THEN net ELSE 0 END) AS t FROM (" + lines + ") l"
                + " WHERE day < '" + e + "'" + (before ? "" : " AND day >= '" + p + "'") + " GROUP BY d";
    }

    private static String donorSets(
            String lines, LocalDate p, LocalDate t, LocalDate e, boolean before, String test, String order) {
        return "SELECT d, b, p, t FROM (" + perDonor(lines, p, t, e, before) + ") x WHERE " + test + " " + order;
    }

    // ---- running ----

    private long rawQuery(String sql) {
        if (!RAW) {
            return -1;
        }
        try (Connection c = raw.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            long rows = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                rows++;
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private String one(String sql) throws SQLException {
        try (Connection c = raw.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** GET the report's first page as JSON; returns its rowCount (every row of the report, not only the page). */
    private long http(String token, String path) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) server.getURI().resolve(path).toURL().openConnection();
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setReadTimeout(600_000);
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body;
            try (InputStream in = stream) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (status != 200) {
                throw new IllegalStateException(path + ": " + status + " " + body);
            }
            Object count = json.readValue(body, Map.class).get("rowCount");
            return count == null ? -1 : ((Number) count).longValue();
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private String login() throws IOException, InterruptedException {
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.getURI().resolve("/api/login"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                        Map.of("username", TestUsers.ADMIN, "password", TestUsers.ADMIN_PASSWORD))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as("login: %s", reply.body()).isEqualTo(200);
        return (String) json.readValue(reply.body(), Map.class).get("access_token");
    }

    private static Timing timing(double fresh, double[] ms, long rows) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Timing(fresh, sorted[sorted.length / 2], sorted[sorted.length - 1], rows);
    }

    private String bufferPool() {
        try {
            return (Long.parseLong(one("SELECT @@innodb_buffer_pool_size")) >> 20) + " MB";
        } catch (SQLException | RuntimeException e) {
            return "?";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
