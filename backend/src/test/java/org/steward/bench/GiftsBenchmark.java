package org.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import org.junit.jupiter.api.Test;
import org.steward.donations.DonationsConfig;
import org.steward.donations.internal.GivingMath;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.shared.ids.Ids;
import org.steward.support.TestUsers;

/**
 * The donations benchmark (issue 16): on the constituents benchmark's 200,000 constituents with 2,000,000 gifts over
 * 10 years ({@link GiftsSeed}), recording a gift through {@code POST /api/gifts} at a fixed rate, open loop (each
 * request timed from its scheduled start, so queueing counts), with the rollups brought up to date in the same
 * transaction; and the 360° view {@code GET /api/constituents/{id}/summary}, now with its giving section. Beside each,
 * in the same run, the raw ceiling through plain JDBC: for a gift, the same rows written in one transaction at the
 * same rate (gift, allocation, soft credit, audit entry, rollup and fiscal-year upserts); for the view, every piece of
 * data it shows read once. HTTP and JDBC take turns round by round. The first requests after the server started
 * (a fresh instance) are measured apart from those after the warm-up.
 *
 * <p>Not part of the test suite: {@code ./mvnw -B -Pbenchmark verify -pl backend -am -Dit.test=GiftsBenchmark}
 * (docs/benchmarks.md). Fails when a warm p99 target is missed, on any failed request, or when a sampled donor's
 * stored rollup differs from what {@code RollupRecomputer.compute} adds up. Writes {@code target/benchmarks/gifts.md}.
 * Settings (system properties): {@code bench.gifts.rate} (requests/s, 50), {@code bench.gifts.rounds} (6),
 * {@code bench.gifts.round-seconds} (10), {@code bench.gifts.cold} (250 requests of each kind on the fresh server),
 * {@code bench.gifts.warmup} (3,000 gifts over HTTP).
 */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value = "jdbc:mysql://127.0.0.1:3306/steward_bench?createDatabaseIfNotExist=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true")
@Property(name = "datasources.default.maximum-pool-size", value = "20") // the production default, not the tests' 10
@Property(name = "app.users.session-check-cache", value = "5s") // the production default, not the tests' 0s
class GiftsBenchmark {

    static final int RATE = Integer.getInteger("bench.gifts.rate", 50);
    static final int ROUNDS = Integer.getInteger("bench.gifts.rounds", 6);
    static final int ROUND_SECONDS = Integer.getInteger("bench.gifts.round-seconds", 10);
    static final int COLD = Integer.getInteger("bench.gifts.cold", 250);
    static final int WARM_UP = Integer.getInteger("bench.gifts.warmup", 3_000);
    static final int SUMMARY_SAMPLES = 2_000;
    static final int SUMMARY_ROUNDS = 3;
    static final int CLIENT_THREADS = 32; // more than will ever be busy at 50/s: a slow answer never holds up the next
    static final int JDBC_SUMMARY_CONNECTIONS = 8;
    static final double GIFT_P99_MS = 30;
    static final double SUMMARY_P99_MS = 25;
    static final int ROLLUP_SAMPLE = 300;
    static final long MAX_MICROS = 120_000_000L;
    static final String BY = "bench";

    static {
        if (System.getProperty("http.maxConnections") == null) { // JDK default 5 idle connections per server
            System.setProperty("http.maxConnections", "64");
        }
    }

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    DonationsConfig config;

    @Inject
    RollupRecomputer recomputer;

    @Inject
    TransactionOperations<Connection> transactions;

    private final Random random = new Random(20261207L);
    private final List<String> notes = new ArrayList<>();
    private final Set<UUID> touchedOverHttp = ConcurrentHashMap.newKeySet();
    private final Set<UUID> touchedOverJdbc = ConcurrentHashMap.newKeySet();
    private final AtomicLong jdbcRetries = new AtomicLong();
    private DataSource raw;
    private GiftsSeed.Designations designations;
    private List<UUID> constituents;

    @Test
    void recordingGiftsAndTheViewMeetTheirTargets() throws Exception {
        raw = DelegatingDataSource.unwrapDataSource(dataSource);
        String loadBefore = loadAverage();
        String constituentSeeding;
        String giftSeeding;
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection db = raw.getConnection()) {
            constituentSeeding = ConstituentsBenchmark.seed(db);
            GiftsSeed seed = new GiftsSeed(db, System.nanoTime(), config.fiscalYearStartMonth(), config.baseCurrency());
            designations = seed.designations();
            giftSeeding = seed.gifts(designations);
            System.out.println("Seeding gifts: " + (giftSeeding == null ? "none" : giftSeeding));
            for (String table : List.of(
                    "constituents",
                    "gifts",
                    "gift_allocations",
                    "gift_soft_credits",
                    "gift_refunds",
                    "recurring_gifts",
                    "recurring_gift_payments",
                    "giving_rollups",
                    "giving_years")) {
                rows.put(table, seed.count(table));
            }
            constituents = new ArrayList<>();
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT id FROM constituents WHERE deleted_at IS NULL AND merged_into_id IS NULL")) {
                while (rs.next()) {
                    constituents.add(UUID.fromString(rs.getString(1)));
                }
            }
        }
        List<UUID> seededSample = new ArrayList<>();
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT constituent_id FROM giving_rollups ORDER BY RAND() LIMIT " + ROLLUP_SAMPLE)) {
            while (rs.next()) {
                seededSample.add(UUID.fromString(rs.getString(1)));
            }
        }

        String token = login();
        Http http = new Http(server.getURI(), token);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        BlockingQueue<ConstituentsBenchmark.RawQueries> views = new ArrayBlockingQueue<>(JDBC_SUMMARY_CONNECTIONS);
        List<Connection> viewConnections = new ArrayList<>();
        Failures httpFailures = new Failures();
        Failures jdbcFailures = new Failures();
        Map<String, Result> results = new LinkedHashMap<>();
        try {
            // a freshly started instance: its first requests, before anything warmed the request paths
            results.put(
                    "cold gifts",
                    openLoop(clients, gifts(COLD), RATE, g -> http.record(body(g), httpFailures, g, touchedOverHttp)));
            results.put(
                    "cold views",
                    openLoop(clients, sample(constituents, COLD), RATE, id -> http.summary(id, httpFailures)));

            for (int i = 0; i < JDBC_SUMMARY_CONNECTIONS; i++) {
                Connection c = raw.getConnection();
                c.setAutoCommit(true);
                viewConnections.add(c);
                views.add(new ConstituentsBenchmark.RawQueries(
                        c,
                        notes,
                        List.of(
                                "SELECT fiscal_year, total, soft_total, gift_count FROM giving_years"
                                        + " WHERE constituent_id IN (?)",
                                "SELECT * FROM giving_rollups WHERE constituent_id IN (?)")));
            }

            // warm-up: both paths compiled, the pool's connections open, the pages in memory
            closedLoop(clients, 4, gifts(WARM_UP), g -> http.record(body(g), httpFailures, g, touchedOverHttp));
            closedLoop(clients, 4, gifts(WARM_UP / 3), g -> rawGift(g, jdbcFailures));
            ConstituentsBenchmark.RawQueries sequentialJdbc = views.take();
            for (UUID id : sample(constituents, 2_000)) {
                http.summary(id, httpFailures);
            }
            for (UUID id : sample(constituents, 1_000)) {
                sequentialJdbc.summary(id.toString());
            }
            long warmUpFailures = httpFailures.total() + jdbcFailures.total();

            // gifts at a fixed rate, open loop, HTTP and JDBC taking turns round by round
            int perRound = RATE * ROUND_SECONDS;
            List<Result> httpRounds = new ArrayList<>();
            List<Result> jdbcRounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    boolean httpTurn = (round + turn) % 2 == 0;
                    if (httpTurn) {
                        httpRounds.add(openLoop(
                                clients,
                                gifts(perRound),
                                RATE,
                                g -> http.record(body(g), httpFailures, g, touchedOverHttp)));
                    } else {
                        jdbcRounds.add(openLoop(clients, gifts(perRound), RATE, g -> rawGift(g, jdbcFailures)));
                    }
                }
            }
            results.put("gifts", Result.merge(httpRounds));
            results.put("gifts jdbc", Result.merge(jdbcRounds));

            // the view: one client after another, as the constituents benchmark measures it, HTTP and JDBC in turn
            Histogram httpView = histogram();
            Histogram jdbcView = histogram();
            List<UUID> httpIds = sample(constituents, SUMMARY_SAMPLES);
            List<UUID> jdbcIds = sample(constituents, SUMMARY_SAMPLES);
            long viewStart = System.nanoTime();
            for (int i = 0; i < SUMMARY_SAMPLES; i++) {
                long start = System.nanoTime();
                http.summary(httpIds.get(i), httpFailures);
                httpView.recordValue(micros(start));
                start = System.nanoTime();
                sequentialJdbc.summary(jdbcIds.get(i).toString());
                jdbcView.recordValue(micros(start));
            }
            long viewNanos = System.nanoTime() - viewStart;
            views.add(sequentialJdbc);
            results.put("views sequential", new Result(httpView, SUMMARY_SAMPLES, viewNanos, 0));
            results.put("views sequential jdbc", new Result(jdbcView, SUMMARY_SAMPLES, viewNanos, 0));

            // the view at the same fixed rate, open loop
            List<Result> httpViewRounds = new ArrayList<>();
            List<Result> jdbcViewRounds = new ArrayList<>();
            for (int round = 0; round < SUMMARY_ROUNDS; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    if ((round + turn) % 2 == 0) {
                        httpViewRounds.add(openLoop(
                                clients, sample(constituents, perRound), RATE, id -> http.summary(id, httpFailures)));
                    } else {
                        jdbcViewRounds.add(openLoop(clients, sample(constituents, perRound), RATE, id -> {
                            ConstituentsBenchmark.RawQueries q = views.take();
                            try {
                                q.summary(id.toString());
                                return true;
                            } finally {
                                views.add(q);
                            }
                        }));
                    }
                }
            }
            results.put("views", Result.merge(httpViewRounds));
            results.put("views jdbc", Result.merge(jdbcViewRounds));
            notes.add(String.format(Locale.ROOT, "Failures during the warm-up: %d.", warmUpFailures));
        } finally {
            clients.shutdownNow();
            for (Connection c : viewConnections) {
                c.close();
            }
        }
        String loadAfter = loadAverage();

        // seeded donors (sampled before the run) and donors the benchmark touched: is the stored rollup what the
        // ledger adds up to? Checked after the measurements, so the fresh instance's figures are its first requests
        List<String> seedMismatches = rollupMismatches(seededSample);
        List<String> httpMismatches = rollupMismatches(sampleOf(touchedOverHttp));
        List<String> jdbcMismatches = rollupMismatches(sampleOf(touchedOverJdbc));

        String report = report(
                constituentSeeding,
                giftSeeding,
                rows,
                results,
                httpFailures,
                jdbcFailures,
                seededSample.size(),
                seedMismatches,
                httpMismatches,
                jdbcMismatches,
                loadBefore,
                loadAfter);
        System.out.println(report);
        Path out = Path.of(System.getProperty("basedir", "."), "target", "benchmarks", "gifts.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(httpFailures.total())
                .as("failed HTTP requests: %s", httpFailures)
                .isZero();
        assertThat(jdbcFailures.total())
                .as("failed JDBC transactions: %s", jdbcFailures)
                .isZero();
        assertThat(seedMismatches)
                .as("seeded rollups that differ from the ledger")
                .isEmpty();
        assertThat(httpMismatches)
                .as("rollups after gifts over HTTP that differ from the ledger")
                .isEmpty();
        assertThat(jdbcMismatches)
                .as("rollups after the JDBC ceiling that differ from the ledger")
                .isEmpty();
        assertThat(results.get("gifts").p99())
                .as("gift recording p99 (ms) at %d/s over HTTP", RATE)
                .isLessThan(GIFT_P99_MS);
        assertThat(results.get("views sequential").p99())
                .as("360° view p99 (ms) over HTTP")
                .isLessThan(SUMMARY_P99_MS);
        assertThat(results.get("views").p99())
                .as("360° view p99 (ms) at %d/s over HTTP", RATE)
                .isLessThan(SUMMARY_P99_MS);
    }

    // ---- the work ----

    /** A gift to record: who, how much, when, for what; 5% with a soft credit of the whole amount. */
    record GiftSpec(
            UUID donor,
            BigDecimal amount,
            LocalDate receivedOn,
            UUID fund,
            UUID campaign,
            UUID appeal,
            String method,
            UUID softCredit,
            String role) {}

    private List<GiftSpec> gifts(int n) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID campaign = designations.campaignByYear().get(today.getYear());
        List<UUID> appeals = designations.appeals().get(campaign);
        List<GiftSpec> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UUID donor = constituents.get(random.nextInt(constituents.size()));
            UUID other = null;
            if (random.nextInt(100) < 5) {
                do {
                    other = constituents.get(random.nextInt(constituents.size()));
                } while (other.equals(donor));
            }
            list.add(new GiftSpec(
                    donor,
                    GiftsSeed.logNormal(random, Math.log(50), 1.1, "250000.00"),
                    today.minusDays(random.nextInt(7)),
                    designations.funds().get(random.nextInt(designations.funds().size())),
                    campaign,
                    random.nextInt(10) < 7 ? appeals.get(random.nextInt(appeals.size())) : null,
                    GiftsSeed.PAYMENT_METHODS[random.nextInt(GiftsSeed.PAYMENT_METHODS.length)],
                    other,
                    other == null ? null : GiftsSeed.CREDIT_ROLES[random.nextInt(GiftsSeed.CREDIT_ROLES.length)]));
        }
        return list;
    }

    private byte[] body(GiftSpec g) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("constituentId", g.donor());
        body.put("amount", g.amount().toPlainString());
        body.put("currency", config.baseCurrency());
        body.put("receivedOn", g.receivedOn().toString());
        body.put("fundId", g.fund());
        body.put("campaignId", g.campaign());
        if (g.appeal() != null) {
            body.put("appealId", g.appeal());
        }
        body.put("paymentMethod", g.method());
        if (g.softCredit() != null) {
            body.put(
                    "softCredits",
                    List.of(Map.of(
                            "constituentId",
                            g.softCredit(),
                            "amount",
                            g.amount().toPlainString(),
                            "role",
                            g.role())));
        }
        return json.writeValueAsBytes(body);
    }

    private List<UUID> sample(List<UUID> values, int n) {
        List<UUID> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample.add(values.get(random.nextInt(values.size())));
        }
        return sample;
    }

    private List<UUID> sampleOf(Set<UUID> touched) {
        List<UUID> all = new ArrayList<>(touched);
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(ROLLUP_SAMPLE, all.size()));
    }

    /** Donors whose stored rollup differs from what the application adds up from their ledger, with both. */
    private List<String> rollupMismatches(List<UUID> donors) {
        List<String> mismatches = new ArrayList<>();
        for (UUID donor : donors) {
            GivingMath.Rollup stored = transactions.executeRead(s -> recomputer.stored(donor));
            GivingMath.Rollup computed = transactions.executeRead(s -> recomputer.compute(donor));
            if (!stored.equals(computed)) {
                mismatches.add(donor + ": stored " + stored + ", computed " + computed);
            }
        }
        return mismatches;
    }

    // ---- load generation ----

    interface Op<T> {
        boolean run(T item) throws Exception;
    }

    /** Latencies of a phase, how many requests, how long it took, and how late the generator was at worst. */
    record Result(Histogram latency, long requests, long nanos, long maxDispatchLagMicros) {

        static Result merge(List<Result> parts) {
            Histogram all = histogram();
            long requests = 0;
            long nanos = 0;
            long lag = 0;
            for (Result r : parts) {
                all.add(r.latency());
                requests += r.requests();
                nanos += r.nanos();
                lag = Math.max(lag, r.maxDispatchLagMicros());
            }
            return new Result(all, requests, nanos, lag);
        }

        double p(double percentile) {
            return ms(latency.getValueAtPercentile(percentile));
        }

        double p99() {
            return p(99);
        }

        double perSecond() {
            return requests / (nanos / 1e9);
        }
    }

    /**
     * Open loop: request i is due at start + i / rate whatever became of the earlier ones, handed to an idle client
     * thread (there are more than will ever be busy), and timed from when it was due to when its answer was read, so
     * a request that waited for a slow one counts the wait.
     */
    private static <T> Result openLoop(ExecutorService clients, List<T> items, int rate, Op<T> op)
            throws InterruptedException {
        Histogram latency = new SynchronizedHistogram(MAX_MICROS, 3);
        CountDownLatch done = new CountDownLatch(items.size());
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 10_000_000L;
        long maxLag = 0;
        for (int i = 0; i < items.size(); i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, (System.nanoTime() - due) / 1_000);
            T item = items.get(i);
            clients.execute(() -> {
                try {
                    op.run(item);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    latency.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - due) / 1_000));
                    done.countDown();
                }
            });
        }
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new AssertionError("open-loop phase did not finish in 5 minutes");
        }
        return new Result(latency, items.size(), System.nanoTime() - start, maxLag);
    }

    /** Closed loop, for warming up: {@code threads} clients, each sending its next request when one is answered. */
    private static <T> void closedLoop(ExecutorService clients, int threads, List<T> items, Op<T> op)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(threads);
        AtomicLong next = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            clients.execute(() -> {
                try {
                    for (long i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        op.run(items.get((int) i));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(10, TimeUnit.MINUTES);
    }

    // ---- the HTTP client ----

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

    /**
     * Synchronous HTTP/1.1 on the calling client thread, keep-alive ({@code HttpURLConnection} reuses a socket once
     * its response is read to the end), as in the other benchmarks; signed in as {@code admin}.
     */
    private static final class Http {
        private final URI base;
        private final String token;

        Http(URI base, String token) {
            this.base = base;
            this.token = token;
        }

        boolean record(byte[] body, Failures failures, GiftSpec gift, Set<UUID> touched) {
            boolean ok = exchange("POST", "/api/gifts", body, 201, failures);
            if (ok) {
                touched.add(gift.donor());
                if (gift.softCredit() != null) {
                    touched.add(gift.softCredit());
                }
            }
            return ok;
        }

        boolean summary(UUID id, Failures failures) {
            return exchange("GET", "/api/constituents/" + id + "/summary", null, 200, failures);
        }

        private boolean exchange(String method, String path, byte[] body, int expected, Failures failures) {
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) base.resolve(path).toURL().openConnection();
                connection.setRequestMethod(method);
                connection.setRequestProperty("Accept", "application/json");
                connection.setRequestProperty("Authorization", "Bearer " + token);
                connection.setConnectTimeout(5_000);
                connection.setReadTimeout(60_000);
                if (body != null) {
                    connection.setDoOutput(true);
                    connection.setFixedLengthStreamingMode(body.length);
                    connection.setRequestProperty("Content-Type", "application/json");
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(body);
                    }
                }
                int status = connection.getResponseCode();
                InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
                String answer = "";
                if (stream != null) {
                    try (InputStream in = stream) {
                        answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                if (status != expected) {
                    failures.add(method + " " + status, answer);
                    return false;
                }
                return true;
            } catch (IOException e) {
                failures.add(method + " no answer", e.toString());
                return false;
            }
        }
    }

    /** Failures by kind, and the first few answers. */
    static final class Failures {
        private final Map<String, Long> byKind = new LinkedHashMap<>();
        private final List<String> samples = new ArrayList<>();

        synchronized void add(String kind, String answer) {
            byKind.merge(kind, 1L, Long::sum);
            if (samples.size() < 5) {
                samples.add(kind + " " + (answer.length() > 300 ? answer.substring(0, 300) + "…" : answer));
            }
        }

        synchronized long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public synchronized String toString() {
            return byKind.isEmpty() ? "none" : byKind + " e.g. " + samples;
        }
    }

    // ---- the raw ceiling for a gift ----

    private static final String INSERT_GIFT = "INSERT INTO gifts (id, constituent_id, amount, currency, exchange_rate,"
            + " exchange_rate_date, base_amount, base_currency, refunded_amount, refunded_base_amount, received_on,"
            + " status, kind, fund_id, campaign_id, appeal_id, payment_method, reference, anonymous, version,"
            + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 1, NULL, ?, ?, 0, 0, ?,"
            + " 'COMPLETED', 'ONE_TIME', ?, ?, ?, ?, NULL, FALSE, 0, ?, ?, ?, ?)";
    private static final String INSERT_ALLOCATION = "INSERT INTO gift_allocations (id, gift_id, fund_id, amount,"
            + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SOFT_CREDIT = "INSERT INTO gift_soft_credits (id, gift_id, constituent_id,"
            + " amount, credit_role, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_AUDIT = "INSERT INTO audit_log (id, occurred_at, actor, action, entity_type,"
            + " entity_id, changes, reason) VALUES (?, ?, ?, 'CREATED', 'gift', ?, ?, NULL)";
    /**
     * A new completed gift added to its donor's rollup. The gift's id is newer than any other, so ties go to the
     * existing first and largest gift and to the new last one, as GivingMath breaks them. Assignments run left to
     * right and see the values already assigned: amounts before dates for first and last; for the largest, the date
     * first, and the amount's test then fails only in the tie case, where the amount is the same.
     */
    private static final String UPSERT_ROLLUP = "INSERT INTO giving_rollups (constituent_id, base_currency,"
            + " lifetime_total, gift_count, soft_credit_total, first_gift_date, first_gift_amount, last_gift_date,"
            + " last_gift_amount, largest_gift_date, largest_gift_amount, created_at, created_by, updated_at, updated_by)"
            + " VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " lifetime_total = lifetime_total + VALUES(lifetime_total), gift_count = gift_count + 1,"
            + " first_gift_amount = IF(first_gift_date IS NULL OR VALUES(first_gift_date) < first_gift_date,"
            + " VALUES(first_gift_amount), first_gift_amount),"
            + " first_gift_date = IF(first_gift_date IS NULL OR VALUES(first_gift_date) < first_gift_date,"
            + " VALUES(first_gift_date), first_gift_date),"
            + " last_gift_amount = IF(last_gift_date IS NULL OR VALUES(last_gift_date) >= last_gift_date,"
            + " VALUES(last_gift_amount), last_gift_amount),"
            + " last_gift_date = IF(last_gift_date IS NULL OR VALUES(last_gift_date) >= last_gift_date,"
            + " VALUES(last_gift_date), last_gift_date),"
            + " largest_gift_date = IF(largest_gift_amount IS NULL OR VALUES(largest_gift_amount) > largest_gift_amount"
            + " OR (VALUES(largest_gift_amount) = largest_gift_amount AND VALUES(largest_gift_date) < largest_gift_date),"
            + " VALUES(largest_gift_date), largest_gift_date),"
            + " largest_gift_amount = IF(largest_gift_amount IS NULL OR VALUES(largest_gift_amount) > largest_gift_amount"
            + " OR (VALUES(largest_gift_amount) = largest_gift_amount AND VALUES(largest_gift_date) < largest_gift_date),"
            + " VALUES(largest_gift_amount), largest_gift_amount),"
            + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)";

    private static final String UPSERT_SOFT_ROLLUP = "INSERT INTO giving_rollups (constituent_id, base_currency,"
            + " lifetime_total, gift_count, soft_credit_total, created_at, created_by, updated_at, updated_by)"
            + " VALUES (?, ?, 0, 0, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " soft_credit_total = soft_credit_total + VALUES(soft_credit_total),"
            + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)";
    private static final String UPSERT_YEAR =
            "INSERT INTO giving_years (constituent_id, fiscal_year, total, soft_total,"
                    + " gift_count, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE total = total + VALUES(total), soft_total = soft_total + VALUES(soft_total),"
                    + " gift_count = gift_count + VALUES(gift_count), updated_at = VALUES(updated_at),"
                    + " updated_by = VALUES(updated_by)";

    /**
     * The raw ceiling of recording a gift: its rows and the rollups' increments in one transaction on a connection of
     * the application's pool (same isolation and driver settings), the two donors' rollup rows in id order as the
     * application locks them; retried whole when the database aborts it, as the application would.
     */
    private boolean rawGift(GiftSpec g, Failures failures) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try (Connection db = raw.getConnection()) {
                db.setAutoCommit(false);
                try {
                    writeGift(db, g);
                    db.commit();
                    touchedOverJdbc.add(g.donor());
                    if (g.softCredit() != null) {
                        touchedOverJdbc.add(g.softCredit());
                    }
                    return true;
                } catch (SQLException e) {
                    db.rollback();
                    throw e;
                } finally {
                    db.setAutoCommit(true);
                }
            } catch (SQLException e) {
                boolean aborted =
                        e.getErrorCode() == 1213 || e.getErrorCode() == 1205 || "40001".equals(e.getSQLState());
                if (!aborted || attempt == 6) {
                    failures.add("JDBC " + e.getErrorCode(), e.toString());
                    return false;
                }
                jdbcRetries.incrementAndGet();
                Thread.sleep(new Random().nextInt(10 << Math.min(attempt, 5)));
            }
        }
    }

    private void writeGift(Connection db, GiftSpec g) throws SQLException {
        UUID id = Ids.next();
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String currency = config.baseCurrency();
        try (PreparedStatement ps = db.prepareStatement(INSERT_GIFT)) {
            ps.setString(1, id.toString());
            ps.setString(2, g.donor().toString());
            ps.setBigDecimal(3, g.amount());
            ps.setString(4, currency);
            ps.setBigDecimal(5, g.amount());
            ps.setString(6, currency);
            ps.setDate(7, Date.valueOf(g.receivedOn()));
            ps.setString(8, g.fund().toString());
            ps.setString(9, g.campaign().toString());
            ps.setString(10, g.appeal() == null ? null : g.appeal().toString());
            ps.setString(11, g.method());
            audit(ps, 12, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement(INSERT_ALLOCATION)) {
            ps.setString(1, Ids.next().toString());
            ps.setString(2, id.toString());
            ps.setString(3, g.fund().toString());
            ps.setBigDecimal(4, g.amount());
            audit(ps, 5, now);
            ps.executeUpdate();
        }
        if (g.softCredit() != null) {
            try (PreparedStatement ps = db.prepareStatement(INSERT_SOFT_CREDIT)) {
                ps.setString(1, Ids.next().toString());
                ps.setString(2, id.toString());
                ps.setString(3, g.softCredit().toString());
                ps.setBigDecimal(4, g.amount());
                ps.setString(5, g.role());
                audit(ps, 6, now);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = db.prepareStatement(INSERT_AUDIT)) {
            ps.setString(1, Ids.next().toString());
            ps.setTimestamp(2, now);
            ps.setString(3, BY);
            ps.setString(4, id.toString());
            ps.setString(
                    5,
                    "[{\"field\":\"constituentId\",\"to\":\"" + g.donor() + "\"},{\"field\":\"amount\",\"to\":\""
                            + g.amount() + "\"},{\"field\":\"currency\",\"to\":\"" + currency
                            + "\"},{\"field\":\"receivedOn\",\"to\":\"" + g.receivedOn()
                            + "\"},{\"field\":\"status\",\"to\":\"COMPLETED\"},{\"field\":\"fundId\",\"to\":\""
                            + g.fund() + "\"},{\"field\":\"campaignId\",\"to\":\"" + g.campaign() + "\"}]");
            ps.executeUpdate();
        }
        int fiscalYear = GivingMath.fiscalYear(g.receivedOn(), config.fiscalYearStartMonth());
        TreeSet<String> ids = new TreeSet<>(); // the database's lock order
        ids.add(g.donor().toString());
        if (g.softCredit() != null) {
            ids.add(g.softCredit().toString());
        }
        for (String who : ids) {
            boolean donor = who.equals(g.donor().toString());
            try (PreparedStatement ps = db.prepareStatement(donor ? UPSERT_ROLLUP : UPSERT_SOFT_ROLLUP)) {
                ps.setString(1, who);
                ps.setString(2, currency);
                ps.setBigDecimal(3, g.amount());
                if (donor) {
                    for (int i = 4; i <= 8; i += 2) {
                        ps.setDate(i, Date.valueOf(g.receivedOn()));
                        ps.setBigDecimal(i + 1, g.amount());
                    }
                    audit(ps, 10, now);
                } else {
                    audit(ps, 4, now);
                }
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement(UPSERT_YEAR)) {
                ps.setString(1, who);
                ps.setInt(2, fiscalYear);
                ps.setBigDecimal(3, donor ? g.amount() : GivingMath.ZERO);
                ps.setBigDecimal(4, donor ? GivingMath.ZERO : g.amount());
                ps.setInt(5, donor ? 1 : 0);
                audit(ps, 6, now);
                ps.executeUpdate();
            }
        }
    }

    private static void audit(PreparedStatement ps, int index, Timestamp now) throws SQLException {
        ps.setTimestamp(index, now);
        ps.setString(index + 1, BY);
        ps.setTimestamp(index + 2, now);
        ps.setString(index + 3, BY);
    }

    // ---- report ----

    private String report(
            String constituentSeeding,
            String giftSeeding,
            Map<String, Long> rows,
            Map<String, Result> results,
            Failures httpFailures,
            Failures jdbcFailures,
            int seededSample,
            List<String> seedMismatches,
            List<String> httpMismatches,
            List<String> jdbcMismatches,
            String loadBefore,
            String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("# Donations benchmark\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Run %s; Java %s; %d processors; %s. Load average before %s, after %s.%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                database(),
                loadBefore,
                loadAfter));
        md.append("Data set: ");
        md.append(String.join(
                ", ",
                rows.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                        .toList()));
        md.append(".\n\nSeeded this run: constituents: ")
                .append(constituentSeeding)
                .append("; gifts: ")
                .append(giftSeeding == null ? "none, the ledger already held 2,000,000 gifts" : giftSeeding)
                .append(".\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Open loop at %d requests/s, each timed from its scheduled start; %d client threads; gifts: %d rounds"
                        + " of %d s per path, HTTP and JDBC taking turns; views: %d rounds. Cold: the first %d gifts and"
                        + " then %d views the server answered after it started. Warm-up: %,d gifts over HTTP (4 clients),"
                        + " %,d over JDBC, 2,000 views over HTTP, 1,000 over JDBC. Latencies in ms.%n%n",
                RATE,
                CLIENT_THREADS,
                ROUNDS,
                ROUND_SECONDS,
                SUMMARY_ROUNDS,
                COLD,
                COLD,
                WARM_UP,
                WARM_UP / 3));
        md.append(
                "| operation | requests | p50 | p95 | p99 | max | p99 target | JDBC p50 | JDBC p99 | HTTP/JDBC p99 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(row(
                "record a gift (`POST /api/gifts`), " + RATE + "/s, warm",
                results.get("gifts"),
                results.get("gifts jdbc"),
                GIFT_P99_MS));
        md.append(row(
                "record a gift, fresh instance (first " + COLD + ")", results.get("cold gifts"), null, GIFT_P99_MS));
        md.append(row(
                "360° view (`GET /api/constituents/{id}/summary`), one client",
                results.get("views sequential"),
                results.get("views sequential jdbc"),
                SUMMARY_P99_MS));
        md.append(row(
                "360° view, " + RATE + "/s, warm", results.get("views"), results.get("views jdbc"), SUMMARY_P99_MS));
        md.append(
                row("360° view, fresh instance (first " + COLD + ")", results.get("cold views"), null, SUMMARY_P99_MS));
        md.append(String.format(
                Locale.ROOT,
                "%nRates achieved: gifts %.1f/s over HTTP, %.1f/s over JDBC; the generator was at most %.1f ms late"
                        + " dispatching a request. JDBC retries (deadlocks): %d.%n",
                results.get("gifts").perSecond(),
                results.get("gifts jdbc").perSecond(),
                Math.max(
                                results.get("gifts").maxDispatchLagMicros(),
                                results.get("gifts jdbc").maxDispatchLagMicros())
                        / 1000.0,
                jdbcRetries.get()));
        md.append(String.format(
                Locale.ROOT,
                "%nFailures: HTTP %s; JDBC %s.%n%nRollups checked against `RollupRecomputer.compute` (the ledger"
                        + " added up again): %d seeded donors, %d mismatches; %d donors touched over HTTP, %d"
                        + " mismatches; %d touched over JDBC, %d mismatches.%n",
                httpFailures,
                jdbcFailures,
                seededSample,
                seedMismatches.size(),
                Math.min(ROLLUP_SAMPLE, touchedOverHttp.size()),
                httpMismatches.size(),
                Math.min(ROLLUP_SAMPLE, touchedOverJdbc.size()),
                jdbcMismatches.size()));
        for (String m : concat(seedMismatches, httpMismatches, jdbcMismatches)) {
            md.append("\n- ").append(m);
        }
        for (String note : notes) {
            md.append("\nNote: ").append(note).append('\n');
        }
        return md.toString();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l.subList(0, Math.min(5, l.size())));
        }
        return all;
    }

    private static String row(String name, Result http, Result jdbc, double target) {
        double p99 = http.p99();
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.0f %s | %s | %s | %s |%n",
                name,
                http.requests(),
                http.p(50),
                http.p(95),
                p99,
                ms(http.latency().getMaxValue()),
                target,
                p99 < target ? "✔" : "✘",
                jdbc == null ? "" : String.format(Locale.ROOT, "%.2f", jdbc.p(50)),
                jdbc == null ? "" : String.format(Locale.ROOT, "%.2f", jdbc.p99()),
                jdbc == null ? "" : String.format(Locale.ROOT, "%.1f×", p99 / jdbc.p99()));
    }

    private String database() {
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT VERSION(), @@innodb_buffer_pool_size," + " @@innodb_flush_log_at_trx_commit")) {
            rs.next();
            return String.format(
                    Locale.ROOT,
                    "MariaDB/MySQL %s (innodb_buffer_pool_size %d MB, innodb_flush_log_at_trx_commit %s), pool"
                            + " connections at %s",
                    rs.getString(1),
                    rs.getLong(2) / (1024 * 1024),
                    rs.getString(3),
                    switch (db.getTransactionIsolation()) {
                        case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
                        case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
                        default -> "isolation " + db.getTransactionIsolation();
                    });
        } catch (SQLException e) {
            return "database ?";
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

    static Histogram histogram() {
        return new Histogram(MAX_MICROS, 3);
    }

    private static long micros(long startNanos) {
        return Math.min(MAX_MICROS, (System.nanoTime() - startNanos) / 1_000);
    }

    static double ms(long micros) {
        return micros / 1_000.0;
    }
}
