package org.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
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
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.steward.audit.FieldChange;
import org.steward.constituents.internal.ContactPointStore;
import org.steward.constituents.internal.Names;
import org.steward.constituents.internal.PhoneNumbers;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.Roles;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * Creating constituents: {@value #DEFAULT_CLIENTS} concurrent HTTP clients, each a synchronous keep-alive client
 * signed in as a development officer, create constituents through {@code POST /api/constituents}; beside them, in
 * the same run, the raw ceiling: the same rows inserted through plain JDBC by as many threads, one transaction per
 * constituent as the application does. The two take turns round by round, so both meet the same load from the rest
 * of the machine, and the report gives HTTP creates/s : JDBC creates/s. Every answer other than 201 is a failure,
 * and any failure fails the benchmark. For reference, the same rows also go in as one thread's JDBC batches of 1,000
 * per commit, as the search benchmark's seed inserts.
 *
 * <p>Independent of the search benchmark's 200,000-constituent data set: it uses its own database,
 * {@code steward_bench_create}, emptied of constituents at the start of each run. Run it alone with
 * {@code ./mvnw -B -Pbenchmark verify -pl backend -am -Dit.test=ConstituentCreateBenchmark}. Settings (system
 * properties): {@code bench.create.count} creates per path (default 20,000), {@code bench.create.clients} (8),
 * {@code bench.create.rounds} (4), {@code bench.create.warmup} (2,000 HTTP creates before measuring),
 * {@code bench.create.batch} (20,000; 0 leaves the batch reference out). Writes
 * {@code target/benchmarks/constituent-creates.md}.
 */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value = "jdbc:mysql://127.0.0.1:3306/steward_bench_create?createDatabaseIfNotExist=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true")
@Property(name = "datasources.default.maximum-pool-size", value = "20") // the production default, not the tests' 10
@Property(name = "app.users.session-check-cache", value = "5s") // the production default, not the tests' 0s
class ConstituentCreateBenchmark {

    static final int DEFAULT_CLIENTS = 8;
    static final int CLIENTS = Integer.getInteger("bench.create.clients", DEFAULT_CLIENTS);
    static final int CREATES = Integer.getInteger("bench.create.count", 20_000);
    static final int ROUNDS = Integer.getInteger("bench.create.rounds", 4);
    static final int WARM_UP = Integer.getInteger("bench.create.warmup", 2_000);
    static final int BATCH_REFERENCE = Integer.getInteger("bench.create.batch", 20_000);
    static final int BATCH = 1_000;
    static final int RETRIES = 6; // as app.persistence.retry.attempts
    static final String BY = "bench";
    static final String EXTERNAL_SOURCE = "legacy-crm";

    static {
        // HttpURLConnection keeps at most 5 idle connections per server unless told otherwise: with 8 clients some
        // would open a new connection for every request. The JDK reads this once; the pom's argLine sets it too.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
    }

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    /** Unique per run, so external ids never collide with an earlier run's (they are unique in the database). */
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private final Written written = new Written();
    private final Failures httpFailures = new Failures();
    private final Failures jdbcFailures = new Failures();
    private final AtomicLong jdbcRetries = new AtomicLong();
    private DataSource raw;

    @Test
    void eightClientsCreateConstituentsWithoutFailures() throws Exception {
        raw = DelegatingDataSource.unwrapDataSource(dataSource);
        String loadBefore = loadAverage();
        empty();
        String officer = TestUsers.uniqueName("bench-officer");
        Api api = Api.of(server, json);
        TestUsers.create(api, officer, Roles.DEVELOPMENT_OFFICER);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) { // each signs in on its own, as eight people at their desks would
            Api.Reply reply = api.post("/api/login", Map.of("username", officer, "password", TestUsers.PASSWORD));
            assertThat(reply.status()).as("sign-in: %s", reply.body()).isEqualTo(200);
            clients.add(new HttpClient(server.getURI(), (String) reply.json().get("access_token")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            // warm-up: the server's request path compiled, the pool's connections open, InnoDB's pages in memory
            Histogram ignored = histogram();
            Failures warmFailures = new Failures();
            parallel(pool, http(clients, donors("warm-http", WARM_UP), List.of(ignored), warmFailures));
            parallel(pool, jdbc(donors("warm-jdbc", WARM_UP / 2), List.of(ignored), new Failures()));
            assertThat(warmFailures.total())
                    .as("failed creates in the warm-up: %s", warmFailures)
                    .isZero();

            List<Histogram> httpLatency = histograms();
            List<Histogram> jdbcLatency = histograms();
            List<Phase> httpRounds = new ArrayList<>();
            List<Phase> jdbcRounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                int n = CREATES / ROUNDS + (round < CREATES % ROUNDS ? 1 : 0);
                // the bodies and rows are made before the clock starts: the creating is measured, not the typing
                List<List<Donor>> forHttp = donors("http-" + round, n);
                List<List<Donor>> forJdbc = donors("jdbc-" + round, n);
                // who goes first alternates, so neither always meets the other's freshly dirtied pages
                if (round % 2 == 0) {
                    httpRounds.add(parallel(pool, http(clients, forHttp, httpLatency, httpFailures)));
                    jdbcRounds.add(parallel(pool, jdbc(forJdbc, jdbcLatency, jdbcFailures)));
                } else {
                    jdbcRounds.add(parallel(pool, jdbc(forJdbc, jdbcLatency, jdbcFailures)));
                    httpRounds.add(parallel(pool, http(clients, forHttp, httpLatency, httpFailures)));
                }
                System.out.printf(
                        Locale.ROOT,
                        "Round %d: HTTP %,.0f creates/s, JDBC %,.0f creates/s%n",
                        round + 1,
                        httpRounds.get(round).rate(),
                        jdbcRounds.get(round).rate());
            }
            Phase batch = BATCH_REFERENCE > 0
                    ? batches(donors("batch", BATCH_REFERENCE).stream()
                            .flatMap(List::stream)
                            .toList())
                    : null;

            Map<String, long[]> rows = checkRows();
            String loadAfter = loadAverage();
            String report = report(
                    loadBefore, loadAfter, httpRounds, jdbcRounds, merge(httpLatency), merge(jdbcLatency), batch, rows);
            System.out.println(report);
            Path out = Path.of(System.getProperty("basedir", "."), "target", "benchmarks", "constituent-creates.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);

            assertThat(httpFailures.total())
                    .as("HTTP creates that did not answer 201: %s", httpFailures)
                    .isZero();
            assertThat(jdbcFailures.total())
                    .as("JDBC creates that failed: %s", jdbcFailures)
                    .isZero();
            rows.forEach((table, counts) ->
                    assertThat(counts[1]).as("rows in %s", table).isEqualTo(counts[0]));
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- the data ----

    /** One constituent as a development officer types it in from a reply card. */
    record Donor(
            String prefix,
            String first,
            String last,
            LocalDate birthDate,
            List<Email> emails,
            String phone,
            Address address,
            String tag,
            String externalId) {}

    record Email(String address, String type) {}

    record Address(String line1, String city, String region, String postalCode, String country) {}

    /** {@code total} new donors, dealt to the clients in turn: one list per client. */
    private List<List<Donor>> donors(String stream, int total) {
        Random random = new Random(stream.hashCode() * 31L + run.hashCode());
        List<List<Donor>> perClient = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            perClient.add(new ArrayList<>(total / CLIENTS + 1));
        }
        for (int i = 0; i < total; i++) {
            perClient.get(i % CLIENTS).add(donor(random, run + "-" + stream + "-" + i));
        }
        return perClient;
    }

    private static Donor donor(Random random, String externalId) {
        String first = pick(random, ConstituentsSeed.FIRST);
        String last = pick(random, ConstituentsSeed.LAST);
        String mailbox = slug(first) + "." + slug(last);
        List<Email> emails = new ArrayList<>(2);
        emails.add(new Email(mailbox + random.nextInt(1000) + "@" + pick(random, ConstituentsSeed.DOMAINS), "HOME"));
        if (random.nextInt(10) < 3) {
            emails.add(new Email(mailbox + "@work-" + random.nextInt(100) + ".example.org", "WORK"));
        }
        String phone = random.nextBoolean()
                ? String.format(
                        Locale.ROOT,
                        "+1 (%03d) %03d-%04d",
                        200 + random.nextInt(800),
                        random.nextInt(1000),
                        random.nextInt(10000))
                : String.format(Locale.ROOT, "+49 30 %07d", random.nextInt(10_000_000));
        String[] place = ConstituentsSeed.PLACES[random.nextInt(ConstituentsSeed.PLACES.length)];
        String postal =
                switch (place[2]) {
                    case "CA" -> "H" + random.nextInt(10) + "X " + random.nextInt(10) + "Y" + random.nextInt(10);
                    case "GB" -> "SW" + (1 + random.nextInt(20)) + "A " + random.nextInt(10) + "AA";
                    default -> String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
                };
        return new Donor(
                random.nextInt(10) < 3 ? pick(random, new String[] {"Mr.", "Ms.", "Mrs.", "Dr.", "Mx."}) : null,
                first,
                last,
                random.nextInt(10) < 6
                        ? LocalDate.of(1930 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : null,
                emails,
                phone,
                new Address(
                        (1 + random.nextInt(999)) + " " + pick(random, ConstituentsSeed.STREETS),
                        place[0],
                        place[1],
                        postal,
                        place[2]),
                pick(random, ConstituentsSeed.TAGS),
                externalId);
    }

    /** The request body, as the web page sends it. */
    private byte[] body(Donor d) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "INDIVIDUAL");
        if (d.prefix() != null) {
            body.put("prefix", d.prefix());
        }
        body.put("firstName", d.first());
        body.put("lastName", d.last());
        if (d.birthDate() != null) {
            body.put("birthDate", d.birthDate().toString());
        }
        body.put(
                "emails",
                d.emails().stream()
                        .map(e -> Map.of("address", e.address(), "type", e.type()))
                        .toList());
        body.put("phones", List.of(Map.of("number", d.phone(), "type", "MOBILE")));
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("type", "HOME");
        address.put("line1", d.address().line1());
        address.put("city", d.address().city());
        if (d.address().region() != null) {
            address.put("region", d.address().region());
        }
        address.put("postalCode", d.address().postalCode());
        address.put("country", d.address().country());
        body.put("addresses", List.of(address));
        body.put("tags", List.of(d.tag()));
        body.put("source", "reply card");
        body.put("externalIds", List.of(Map.of("source", EXTERNAL_SOURCE, "id", d.externalId())));
        return json.writeValueAsBytes(body);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String slug(String text) {
        String slug = Names.key(text).replaceAll("[^a-z0-9]+", "");
        return slug.isEmpty() ? "donor" : slug;
    }

    // ---- running the clients ----

    /** How long one round took for how many creates. */
    record Phase(int creates, long nanos) {
        double seconds() {
            return nanos / 1e9;
        }

        double rate() {
            return creates / seconds();
        }
    }

    /** Runs the tasks at once, one per pool thread, and returns the time from their common start to the last end. */
    private static Phase parallel(ExecutorService pool, List<Callable<Integer>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> task : tasks) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        int done = 0;
        for (Future<Integer> f : futures) {
            done += f.get();
        }
        return new Phase(done, System.nanoTime() - start);
    }

    /** One task per client: its donors, one POST after the other. Returns how many it sent. */
    private List<Callable<Integer>> http(
            List<HttpClient> clients, List<List<Donor>> donors, List<Histogram> latency, Failures failures)
            throws IOException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            HttpClient client = clients.get(i);
            Histogram h = latency.get(Math.min(i, latency.size() - 1));
            List<Donor> mine = donors.get(i);
            List<byte[]> bodies = new ArrayList<>(mine.size());
            for (Donor d : mine) {
                bodies.add(body(d));
            }
            tasks.add(() -> {
                for (int k = 0; k < bodies.size(); k++) {
                    long start = System.nanoTime();
                    int status = client.create(bodies.get(k), failures);
                    synchronized (h) {
                        h.recordValue(micros(start));
                    }
                    if (status == 201) {
                        written.add(mine.get(k));
                    }
                }
                return bodies.size();
            });
        }
        return tasks;
    }

    /** One task per thread: its donors, each in its own transaction on a connection of its own. */
    private List<Callable<Integer>> jdbc(List<List<Donor>> donors, List<Histogram> latency, Failures failures) {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Histogram h = latency.get(Math.min(i, latency.size() - 1));
            List<Donor> mine = donors.get(i);
            tasks.add(() -> {
                try (Connection db = raw.getConnection();
                        RawCreate create = new RawCreate(db)) {
                    db.setAutoCommit(false);
                    for (Donor d : mine) {
                        long start = System.nanoTime();
                        boolean ok = create.inOwnTransaction(d, failures);
                        synchronized (h) {
                            h.recordValue(micros(start));
                        }
                        if (ok) {
                            written.add(d);
                        }
                    }
                    db.setAutoCommit(true);
                }
                return mine.size();
            });
        }
        return tasks;
    }

    /** The reference: one thread, 1,000 constituents and their rows per batch and commit. */
    private Phase batches(List<Donor> donors) throws SQLException, IOException {
        try (Connection db = raw.getConnection();
                RawCreate create = new RawCreate(db)) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            for (int from = 0; from < donors.size(); from += BATCH) {
                List<Donor> block = donors.subList(from, Math.min(donors.size(), from + BATCH));
                create.batch(block);
                db.commit();
                block.forEach(written::add);
            }
            long nanos = System.nanoTime() - start;
            db.setAutoCommit(true);
            return new Phase(donors.size(), nanos);
        }
    }

    /**
     * A synchronous HTTP/1.1 client on the calling thread, keep-alive ({@code HttpURLConnection} reuses its socket
     * when the response is read to its end), as in the search benchmark.
     */
    private static final class HttpClient {
        private final URI url;
        private final String token;

        HttpClient(URI base, String token) {
            this.url = base.resolve("/api/constituents");
            this.token = token;
        }

        /** Sends the body; any answer but 201, or none, is counted as a failure. Returns the status (-1: none). */
        int create(byte[] body, Failures failures) {
            try {
                HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(body.length);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setRequestProperty("Accept", "application/json");
                connection.setRequestProperty("Authorization", "Bearer " + token);
                connection.setConnectTimeout(5_000);
                connection.setReadTimeout(60_000);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
                int status = connection.getResponseCode();
                InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
                String answer = "";
                if (stream != null) {
                    try (InputStream in = stream) {
                        answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                if (status != 201) {
                    failures.add(status, answer);
                }
                return status;
            } catch (IOException e) {
                failures.add(-1, e.toString());
                return -1;
            }
        }
    }

    /** Failed creates by status (-1: no answer), and the first few answers. */
    static final class Failures {
        private final Map<Integer, Long> byStatus = new TreeMap<>();
        private final List<String> samples = new ArrayList<>();

        synchronized void add(int status, String answer) {
            byStatus.merge(status, 1L, Long::sum);
            if (samples.size() < 5) {
                samples.add(status + " " + (answer.length() > 300 ? answer.substring(0, 300) + "…" : answer));
            }
        }

        synchronized long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public synchronized String toString() {
            return byStatus.isEmpty() ? "none" : byStatus + " e.g. " + samples;
        }
    }

    /** What the successful creates wrote, to compare with the tables afterwards. */
    static final class Written {
        private final AtomicLong constituents = new AtomicLong();
        private final AtomicLong emails = new AtomicLong();

        void add(Donor d) {
            constituents.incrementAndGet();
            emails.addAndGet(d.emails().size());
        }
    }

    // ---- the raw ceiling ----

    /**
     * The rows a create writes, through plain JDBC: the check that the external id is free, the constituent, one
     * multi-row insert per kind of child (Connector/J rewrites a batch into one statement), the audit entry; derived
     * columns computed by the application's own code. What it leaves out is the application's: HTTP, the token
     * check, JSON, validation, and reading the constituent back for the response.
     */
    private final class RawCreate implements AutoCloseable {
        private final Connection db;
        private final PreparedStatement externalIdOwner;
        private final PreparedStatement constituent;
        private final PreparedStatement emails;
        private final PreparedStatement phones;
        private final PreparedStatement addresses;
        private final PreparedStatement tags;
        private final PreparedStatement externalIds;
        private final PreparedStatement audit;

        RawCreate(Connection db) throws SQLException {
            this.db = db;
            externalIdOwner = db.prepareStatement(
                    "SELECT constituent_id FROM constituent_external_ids WHERE source = ? AND external_id = ?");
            constituent = db.prepareStatement("INSERT INTO constituents (id, type, prefix, first_name, middle_name,"
                    + " last_name, suffix, preferred_name, birth_date, deceased, deceased_date, name, name_generated,"
                    + " formal_salutation, informal_salutation, display_name, sort_name, first_key, last_key, search_text,"
                    + " source, notes, do_not_contact, do_not_solicit, deleted_at, deleted_by, merged_into_id, version,"
                    + " created_at, created_by, updated_at, updated_by) VALUES (?, 'INDIVIDUAL', ?, ?, NULL, ?, NULL, NULL,"
                    + " ?, FALSE, NULL, NULL, FALSE, NULL, NULL, ?, ?, ?, ?, ?, ?, NULL, FALSE, FALSE, NULL, NULL, NULL, 0,"
                    + " ?, ?, ?, ?)");
            emails = db.prepareStatement("INSERT INTO constituent_emails"
                    + " (id, constituent_id, address, address_key, type, is_primary) VALUES (?, ?, ?, ?, ?, ?)");
            phones = db.prepareStatement("INSERT INTO constituent_phones"
                    + " (id, constituent_id, number, digits, type, is_primary, e164) VALUES (?, ?, ?, ?, ?, ?, ?)");
            addresses = db.prepareStatement("INSERT INTO constituent_addresses (id, constituent_id, type, line1, line2,"
                    + " city, region, postal_code, postal_key, country, valid_from, valid_to, is_primary)"
                    + " VALUES (?, ?, 'HOME', ?, NULL, ?, ?, ?, ?, ?, NULL, NULL, TRUE)");
            tags = db.prepareStatement("INSERT INTO constituent_tags (constituent_id, tag) VALUES (?, ?)");
            externalIds = db.prepareStatement(
                    "INSERT INTO constituent_external_ids (id, constituent_id, source, external_id) VALUES (?, ?, ?, ?)");
            audit = db.prepareStatement("INSERT INTO audit_log (id, occurred_at, actor, action, entity_type, entity_id,"
                    + " changes, reason) VALUES (?, ?, ?, 'CREATED', 'constituent', ?, ?, NULL)");
        }

        /** One create, its own transaction; retried whole when the database aborts it, as the application does. */
        boolean inOwnTransaction(Donor d, Failures failures) throws InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    externalIdOwner.setString(1, EXTERNAL_SOURCE);
                    externalIdOwner.setString(2, d.externalId());
                    try (ResultSet rs = externalIdOwner.executeQuery()) {
                        if (rs.next()) {
                            throw new SQLException("external id taken: " + d.externalId());
                        }
                    }
                    add(d);
                    for (PreparedStatement ps :
                            List.of(constituent, emails, phones, addresses, tags, externalIds, audit)) {
                        ps.executeBatch();
                    }
                    db.commit();
                    return true;
                } catch (SQLException e) {
                    rollback();
                    boolean aborted =
                            e.getErrorCode() == 1213 || e.getErrorCode() == 1205 || "40001".equals(e.getSQLState());
                    if (!aborted || attempt == RETRIES) {
                        failures.add(e.getErrorCode(), e.toString());
                        return false;
                    }
                    jdbcRetries.incrementAndGet();
                    Thread.sleep(new Random().nextInt(10 << Math.min(attempt, 5)));
                }
            }
        }

        /** Many creates, their rows in one batch per table. */
        void batch(List<Donor> block) throws SQLException {
            for (Donor d : block) {
                add(d);
            }
            for (PreparedStatement ps : List.of(constituent, emails, phones, addresses, tags, externalIds, audit)) {
                ps.executeBatch();
            }
        }

        private void add(Donor d) throws SQLException {
            String id = Ids.next().toString();
            Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            String display = Names.individualDisplay(d.first(), null, d.last(), null);
            constituent.setString(1, id);
            constituent.setString(2, d.prefix());
            constituent.setString(3, d.first());
            constituent.setString(4, d.last());
            if (d.birthDate() == null) {
                constituent.setNull(5, Types.DATE);
            } else {
                constituent.setDate(5, Date.valueOf(d.birthDate()));
            }
            constituent.setString(6, display);
            constituent.setString(7, Names.individualSort(d.first(), d.last()));
            constituent.setString(8, Names.key(d.first()));
            constituent.setString(9, Names.key(d.last()));
            constituent.setString(10, Names.searchText(display, d.first(), null, d.last(), null, null, null));
            constituent.setString(11, "reply card");
            constituent.setTimestamp(12, now);
            constituent.setString(13, BY);
            constituent.setTimestamp(14, now);
            constituent.setString(15, BY);
            constituent.addBatch();
            for (int i = 0; i < d.emails().size(); i++) {
                Email e = d.emails().get(i);
                emails.setString(1, Ids.next().toString());
                emails.setString(2, id);
                emails.setString(3, e.address());
                emails.setString(4, Names.key(e.address()));
                emails.setString(5, e.type());
                emails.setBoolean(6, i == 0);
                emails.addBatch();
            }
            phones.setString(1, Ids.next().toString());
            phones.setString(2, id);
            phones.setString(3, d.phone());
            PhoneNumbers.Reading reading = PhoneNumbers.read(d.phone(), "US");
            phones.setString(4, reading.key());
            phones.setString(7, reading.e164());
            phones.setString(5, "MOBILE");
            phones.setBoolean(6, true);
            phones.addBatch();
            Address a = d.address();
            addresses.setString(1, Ids.next().toString());
            addresses.setString(2, id);
            addresses.setString(3, a.line1());
            addresses.setString(4, a.city());
            addresses.setString(5, a.region());
            addresses.setString(6, a.postalCode());
            addresses.setString(7, ContactPointStore.postalKey(a.postalCode()));
            addresses.setString(8, a.country());
            addresses.addBatch();
            tags.setString(1, id);
            tags.setString(2, d.tag());
            tags.addBatch();
            externalIds.setString(1, Ids.next().toString());
            externalIds.setString(2, id);
            externalIds.setString(3, EXTERNAL_SOURCE);
            externalIds.setString(4, d.externalId());
            externalIds.addBatch();
            audit.setString(1, Ids.next().toString());
            audit.setTimestamp(2, now);
            audit.setString(3, BY);
            audit.setString(4, id);
            audit.setString(5, changes(d));
            audit.addBatch();
        }

        /** The audit entry's field list, about as long as the application's for the same constituent. */
        private String changes(Donor d) throws SQLException {
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("type", null, "INDIVIDUAL"));
            if (d.prefix() != null) {
                changes.add(new FieldChange("prefix", null, d.prefix()));
            }
            changes.add(new FieldChange("firstName", null, d.first()));
            changes.add(new FieldChange("lastName", null, d.last()));
            if (d.birthDate() != null) {
                changes.add(new FieldChange("birthDate", null, d.birthDate().toString()));
            }
            changes.add(new FieldChange("deceased", null, "false"));
            changes.add(new FieldChange("nameGenerated", null, "false"));
            changes.add(new FieldChange(
                    "emails",
                    null,
                    String.join(
                            ", ",
                            d.emails().stream()
                                    .map(e -> e.address() + " (" + e.type() + ")")
                                    .toList())));
            changes.add(new FieldChange("phones", null, d.phone() + " (MOBILE, primary)"));
            changes.add(new FieldChange(
                    "addresses",
                    null,
                    d.address().line1() + " / " + d.address().city() + " / "
                            + d.address().postalCode() + " / " + d.address().country() + " (HOME, primary)"));
            changes.add(new FieldChange("tags", null, d.tag()));
            changes.add(new FieldChange("source", null, "reply card"));
            changes.add(new FieldChange("externalIds", null, EXTERNAL_SOURCE + ": " + d.externalId()));
            changes.add(new FieldChange("doNotContact", null, "false"));
            changes.add(new FieldChange("doNotSolicit", null, "false"));
            try {
                return json.writeValueAsString(changes);
            } catch (IOException e) {
                throw new SQLException(e);
            }
        }

        private void rollback() {
            try {
                db.rollback();
                for (PreparedStatement ps : List.of(constituent, emails, phones, addresses, tags, externalIds, audit)) {
                    ps.clearBatch();
                }
            } catch (SQLException ignored) {
                // the connection is gone; the next statement will say so
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps :
                    List.of(externalIdOwner, constituent, emails, phones, addresses, tags, externalIds, audit)) {
                ps.close();
            }
        }
    }

    // ---- the database before and after ----

    private static final List<String> TABLES = List.of(
            "constituent_tags",
            "constituent_emails",
            "constituent_phones",
            "constituent_addresses",
            "constituent_external_ids",
            "household_memberships",
            "consent_records",
            "relationships",
            "interactions",
            "tasks",
            "constituents",
            "audit_log");

    /** Starts every run from no constituents, so runs compare. */
    private void empty() throws SQLException {
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : TABLES) {
                    if (exists(db, table)) {
                        st.execute("TRUNCATE TABLE " + table);
                    }
                }
            } finally {
                st.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }

    /** Expected and actual rows per table: exactly what the successful creates wrote, nothing lost, nothing extra. */
    private Map<String, long[]> checkRows() throws SQLException {
        long n = written.constituents.get();
        Map<String, long[]> rows = new LinkedHashMap<>();
        rows.put("constituents", new long[] {n, 0});
        rows.put("constituent_emails", new long[] {written.emails.get(), 0});
        rows.put("constituent_phones", new long[] {n, 0});
        rows.put("constituent_addresses", new long[] {n, 0});
        rows.put("constituent_tags", new long[] {n, 0});
        rows.put("constituent_external_ids", new long[] {n, 0});
        rows.put("audit_log", new long[] {n, 0});
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement()) {
            for (var e : rows.entrySet()) {
                String where = e.getKey().equals("audit_log") ? " WHERE entity_type = 'constituent'" : "";
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + e.getKey() + where)) {
                    rs.next();
                    e.getValue()[1] = rs.getLong(1);
                }
            }
        }
        return rows;
    }

    private static boolean exists(Connection db, String table) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    // ---- report ----

    private String report(
            String loadBefore,
            String loadAfter,
            List<Phase> httpRounds,
            List<Phase> jdbcRounds,
            Histogram httpLatency,
            Histogram jdbcLatency,
            Phase batch,
            Map<String, long[]> rows) {
        Phase http = total(httpRounds);
        Phase jdbc = total(jdbcRounds);
        StringBuilder md = new StringBuilder();
        md.append("# Creating constituents: ").append(CLIENTS).append(" clients through HTTP\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Run %s; Java %s; %d processors; %s.%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                database()));
        md.append("Load average (1, 5, 15 min): ")
                .append(loadBefore)
                .append(" before, ")
                .append(loadAfter)
                .append(" after.\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d clients; %,d creates per path in %d rounds, HTTP and JDBC taking turns (who goes first alternates);"
                        + " %,d HTTP and %,d JDBC creates of warm-up before. Each create: an individual with 1-2 emails,"
                        + " a phone, an address, a tag and an external id. Latency in ms, per create as its client saw"
                        + " it.%n%n",
                CLIENTS,
                CREATES,
                ROUNDS,
                WARM_UP,
                WARM_UP / 2));
        md.append("| path | creates | seconds | creates/s | p50 | p95 | p99 | max | failures |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(row("HTTP `POST /api/constituents`", http, httpLatency, httpFailures.total()));
        md.append(row("JDBC, one transaction per create", jdbc, jdbcLatency, jdbcFailures.total()));
        if (batch != null) {
            long rowsPerCreate = rows.values().stream().mapToLong(c -> c[0]).sum();
            md.append(String.format(
                    Locale.ROOT,
                    "| JDBC batches of %,d per commit, 1 thread (reference) | %,d | %.1f | %,.0f | | | | | |%n",
                    BATCH,
                    batch.creates(),
                    batch.seconds(),
                    batch.rate()));
            md.append(String.format(
                    Locale.ROOT,
                    "%nThe batch reference wrote about %,.0f rows/s (%.1f rows per constituent).%n",
                    batch.rate() * rowsPerCreate / rows.get("constituents")[0],
                    (double) rowsPerCreate / rows.get("constituents")[0]));
        }
        md.append(String.format(
                Locale.ROOT,
                "%n**HTTP creates/s : JDBC creates/s = %.2f** (%,.0f : %,.0f).%n%n",
                http.rate() / jdbc.rate(),
                http.rate(),
                jdbc.rate()));
        md.append("By round (creates/s): ");
        List<String> rounds = new ArrayList<>();
        for (int i = 0; i < httpRounds.size(); i++) {
            rounds.add(String.format(
                    Locale.ROOT,
                    "%d: HTTP %,.0f, JDBC %,.0f (%.2f)",
                    i + 1,
                    httpRounds.get(i).rate(),
                    jdbcRounds.get(i).rate(),
                    httpRounds.get(i).rate() / jdbcRounds.get(i).rate()));
        }
        md.append(String.join("; ", rounds)).append(".\n\n");
        md.append("Failures: HTTP ")
                .append(httpFailures)
                .append("; JDBC ")
                .append(jdbcFailures)
                .append(" (JDBC transactions retried after an abort: ")
                .append(jdbcRetries.get())
                .append(").\n\n");
        md.append("Rows afterwards (expected = written by the successful creates, warm-up included): ");
        md.append(String.join(
                ", ",
                rows.entrySet().stream()
                        .map(e -> String.format(
                                Locale.ROOT,
                                "%s %,d%s",
                                e.getKey(),
                                e.getValue()[1],
                                e.getValue()[0] == e.getValue()[1]
                                        ? ""
                                        : String.format(Locale.ROOT, " (expected %,d)", e.getValue()[0])))
                        .toList()));
        md.append(".\n");
        return md.toString();
    }

    private static String row(String name, Phase phase, Histogram latency, long failures) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %.1f | %,.0f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                name,
                phase.creates(),
                phase.seconds(),
                phase.rate(),
                ms(latency.getValueAtPercentile(50)),
                ms(latency.getValueAtPercentile(95)),
                ms(latency.getValueAtPercentile(99)),
                ms(latency.getMaxValue()),
                failures);
    }

    private static Phase total(List<Phase> rounds) {
        return new Phase(
                rounds.stream().mapToInt(Phase::creates).sum(),
                rounds.stream().mapToLong(Phase::nanos).sum());
    }

    private String database() {
        try (Connection db = raw.getConnection();
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size,"
                        + " @@innodb_flush_log_at_trx_commit, @@log_bin")) {
            rs.next();
            return String.format(
                    Locale.ROOT,
                    "MariaDB/MySQL %s (innodb_buffer_pool_size %d MB, innodb_flush_log_at_trx_commit %s, log_bin %s),"
                            + " connections at %s",
                    rs.getString(1),
                    rs.getLong(2) / (1024 * 1024),
                    rs.getString(3),
                    rs.getString(4),
                    isolation(db));
        } catch (SQLException e) {
            return "database ?";
        }
    }

    private static String isolation(Connection db) throws SQLException {
        return switch (db.getTransactionIsolation()) {
            case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
            default -> "isolation " + db.getTransactionIsolation();
        };
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    private static Histogram histogram() {
        return new Histogram(120_000_000L, 3);
    }

    private static List<Histogram> histograms() {
        List<Histogram> list = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            list.add(histogram());
        }
        return Collections.unmodifiableList(list);
    }

    private static Histogram merge(List<Histogram> histograms) {
        Histogram all = histogram();
        histograms.forEach(all::add);
        return all;
    }

    private static long micros(long startNanos) {
        return Math.min(120_000_000L, (System.nanoTime() - startNanos) / 1_000);
    }

    private static double ms(long micros) {
        return micros / 1_000.0;
    }
}
