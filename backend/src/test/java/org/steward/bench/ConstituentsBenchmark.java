package org.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.steward.constituents.internal.Names;
import org.steward.shared.ids.Ids;
import org.steward.support.TestUsers;

/**
 * The constituents benchmark: name-prefix search and the 360° summary over HTTP on 200,000 constituents, against
 * the raw ceiling (the same SQL through plain JDBC on one connection) measured in the same run. Not part of the
 * test suite: {@code ./mvnw -B -Pbenchmark verify -pl backend -am} runs it (docs/benchmarks.md). Fails when the
 * p99 targets are missed. Writes {@code target/benchmarks/constituents.md}.
 */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value = "jdbc:mysql://127.0.0.1:3306/steward_bench?createDatabaseIfNotExist=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true")
@Property(name = "app.users.session-check-cache", value = "5s") // the production default, not the tests' 0s
class ConstituentsBenchmark {

    static final int CONSTITUENTS = 200_000;
    static final int RELATIONSHIPS = 100_000;
    static final int INTERACTIONS = 400_000;
    static final int TASKS = 50_000;
    static final int WARM_UP = 4_000; // a server that has served its first few thousand requests: the JIT is done
    static final int SAMPLES = 2_000;
    static final int PAGE_SIZE = 25;
    static final double SEARCH_P99_MS = 20;
    static final double SUMMARY_P99_MS = 25;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    private final Random random = new Random(20261123L);
    private final List<String> notes = new ArrayList<>();

    @Test
    void searchAndSummaryMeetTheirTargets() throws Exception {
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        String seeding;
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> ids;
        List<String[]> names;
        try (Connection db = raw.getConnection()) {
            seeding = seed(db);
            System.out.println("Seeding: " + seeding);
            for (String table : List.of(
                    "constituents",
                    "constituent_emails",
                    "constituent_phones",
                    "constituent_addresses",
                    "constituent_tags",
                    "household_memberships",
                    "consent_records",
                    "relationships",
                    "interactions",
                    "tasks")) {
                if (exists(db, table)) {
                    rows.put(table, count(db, table));
                }
            }
            ids = new ArrayList<>();
            names = new ArrayList<>();
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT id, first_name, last_name FROM constituents WHERE deleted_at IS NULL")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    if (rs.getString(3) != null) {
                        names.add(new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }

        Http http = new Http(server.getURI(), login());
        // independent samples of the same distribution for HTTP and JDBC, so neither reads pages the other cached
        List<String> warmQueries = queries(names, WARM_UP / 2);
        List<String> warmIds = sample(ids, WARM_UP / 2);
        List<String> httpQueries = queries(names, SAMPLES);
        List<String> jdbcQueries = queries(names, SAMPLES);
        List<String> httpIds = sample(ids, SAMPLES);
        List<String> jdbcIds = sample(ids, SAMPLES);

        for (int i = 0; i < warmQueries.size(); i++) {
            http.search(warmQueries.get(i));
            http.summary(warmIds.get(i));
        }
        Histogram httpSearch = new Histogram(60_000_000L, 3);
        Histogram httpSummary = new Histogram(60_000_000L, 3);
        Histogram jdbcSearch = new Histogram(60_000_000L, 3);
        Histogram jdbcSummary = new Histogram(60_000_000L, 3);
        int empty = 0;
        try (Connection db = raw.getConnection()) {
            db.setAutoCommit(true);
            RawQueries jdbc = new RawQueries(db, notes, List.of());
            for (int i = 0; i < warmQueries.size(); i++) {
                jdbc.search(warmQueries.get(i));
                jdbc.summary(warmIds.get(i));
            }
            // HTTP and JDBC take turns, so both meet the same cache and the same load from the rest of the machine
            for (int i = 0; i < SAMPLES; i++) {
                long start = System.nanoTime();
                String page = http.search(httpQueries.get(i));
                httpSearch.recordValue(micros(start));
                empty += http.items(page) == 0 ? 1 : 0; // parsed outside the timing: the client's work
                start = System.nanoTime();
                jdbc.search(jdbcQueries.get(i));
                jdbcSearch.recordValue(micros(start));
            }
            for (int i = 0; i < SAMPLES; i++) {
                long start = System.nanoTime();
                http.summary(httpIds.get(i));
                httpSummary.recordValue(micros(start));
                start = System.nanoTime();
                jdbc.summary(jdbcIds.get(i));
                jdbcSummary.recordValue(micros(start));
            }
        }
        var memory = ManagementFactory.getMemoryMXBean();
        long heapUsed = memory.getHeapMemoryUsage().getUsed();
        System.gc();
        long heapAfterGc = memory.getHeapMemoryUsage().getUsed();

        String report = report(
                seeding,
                rows,
                httpSearch,
                jdbcSearch,
                httpSummary,
                jdbcSummary,
                empty,
                heapUsed,
                heapAfterGc,
                memory.getHeapMemoryUsage().getMax());
        System.out.println(report);
        Path out = Path.of(System.getProperty("basedir", "."), "target", "benchmarks", "constituents.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(empty).as("name-prefix searches that found nothing").isLessThan(SAMPLES / 20);
        assertThat(ms(httpSearch.getValueAtPercentile(99)))
                .as("search p99 (ms) over HTTP")
                .isLessThan(SEARCH_P99_MS);
        assertThat(ms(httpSummary.getValueAtPercentile(99)))
                .as("summary p99 (ms) over HTTP")
                .isLessThan(SUMMARY_P99_MS);
    }

    // ---- data ----

    /** Seeds what is missing of the constituents data set (also used by the gifts benchmark); says what it did. */
    static String seed(Connection db) throws SQLException {
        ConstituentsSeed seed = new ConstituentsSeed(db, System.nanoTime());
        long start = System.nanoTime();
        seed.constituents(CONSTITUENTS);
        List<String> all = null;
        if (seed.tableExists("relationships") && seed.count("relationships") < RELATIONSHIPS) {
            all = seed.strings("SELECT id FROM constituents");
            seedRelationships(seed, all);
        }
        if (seed.tableExists("interactions") && seed.count("interactions") < INTERACTIONS) {
            all = all == null ? seed.strings("SELECT id FROM constituents") : all;
            seedInteractions(seed, all);
        }
        if (seed.tableExists("tasks") && seed.count("tasks") < TASKS) {
            all = all == null ? seed.strings("SELECT id FROM constituents") : all;
            seedTasks(seed, all);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long inserted =
                seed.inserted().values().stream().mapToLong(Long::longValue).sum();
        if (inserted == 0) {
            return "none: the database already held the data set";
        }
        try (Statement st = db.createStatement()) {
            for (String table : seed.inserted().keySet()) {
                st.execute("ANALYZE TABLE " + table);
            }
        }
        return String.format(
                Locale.ROOT,
                "%,d rows (%s) in %.1f s: %,.0f rows/s, then ANALYZE TABLE",
                inserted,
                seed.inserted(),
                seconds,
                inserted / seconds);
    }

    private static Map<String, Function<Long, Object>> common(ConstituentsSeed seed) {
        Map<String, Function<Long, Object>> known = new HashMap<>();
        known.put("id", row -> Ids.next().toString());
        known.put("version", row -> 0L);
        known.put("created_at", row -> seed.now());
        known.put("updated_at", row -> seed.now());
        known.put("created_by", row -> "bench");
        known.put("updated_by", row -> "bench");
        return known;
    }

    private static void seedRelationships(ConstituentsSeed seed, List<String> all) throws SQLException {
        List<String> types = seed.strings("SELECT code FROM relationship_types");
        Set<String> pairs = new HashSet<>(seed.strings("SELECT CONCAT(from_id, ':', to_id) FROM relationships"));
        Random r = seed.random();
        String[][] current = new String[1][];
        long[] currentRow = {-1};
        Function<Long, String[]> row = n -> {
            if (currentRow[0] != n) {
                String from;
                String to;
                do {
                    from = all.get(r.nextInt(all.size()));
                    to = all.get(r.nextInt(all.size()));
                } while (from.equals(to) || pairs.contains(from + ":" + to) || pairs.contains(to + ":" + from));
                pairs.add(from + ":" + to);
                current[0] = new String[] {from, to, types.get(r.nextInt(types.size()))};
                currentRow[0] = n;
            }
            return current[0];
        };
        Map<String, Function<Long, Object>> known = common(seed);
        known.put("from_id", n -> row.apply(n)[0]);
        known.put("to_id", n -> row.apply(n)[1]);
        known.put("type_code", n -> row.apply(n)[2]);
        known.put("start_date", n -> Date.valueOf(LocalDate.of(2005 + r.nextInt(20), 1 + r.nextInt(12), 1)));
        known.put("end_date", n -> null);
        known.put("active", n -> true);
        known.put("active_key", n -> row.apply(n)[2] + ":" + row.apply(n)[0] + ":" + row.apply(n)[1]);
        known.put("notes", n -> r.nextInt(5) == 0 ? "Met at the annual gala" : null);
        seed.fill("relationships", RELATIONSHIPS, known);
    }

    private static void seedInteractions(ConstituentsSeed seed, List<String> all) throws SQLException {
        Random r = seed.random();
        String[] channels = {"PHONE", "EMAIL", "MEETING", "MAIL", "EVENT"};
        String[] subjects = {
            "Thank-you call", "Gala invitation", "Annual appeal follow-up", "Site visit", "Newsletter reply",
            "Pledge reminder", "Volunteer shift", "Board meeting notes", "Grant report", "Birthday card"
        };
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Function<Long, Object>> known = common(seed);
        // a third of the constituents have a history, a few of them a long one
        known.put(
                "constituent_id",
                n -> all.get(
                        (int) Math.min(all.size() - 1, (long) (all.size() / 3.0 * Math.pow(r.nextDouble(), 1.5)))));
        known.put("channel", n -> channels[r.nextInt(channels.length)]);
        known.put("direction", n -> r.nextBoolean() ? "INBOUND" : "OUTBOUND");
        known.put("subject", n -> subjects[r.nextInt(subjects.length)]);
        known.put("notes", n -> r.nextInt(3) == 0 ? "Spoke about the spring campaign; wants a call back." : null);
        known.put("occurred_at", n -> Timestamp.from(now.minusSeconds(r.nextInt(3 * 365 * 86_400))));
        known.put("staff_username", n -> "admin");
        known.put("deleted_at", n -> r.nextInt(50) == 0 ? Timestamp.from(now) : null);
        seed.fill("interactions", INTERACTIONS, known);
    }

    private static void seedTasks(ConstituentsSeed seed, List<String> all) throws SQLException {
        Random r = seed.random();
        String[] statuses = {"OPEN", "OPEN", "IN_PROGRESS", "DONE", "DONE", "DONE", "CANCELLED"};
        Map<String, Function<Long, Object>> known = common(seed);
        known.put("constituent_id", n -> all.get(r.nextInt(all.size())));
        known.put("interaction_id", n -> null);
        known.put("title", n -> "Follow up");
        known.put("assignee_username", n -> "admin");
        known.put("due_date", n -> Date.valueOf(LocalDate.now().plusDays(r.nextInt(120) - 60)));
        known.put("status", n -> statuses[r.nextInt(statuses.length)]);
        known.put("completed_at", n -> null);
        seed.fill("tasks", TASKS, known);
    }

    /** 2-4 letter prefixes of last names ("Mü"), and a first name with one ("Zoë Mül"), as people type them. */
    private List<String> queries(List<String[]> names, int n) {
        List<String> queries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] name = names.get(random.nextInt(names.size()));
            String last = prefix(name[1], 2 + random.nextInt(3));
            queries.add(random.nextBoolean() || name[0] == null ? last : name[0] + " " + last);
        }
        return queries;
    }

    private static String prefix(String text, int letters) {
        int end = text.offsetByCodePoints(0, Math.min(letters, text.codePointCount(0, text.length())));
        return text.substring(0, end).trim();
    }

    private List<String> sample(List<String> values, int n) {
        List<String> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample.add(values.get(random.nextInt(values.size())));
        }
        return sample;
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

    // ---- the two clients ----

    /**
     * One HTTP/1.1 client on the calling thread, keep-alive ({@code HttpURLConnection} reuses the socket); every
     * response must be 200. The JDK's asynchronous {@code HttpClient} would add two thread hand-offs per request on
     * the client side, which on two cores measured as server time.
     */
    private final class Http {
        private final URI base;
        private final String token;

        Http(URI base, String token) {
            this.base = base;
            this.token = token;
        }

        String search(String q) throws IOException {
            return get("/api/constituents?size=" + PAGE_SIZE + "&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"));
        }

        int items(String page) throws IOException {
            return ((List<?>) json.readValue(page, Map.class).get("items")).size();
        }

        void summary(String id) throws IOException {
            get("/api/constituents/" + id + "/summary");
        }

        private String get(String path) throws IOException {
            var connection =
                    (java.net.HttpURLConnection) base.resolve(path).toURL().openConnection();
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            int status = connection.getResponseCode();
            try (var in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 200) {
                    throw new AssertionError("GET " + path + ": " + status + " " + body);
                }
                return body; // the stream read to its end and closed: the socket goes back for keep-alive
            }
        }
    }

    /**
     * The raw ceiling: the statements the application sends, through plain JDBC on one connection, results read
     * into nothing. Search: a copy of what ConstituentSearch builds for a name prefix (keep in step with it).
     * Summary: every piece of data the 360° view shows, each read once.
     */
    static final class RawQueries {
        private static final String SEARCH_COLUMNS =
                "SELECT c.id, c.type, c.display_name, c.deceased, c.do_not_contact, c.deleted_at, c.updated_at,"
                        + " (SELECT e.address FROM constituent_emails e WHERE e.constituent_id = c.id AND e.is_primary = TRUE LIMIT 1),"
                        + " (SELECT p.number FROM constituent_phones p WHERE p.constituent_id = c.id AND p.is_primary = TRUE LIMIT 1),"
                        + " (SELECT a.city FROM constituent_addresses a WHERE a.constituent_id = c.id AND a.is_primary = TRUE LIMIT 1),"
                        + " (SELECT a.postal_code FROM constituent_addresses a WHERE a.constituent_id = c.id AND a.is_primary = TRUE LIMIT 1),"
                        + " (SELECT GROUP_CONCAT(t.tag ORDER BY t.tag SEPARATOR '\u001f') FROM constituent_tags t WHERE t.constituent_id = c.id)";
        private static final List<String> ONE_WORD = List.of("c.sort_name LIKE ?", "c.first_key LIKE ?");
        private static final List<String> TWO_WORDS = List.of(
                "c.first_key LIKE ? AND c.last_key LIKE ?",
                "c.last_key LIKE ? AND c.first_key LIKE ?",
                "c.sort_name LIKE ?");

        /**
         * The page: each branch's first rows from its index range, then the page from their union; the page's tags
         * and the total (counted up to 1,001) in the same statement.
         */
        private static String list(List<String> branches) {
            return SEARCH_COLUMNS + ", (" + count(branches) + ") FROM constituents c JOIN (SELECT u.id FROM ("
                    + String.join(
                            " UNION ",
                            branches.stream()
                                    .map(b ->
                                            "(SELECT c.id, c.sort_name AS k FROM constituents c WHERE c.deleted_at IS NULL AND "
                                                    + b + " ORDER BY "
                                                    + (b.contains(" AND ") ? "CONCAT(c.sort_name, '')" : "c.sort_name")
                                                    + " ASC, c.id ASC LIMIT ?)")
                                    .toList())
                    + ") u ORDER BY u.k ASC, u.id ASC LIMIT ? OFFSET ?) m ON m.id = c.id ORDER BY c.sort_name ASC, c.id ASC";
        }

        /** The total, counted up to 1,001. */
        private static String count(List<String> branches) {
            return "SELECT COUNT(*) FROM ("
                    + String.join(
                            " UNION ",
                            branches.stream()
                                    .map(b -> "(SELECT c.id FROM constituents c WHERE c.deleted_at IS NULL AND " + b
                                            + " LIMIT ?)")
                                    .toList())
                    + ") n";
        }

        private final Connection db;
        private final PreparedStatement oneWord;
        private final PreparedStatement twoWords;
        private final List<PreparedStatement> summary = new ArrayList<>();
        private final PreparedStatement members;

        private final List<String> notes;

        /** {@code extra}: more reads of the summary, bound to the constituent's id (another module's section). */
        RawQueries(Connection db, List<String> notes, List<String> extra) throws SQLException {
            this.db = db;
            this.notes = notes;
            oneWord = db.prepareStatement(list(ONE_WORD));
            twoWords = db.prepareStatement(list(TWO_WORDS));
            for (String sql : List.of(
                    "SELECT * FROM constituents WHERE id = ?",
                    "SELECT id, address, type, is_primary FROM constituent_emails WHERE constituent_id = ? ORDER BY is_primary DESC, address",
                    "SELECT id, number, type, is_primary FROM constituent_phones WHERE constituent_id = ? ORDER BY is_primary DESC, number",
                    "SELECT id, type, line1, line2, city, region, postal_code, country, valid_from, valid_to, is_primary"
                            + " FROM constituent_addresses WHERE constituent_id = ? ORDER BY is_primary DESC, valid_from DESC",
                    "SELECT tag FROM constituent_tags WHERE constituent_id = ? ORDER BY tag",
                    "SELECT source, external_id FROM constituent_external_ids WHERE constituent_id = ? ORDER BY source, external_id",
                    "SELECT c.id, c.type, c.display_name, c.deceased FROM household_memberships m"
                            + " JOIN constituents c ON c.id = m.household_id WHERE m.current_member_id = ?",
                    "SELECT id, channel, purpose, status, statement, source, effective_date, recorded_at, recorded_by"
                            + " FROM consent_records WHERE constituent_id = ? ORDER BY recorded_at DESC, id DESC")) {
                summary.add(db.prepareStatement(sql));
            }
            members = db.prepareStatement(
                    "SELECT c.id, c.type, c.display_name, c.deceased, m.start_date FROM household_memberships m"
                            + " JOIN constituents c ON c.id = m.member_id"
                            + " WHERE m.household_id = ? AND m.end_date IS NULL ORDER BY m.start_date, c.sort_name");
            // other modules' sections, when their tables are there: the indexed reads such a section needs
            optional(
                    "relationships",
                    "SELECT r.id, t.label, c.id, c.display_name FROM relationships r"
                            + " JOIN relationship_types t ON t.code = r.type_code JOIN constituents c ON c.id = r.to_id"
                            + " WHERE r.from_id = ? UNION ALL SELECT r.id, t.inverse_label, c.id, c.display_name"
                            + " FROM relationships r JOIN relationship_types t ON t.code = r.type_code"
                            + " JOIN constituents c ON c.id = r.from_id WHERE r.to_id = ?");
            optional(
                    "interactions",
                    "SELECT id, channel, direction, subject, occurred_at, staff_username FROM interactions"
                            + " WHERE constituent_id = ? AND deleted_at IS NULL ORDER BY occurred_at DESC LIMIT 5");
            optional(
                    "interactions",
                    "SELECT COUNT(*) FROM interactions WHERE constituent_id = ? AND deleted_at IS NULL");
            optional(
                    "tasks", // the latest interactions' follow-ups
                    "SELECT t.id, t.interaction_id, t.title, t.due_date, t.status, t.assignee_username FROM"
                            + " (SELECT id FROM interactions WHERE constituent_id = ? AND deleted_at IS NULL"
                            + " ORDER BY occurred_at DESC LIMIT 5) i JOIN tasks t ON t.interaction_id = i.id");
            optional(
                    "tasks",
                    "SELECT id, title, due_date, status, assignee_username FROM tasks"
                            + " WHERE constituent_id = ? AND status IN ('OPEN', 'IN_PROGRESS') ORDER BY due_date");
            for (String sql : extra) {
                summary.add(db.prepareStatement(sql));
            }
        }

        private void optional(String table, String sql) throws SQLException {
            if (!exists(db, table)) {
                return;
            }
            try {
                PreparedStatement ps = db.prepareStatement(sql);
                bindAll(ps, Ids.next().toString());
                ps.executeQuery().close();
                summary.add(ps);
            } catch (SQLException e) {
                notes.add("JDBC ceiling left out a query on " + table + " (" + e.getMessage() + ")");
            }
        }

        void search(String q) throws SQLException {
            String[] words = Names.key(q.replace(",", " ")).split(" ");
            PreparedStatement list;
            List<List<String>> branches;
            if (words.length == 1) {
                String prefix = escape(words[0]) + "%";
                list = oneWord;
                branches = List.of(List.of(prefix), List.of(prefix));
            } else {
                String a = escape(words[0]) + "%";
                String b = escape(String.join(" ", Arrays.copyOfRange(words, 1, words.length))) + "%";
                list = twoWords;
                branches = List.of(List.of(a, b), List.of(a, b), List.of(escape(Names.key(q)) + "%"));
            }
            int i = 1;
            for (List<String> params : branches) { // the count's branches come first in the statement
                for (String p : params) {
                    list.setString(i++, p);
                }
                list.setInt(i++, 1_001);
            }
            for (List<String> params : branches) {
                for (String p : params) {
                    list.setString(i++, p);
                }
                list.setInt(i++, PAGE_SIZE);
            }
            list.setInt(i++, PAGE_SIZE);
            list.setLong(i, 0);
            drain(list);
        }

        void summary(String id) throws SQLException {
            String household = null;
            for (PreparedStatement ps : summary) {
                bindAll(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        if (ps == summary.get(6)) {
                            household = rs.getString(1);
                        }
                    }
                }
            }
            members.setString(1, household != null ? household : id);
            drain(members);
        }

        private static void bindAll(PreparedStatement ps, String id) throws SQLException {
            int n = ps.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= n; i++) {
                ps.setString(i, id);
            }
        }

        /** Reads every column of every row. */
        private static void drain(PreparedStatement ps) throws SQLException {
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    // ---- report ----

    private String report(
            String seeding,
            Map<String, Long> rows,
            Histogram httpSearch,
            Histogram jdbcSearch,
            Histogram httpSummary,
            Histogram jdbcSummary,
            int empty,
            long heapUsed,
            long heapAfterGc,
            long heapMax) {
        StringBuilder md = new StringBuilder();
        md.append("# Constituents benchmark\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Run %s; Java %s; %d processors; MariaDB/MySQL at %s.%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                serverVersion()));
        md.append("Data set: ");
        md.append(String.join(
                ", ",
                rows.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                        .toList()));
        md.append(".\n\nSeeded this run: ").append(seeding).append(".\n\n");
        md.append(String.format(
                Locale.ROOT,
                "One client thread, sequential requests, keep-alive; %,d warm-up requests, then %,d of each, HTTP and"
                        + " JDBC taking turns (independent samples of the same distribution). Latencies in ms.%n%n",
                WARM_UP,
                SAMPLES));
        md.append("| operation | p50 | p95 | p99 | max | p99 target | JDBC p50 | JDBC p99 | HTTP/JDBC p99 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(
                row("name-prefix search (`GET /api/constituents?q=…&size=25`)", httpSearch, jdbcSearch, SEARCH_P99_MS));
        md.append(row("360° view (`GET /api/constituents/{id}/summary`)", httpSummary, jdbcSummary, SUMMARY_P99_MS));
        md.append(String.format(
                Locale.ROOT,
                "%nHeap: %,d MB used after the run, %,d MB after a GC, max %,d MB. Searches that found nothing: %d of %,d.%n",
                heapUsed >> 20,
                heapAfterGc >> 20,
                heapMax >> 20,
                empty,
                SAMPLES));
        for (String note : notes) {
            md.append("\nNote: ").append(note).append('\n');
        }
        return md.toString();
    }

    private static String row(String name, Histogram http, Histogram jdbc, double target) {
        double p99 = ms(http.getValueAtPercentile(99));
        return String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %.2f | %.0f %s | %.2f | %.2f | %.1f× |%n",
                name,
                ms(http.getValueAtPercentile(50)),
                ms(http.getValueAtPercentile(95)),
                p99,
                ms(http.getMaxValue()),
                target,
                p99 < target ? "✔" : "✘",
                ms(jdbc.getValueAtPercentile(50)),
                ms(jdbc.getValueAtPercentile(99)),
                p99 / ms(jdbc.getValueAtPercentile(99)));
    }

    private String serverVersion() {
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            rs.next();
            return rs.getString(1) + " (innodb_buffer_pool_size " + rs.getLong(2) / (1024 * 1024) + " MB)";
        } catch (SQLException e) {
            return "?";
        }
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

    private static long count(Connection db, String table) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    private static double ms(long micros) {
        return micros / 1_000.0;
    }
}
