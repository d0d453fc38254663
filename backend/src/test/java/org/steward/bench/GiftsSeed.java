package org.steward.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.steward.donations.internal.GivingMath;
import org.steward.shared.ids.Ids;

/**
 * Seeds the gift ledger of the benchmark database: 2,000,000 gifts over 10 years for the 200,000 constituents, with
 * plain JDBC batches (rewriteBatchedStatements), one commit per 1,000 donors. Amounts are log-normal, drawn as a double
 * and rounded to cents as a BigDecimal (every stored amount is an exact DECIMAL); about 3% of gifts are split over two
 * funds, 5% carry a soft credit, ~1.5% of the completed one-time gifts are refunded (two thirds of those in full),
 * a few are pending or failed; 5% of the constituents have a monthly recurring gift whose payments are gifts of kind
 * RECURRING_PAYMENT covering each expected date in turn.
 *
 * <p>The rollups are filled as the application defines them (ADR 0010): each donor's {@code giving_rollups} row and
 * {@code giving_years} rows from their completed gifts through the application's own {@link GivingMath#rollup}, written
 * with the donor's gifts; then the soft credits (on completed gifts, at the gift's rate) added in SQL, since a soft
 * credit's recipient may have been written before the gift. Every constituent with a gift or a soft credit gets a
 * rollup row, as {@code RollupRecomputer.recomputeAll} would leave it. The benchmark checks a sample against
 * {@code RollupRecomputer.compute}. Seeded gifts have no audit entries (the 360° view does not read them).
 *
 * <p>Seeds only when the ledger holds fewer than {@link #GIFTS} gifts; a partial ledger (an interrupted seed) is
 * emptied first, rollups included, so the data set is always consistent.
 */
final class GiftsSeed {

    /** 2,000,000; {@code bench.gifts.count} for a smaller data set when a full seed does not fit in the time. */
    static final int GIFTS = Integer.getInteger("bench.gifts.count", 2_000_000);

    static final int YEARS = 10;
    static final String BY = "bench";
    private static final int DONORS_PER_COMMIT = 1_000;
    static final String[] PAYMENT_METHODS = {"CARD", "CARD", "CARD", "CHECK", "BANK_TRANSFER", "PAYPAL", "CASH"};
    static final String[] CREDIT_ROLES = {"SPOUSE", "SOLICITOR", "EMPLOYER_MATCH", "BOARD_MEMBER"};
    private static final String[] REFUND_REASONS = {"Donor request", "Chargeback", "Duplicate charge"};
    private static final String[][] FUNDS = {
        {"BENCH-PROGRAMS", "Programs", "false"},
        {"BENCH-SCHOLARSHIP", "Scholarship fund", "true"},
        {"BENCH-BUILDING", "Building fund", "true"},
        {"BENCH-ENDOWMENT", "Endowment", "true"}
    };
    private static final String[] APPEALS = {"Spring letter", "Gala", "Year-end email"};

    /** What the seed and the benchmark draw gifts from: funds, one campaign per year with its appeals. */
    record Designations(List<UUID> funds, Map<Integer, UUID> campaignByYear, Map<UUID, List<UUID>> appeals) {}

    private final Connection db;
    private final Random random;
    private final int fiscalYearStartMonth;
    private final String currency;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDate firstDay = today.minusYears(YEARS).plusDays(1);
    private final Map<String, Long> inserted = new LinkedHashMap<>();

    GiftsSeed(Connection db, long seed, int fiscalYearStartMonth, String baseCurrency) {
        this.db = db;
        this.random = new Random(seed);
        this.fiscalYearStartMonth = fiscalYearStartMonth;
        this.currency = baseCurrency;
    }

    Map<String, Long> inserted() {
        return inserted;
    }

    long count(String table) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The bench's funds, campaigns and appeals, created when missing. */
    Designations designations() throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            List<UUID> funds = new ArrayList<>();
            funds.add(UUID.fromString("00000000-0000-7000-8000-00000000f001")); // the general fund of the migration
            for (String[] fund : FUNDS) {
                UUID id = one("SELECT id FROM funds WHERE code = ?", fund[0]);
                if (id == null) {
                    id = Ids.next();
                    try (PreparedStatement ps = db.prepareStatement("INSERT INTO funds (id, code, name, restricted,"
                            + " active, version, created_at, created_by, updated_at, updated_by)"
                            + " VALUES (?, ?, ?, ?, TRUE, 0, ?, ?, ?, ?)")) {
                        ps.setString(1, id.toString());
                        ps.setString(2, fund[0]);
                        ps.setString(3, fund[1]);
                        ps.setBoolean(4, Boolean.parseBoolean(fund[2]));
                        ps.setTimestamp(5, now);
                        ps.setString(6, BY);
                        ps.setTimestamp(7, now);
                        ps.setString(8, BY);
                        ps.executeUpdate();
                    }
                }
                funds.add(id);
            }
            Map<Integer, UUID> campaigns = new LinkedHashMap<>();
            Map<UUID, List<UUID>> appeals = new LinkedHashMap<>();
            for (int year = today.getYear() - YEARS; year <= today.getYear(); year++) {
                String name = "Annual Fund " + year + " (bench)";
                UUID id = one("SELECT id FROM campaigns WHERE name = ?", name);
                if (id == null) {
                    id = Ids.next();
                    try (PreparedStatement ps = db.prepareStatement(
                            "INSERT INTO campaigns (id, name, goal_amount,"
                                    + " goal_currency, start_date, end_date, parent_id, active, version, created_at,"
                                    + " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, NULL, TRUE, 0, ?, ?, ?, ?)")) {
                        ps.setString(1, id.toString());
                        ps.setString(2, name);
                        ps.setBigDecimal(3, new BigDecimal("2500000.00"));
                        ps.setString(4, currency);
                        ps.setDate(5, Date.valueOf(LocalDate.of(year, 1, 1)));
                        ps.setDate(6, Date.valueOf(LocalDate.of(year, 12, 31)));
                        ps.setTimestamp(7, now);
                        ps.setString(8, BY);
                        ps.setTimestamp(9, now);
                        ps.setString(10, BY);
                        ps.executeUpdate();
                    }
                    for (String appeal : APPEALS) {
                        try (PreparedStatement ps = db.prepareStatement("INSERT INTO appeals (id, campaign_id, name,"
                                + " active, version, created_at, created_by, updated_at, updated_by)"
                                + " VALUES (?, ?, ?, TRUE, 0, ?, ?, ?, ?)")) {
                            ps.setString(1, Ids.next().toString());
                            ps.setString(2, id.toString());
                            ps.setString(3, appeal + " " + year);
                            ps.setTimestamp(4, now);
                            ps.setString(5, BY);
                            ps.setTimestamp(6, now);
                            ps.setString(7, BY);
                            ps.executeUpdate();
                        }
                    }
                }
                campaigns.put(year, id);
                List<UUID> ofCampaign = new ArrayList<>();
                try (PreparedStatement ps =
                        db.prepareStatement("SELECT id FROM appeals WHERE campaign_id = ? ORDER BY name")) {
                    ps.setString(1, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ofCampaign.add(UUID.fromString(rs.getString(1)));
                        }
                    }
                }
                appeals.put(id, ofCampaign);
            }
            db.commit();
            return new Designations(funds, campaigns, appeals);
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private UUID one(String sql, String param) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? UUID.fromString(rs.getString(1)) : null;
            }
        }
    }

    /**
     * Seeds the ledger unless it already holds {@link #GIFTS} gifts; returns a line saying what was done, with the
     * rate of the bulk insert and of the rollups' SQL apart.
     */
    String gifts(Designations d) throws SQLException {
        long existing = count("gifts");
        if (existing >= GIFTS) {
            return null;
        }
        if (existing > 0) {
            empty();
        }
        List<UUID> constituents = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM constituents WHERE deleted_at IS NULL"
                        + " AND merged_into_id IS NULL ORDER BY id")) {
            while (rs.next()) {
                constituents.add(UUID.fromString(rs.getString(1)));
            }
        }
        int n = constituents.size();
        // the plan: who gives, who has a recurring gift, and how many one-time gifts each donor makes
        Recurring[] recurring = new Recurring[n];
        int[] oneTime = new int[n];
        long recurringGifts = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextInt(100) < 5) {
                recurring[i] = recurringPlan();
                recurringGifts += recurring[i].payments;
            }
        }
        long remaining = GIFTS - recurringGifts;
        double[] weight = new double[n];
        double total = 0;
        int donors = 0;
        for (int i = 0; i < n; i++) {
            boolean gives = recurring[i] == null ? random.nextInt(100) < 63 : random.nextBoolean();
            if (gives) {
                weight[i] = Math.exp(0.8 * random.nextGaussian());
                total += weight[i];
                donors++;
            }
        }
        long spread = remaining - donors; // each donor gives once, the rest in proportion to their weight
        long planned = 0;
        for (int i = 0; i < n; i++) {
            if (weight[i] > 0) {
                oneTime[i] = 1 + (int) Math.floor(spread * weight[i] / total);
                planned += oneTime[i];
            }
        }
        while (planned < remaining) { // rounding left a few: to random donors, so the total is exact
            int i = random.nextInt(n);
            if (weight[i] > 0) {
                oneTime[i]++;
                planned++;
            }
        }

        long start = System.nanoTime();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Batches b = new Batches()) {
            for (int i = 0; i < n; i++) {
                donor(b, d, constituents, i, recurring[i], oneTime[i]);
                if ((i + 1) % DONORS_PER_COMMIT == 0 || i == n - 1) {
                    b.flush();
                    db.commit();
                }
            }
            double insertSeconds = (System.nanoTime() - start) / 1e9;
            long rows = inserted.values().stream().mapToLong(Long::longValue).sum();
            long softStart = System.nanoTime();
            softCreditsIntoRollups();
            db.commit();
            double softSeconds = (System.nanoTime() - softStart) / 1e9;
            long analyzeStart = System.nanoTime();
            try (Statement st = db.createStatement()) {
                for (String table : inserted.keySet()) {
                    st.execute("ANALYZE TABLE " + table);
                }
            }
            db.commit();
            return String.format(
                    Locale.ROOT,
                    "%,d rows (%s) in %.1f s: %,.0f rows/s (gifts %,.0f/s); soft credits into the rollups %.1f s;"
                            + " ANALYZE TABLE %.1f s",
                    rows,
                    inserted,
                    insertSeconds,
                    rows / insertSeconds,
                    inserted.getOrDefault("gifts", 0L) / insertSeconds,
                    softSeconds,
                    (System.nanoTime() - analyzeStart) / 1e9);
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** A monthly recurring gift: from when, how much, how many payments, still active or closed. */
    private record Recurring(LocalDate startOn, BigDecimal amount, int payments, boolean active, String method) {}

    private Recurring recurringPlan() {
        int months = YEARS * 12;
        LocalDate startOn = today.minusMonths(1 + random.nextInt(months - 1)).withDayOfMonth(1 + random.nextInt(28));
        int possible = 0;
        while (!startOn.plusMonths(possible).isAfter(today)) {
            possible++;
        }
        boolean active = random.nextInt(100) < 45;
        int payments = active ? possible : Math.max(1, Math.min(possible, 3 + random.nextInt(60)));
        if (!active && payments == possible) {
            payments = Math.max(1, possible - 1);
        }
        String[] amounts = {"10.00", "15.00", "20.00", "25.00", "25.00", "50.00", "100.00"};
        return new Recurring(
                startOn,
                new BigDecimal(amounts[random.nextInt(amounts.length)]),
                payments,
                active,
                random.nextBoolean() ? "CARD" : "BANK_TRANSFER");
    }

    /** One gift as generated, before it is written. */
    private static final class Gift {
        final UUID id = Ids.next();
        BigDecimal amount;
        BigDecimal refunded = GivingMath.ZERO;
        LocalDate receivedOn;
        String status = "COMPLETED";
        String kind = "ONE_TIME";
        UUID fund;
        UUID campaign;
        UUID appeal;
        String method;
        boolean anonymous;
        UUID recurringGift;
    }

    private void donor(Batches b, Designations d, List<UUID> all, int index, Recurring plan, int oneTime)
            throws SQLException {
        UUID donor = all.get(index);
        List<Gift> gifts = new ArrayList<>(oneTime + (plan == null ? 0 : plan.payments));
        if (plan != null) {
            UUID recurringId = Ids.next();
            UUID fund = d.funds().get(random.nextInt(2)); // general or programs
            LocalDate last = plan.startOn.plusMonths(plan.payments - 1);
            for (int p = 0; p < plan.payments; p++) {
                LocalDate expected = plan.startOn.plusMonths(p);
                Gift g = new Gift();
                g.amount = plan.amount;
                g.receivedOn = min(expected.plusDays(random.nextInt(3)), today);
                g.kind = "RECURRING_PAYMENT";
                g.fund = fund;
                g.method = plan.method;
                g.recurringGift = recurringId;
                gifts.add(g);
                b.payments.setString(1, g.id.toString());
                b.payments.setString(2, recurringId.toString());
                b.payments.setInt(3, p);
                b.payments.setDate(4, Date.valueOf(expected));
                created(b.payments, 5, expected);
                b.payments.addBatch();
                inc("recurring_gift_payments");
            }
            PreparedStatement r = b.recurring;
            r.setString(1, recurringId.toString());
            r.setString(2, donor.toString());
            r.setBigDecimal(3, plan.amount);
            r.setString(4, currency);
            r.setString(5, fund.toString());
            r.setString(6, plan.method);
            r.setInt(7, plan.startOn.getDayOfMonth());
            r.setDate(8, Date.valueOf(plan.startOn));
            r.setDate(9, Date.valueOf(plan.startOn));
            if (plan.active) {
                r.setNull(10, Types.DATE);
                r.setString(11, "ACTIVE");
                r.setNull(12, Types.VARCHAR);
                r.setNull(13, Types.DATE);
                r.setDate(15, Date.valueOf(plan.startOn.plusMonths(plan.payments)));
            } else {
                LocalDate closed = last.plusDays(1 + random.nextInt(20));
                r.setDate(10, Date.valueOf(closed));
                r.setString(11, "CLOSED");
                r.setString(12, "BY_USER");
                r.setDate(13, Date.valueOf(min(closed, today)));
                r.setNull(15, Types.DATE);
            }
            r.setInt(14, plan.payments);
            created(r, 16, plan.startOn);
            r.addBatch();
            inc("recurring_gifts");
        }
        for (int k = 0; k < oneTime; k++) {
            Gift g = new Gift();
            g.amount = logNormal(random, Math.log(50), 1.1, "250000.00");
            g.receivedOn = randomDate();
            int campaignYear = g.receivedOn.getYear();
            if (random.nextInt(10) < 8 && d.campaignByYear().containsKey(campaignYear)) {
                g.campaign = d.campaignByYear().get(campaignYear);
                if (random.nextInt(10) < 7) {
                    List<UUID> appeals = d.appeals().get(g.campaign);
                    g.appeal = appeals.get(random.nextInt(appeals.size()));
                }
            }
            g.fund = d.funds().get(fundIndex());
            g.method = PAYMENT_METHODS[random.nextInt(PAYMENT_METHODS.length)];
            g.anonymous = random.nextInt(50) == 0;
            int status = random.nextInt(1000);
            if (status < 2) {
                g.status = "PENDING";
            } else if (status < 5) {
                g.status = "FAILED";
            } else if (status < 20) { // ~1.5% refunded: two thirds in full, the rest in part
                if (random.nextInt(3) < 2) {
                    g.refunded = g.amount;
                    g.status = "REFUNDED";
                } else {
                    BigDecimal part = g.amount
                            .multiply(BigDecimal.valueOf(10 + random.nextInt(80)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                    g.refunded = part.signum() > 0 && part.compareTo(g.amount) < 0 ? part : GivingMath.ZERO;
                }
            }
            gifts.add(g);
        }
        List<GivingMath.LedgerGift> ledger = new ArrayList<>();
        for (Gift g : gifts) {
            insertGift(b, d, donor, g);
            if (g.refunded.signum() > 0) {
                LocalDate on = min(g.receivedOn.plusDays(1 + random.nextInt(60)), today);
                b.refunds.setString(1, Ids.next().toString());
                b.refunds.setString(2, g.id.toString());
                b.refunds.setBigDecimal(3, g.refunded);
                b.refunds.setBigDecimal(4, g.refunded);
                b.refunds.setDate(5, Date.valueOf(on));
                b.refunds.setString(6, REFUND_REASONS[random.nextInt(REFUND_REASONS.length)]);
                created(b.refunds, 7, on);
                b.refunds.addBatch();
                inc("gift_refunds");
            }
            if (random.nextInt(100) < 5) { // a soft credit of the whole gift to someone else
                UUID other;
                do {
                    other = all.get(random.nextInt(all.size()));
                } while (other.equals(donor));
                b.soft.setString(1, Ids.next().toString());
                b.soft.setString(2, g.id.toString());
                b.soft.setString(3, other.toString());
                b.soft.setBigDecimal(4, g.amount);
                b.soft.setString(5, CREDIT_ROLES[random.nextInt(CREDIT_ROLES.length)]);
                created(b.soft, 6, g.receivedOn);
                b.soft.addBatch();
                inc("gift_soft_credits");
            }
            if (g.status.equals("COMPLETED")) {
                ledger.add(new GivingMath.LedgerGift(g.id, g.receivedOn, g.amount.subtract(g.refunded)));
            }
        }
        if (!gifts.isEmpty()) { // the application's own sum; soft credits are added when all gifts are in
            rollup(b, donor, GivingMath.rollup(ledger, List.of(), fiscalYearStartMonth));
        }
    }

    private void insertGift(Batches b, Designations d, UUID donor, Gift g) throws SQLException {
        PreparedStatement ps = b.gifts;
        boolean split = g.recurringGift == null && random.nextInt(100) < 3 && g.amount.compareTo(BigDecimal.ONE) > 0;
        ps.setString(1, g.id.toString());
        ps.setString(2, donor.toString());
        ps.setBigDecimal(3, g.amount);
        ps.setString(4, currency);
        ps.setBigDecimal(5, g.amount); // base amount at rate 1
        ps.setString(6, currency);
        ps.setBigDecimal(7, g.refunded);
        ps.setBigDecimal(8, g.refunded);
        ps.setDate(9, Date.valueOf(g.receivedOn));
        ps.setString(10, g.status);
        ps.setString(11, g.kind);
        ps.setString(12, split ? null : g.fund.toString());
        ps.setString(13, g.campaign == null ? null : g.campaign.toString());
        ps.setString(14, g.appeal == null ? null : g.appeal.toString());
        ps.setString(15, g.method);
        ps.setBoolean(16, g.anonymous);
        ps.setString(17, g.recurringGift == null ? null : g.recurringGift.toString());
        created(ps, 18, g.receivedOn);
        ps.addBatch();
        inc("gifts");
        if (split) { // two funds, the amount split at a random cent
            BigDecimal first = g.amount
                    .multiply(BigDecimal.valueOf(20 + random.nextInt(61)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            UUID other =
                    d.funds().get((d.funds().indexOf(g.fund) + 1) % d.funds().size());
            allocation(b, g, g.fund, first);
            allocation(b, g, other, g.amount.subtract(first));
        } else {
            allocation(b, g, g.fund, g.amount);
        }
    }

    private void allocation(Batches b, Gift g, UUID fund, BigDecimal amount) throws SQLException {
        b.allocations.setString(1, Ids.next().toString());
        b.allocations.setString(2, g.id.toString());
        b.allocations.setString(3, fund.toString());
        b.allocations.setBigDecimal(4, amount);
        created(b.allocations, 5, g.receivedOn);
        b.allocations.addBatch();
        inc("gift_allocations");
    }

    private void rollup(Batches b, UUID donor, GivingMath.Rollup r) throws SQLException {
        PreparedStatement ps = b.rollups;
        ps.setString(1, donor.toString());
        ps.setString(2, currency);
        ps.setBigDecimal(3, r.lifetimeTotal());
        ps.setInt(4, r.giftCount());
        dated(ps, 5, r.firstGift());
        dated(ps, 7, r.lastGift());
        dated(ps, 9, r.largestGift());
        created(ps, 11, today);
        ps.addBatch();
        inc("giving_rollups");
        for (GivingMath.Year y : r.years().values()) {
            b.years.setString(1, donor.toString());
            b.years.setInt(2, y.fiscalYear());
            b.years.setBigDecimal(3, y.total());
            b.years.setInt(4, y.giftCount());
            created(b.years, 5, today);
            b.years.addBatch();
            inc("giving_years");
        }
    }

    /**
     * Soft credits on completed gifts of someone else, in the base currency at each gift's rate (exact here: every
     * seeded gift is in the base currency), added to the recipients' rollups: a row is created for a recipient who
     * has given nothing, and a fiscal year for a year with soft credits only, as {@link GivingMath#rollup} does.
     */
    private void softCreditsIntoRollups() throws SQLException {
        String counted = " FROM gift_soft_credits s JOIN gifts g ON g.id = s.gift_id WHERE g.status = 'COMPLETED'"
                + " AND g.constituent_id <> s.constituent_id";
        String fiscalYear = fiscalYearStartMonth == 1
                ? "YEAR(g.received_on)"
                : "YEAR(g.received_on) + CASE WHEN MONTH(g.received_on) >= " + fiscalYearStartMonth
                        + " THEN 1 ELSE 0 END";
        try (Statement st = db.createStatement()) {
            st.executeUpdate("INSERT INTO giving_rollups (constituent_id, base_currency, lifetime_total, gift_count,"
                    + " soft_credit_total, created_at, created_by, updated_at, updated_by)"
                    + " SELECT s.constituent_id, '" + currency + "', 0, 0, SUM(s.amount * g.exchange_rate),"
                    + " UTC_TIMESTAMP(), '" + BY + "', UTC_TIMESTAMP(), '" + BY + "'" + counted
                    + " GROUP BY s.constituent_id"
                    + " ON DUPLICATE KEY UPDATE soft_credit_total = VALUES(soft_credit_total)");
            st.executeUpdate("INSERT INTO giving_rollups (constituent_id, base_currency, lifetime_total, gift_count,"
                    + " soft_credit_total, created_at, created_by, updated_at, updated_by)"
                    + " SELECT DISTINCT s.constituent_id, '" + currency + "', 0, 0, 0, UTC_TIMESTAMP(), '" + BY
                    + "', UTC_TIMESTAMP(), '" + BY + "' FROM gift_soft_credits s"
                    + " ON DUPLICATE KEY UPDATE constituent_id = giving_rollups.constituent_id");
            st.executeUpdate("INSERT INTO giving_years (constituent_id, fiscal_year, total, soft_total, gift_count,"
                    + " created_at, created_by, updated_at, updated_by)"
                    + " SELECT s.constituent_id, " + fiscalYear + ", 0, SUM(s.amount * g.exchange_rate), 0,"
                    + " UTC_TIMESTAMP(), '" + BY + "', UTC_TIMESTAMP(), '" + BY + "'" + counted
                    + " GROUP BY s.constituent_id, " + fiscalYear
                    + " ON DUPLICATE KEY UPDATE soft_total = VALUES(soft_total)");
        }
    }

    /** Empties the ledger and everything that hangs off it (an interrupted seed, or an older data set). */
    private void empty() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : List.of(
                    "gift_allocations",
                    "gift_soft_credits",
                    "gift_refunds",
                    "gift_adjustments",
                    "gift_acknowledgements",
                    "gift_idempotency_keys",
                    "receipt_gifts",
                    "recurring_gift_payments",
                    "recurring_gift_changes",
                    "recurring_gift_pauses",
                    "recurring_gifts",
                    "giving_rollups",
                    "giving_years",
                    "gifts")) {
                st.execute("TRUNCATE TABLE " + table);
            }
            st.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    // ---- values ----

    /** exp(N(mu, sigma)) rounded half-even to cents, at least 1.00 and at most {@code max}: exact from here on. */
    static BigDecimal logNormal(Random random, double mu, double sigma, String max) {
        BigDecimal value =
                BigDecimal.valueOf(Math.exp(mu + sigma * random.nextGaussian())).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal cap = new BigDecimal(max);
        if (value.compareTo(BigDecimal.ONE) < 0) {
            return BigDecimal.ONE.setScale(2);
        }
        return value.min(cap);
    }

    /** A day in the last 10 years, December twice as likely (year-end giving). */
    private LocalDate randomDate() {
        long days = ChronoUnit.DAYS.between(firstDay, today) + 1;
        LocalDate date = firstDay.plusDays((long) (random.nextDouble() * days));
        if (random.nextInt(12) == 0) {
            LocalDate december = date.withMonth(12);
            date = december.isAfter(today) || december.isBefore(firstDay) ? date : december;
        }
        return date;
    }

    /** General 40%, programs 30%, the restricted funds the rest. */
    private int fundIndex() {
        int r = random.nextInt(10);
        return r < 4 ? 0 : r < 7 ? 1 : 2 + random.nextInt(FUNDS.length - 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static void dated(PreparedStatement ps, int index, GivingMath.Dated dated) throws SQLException {
        if (dated == null) {
            ps.setNull(index, Types.DATE);
            ps.setNull(index + 1, Types.DECIMAL);
        } else {
            ps.setDate(index, Date.valueOf(dated.date()));
            ps.setBigDecimal(index + 1, dated.amount());
        }
    }

    /** created_at, created_by, updated_at, updated_by: noon of the day the row is about. */
    private static void created(PreparedStatement ps, int index, LocalDate day) throws SQLException {
        Timestamp at = Timestamp.valueOf(day.atTime(12, 0));
        ps.setTimestamp(index, at);
        ps.setString(index + 1, BY);
        ps.setTimestamp(index + 2, at);
        ps.setString(index + 3, BY);
    }

    private void inc(String table) {
        inserted.merge(table, 1L, Long::sum);
    }

    /** Prepared statements of one commit, flushed parents first. */
    private final class Batches implements AutoCloseable {
        final PreparedStatement recurring =
                db.prepareStatement("INSERT INTO recurring_gifts (id, constituent_id, amount,"
                        + " currency, fund_id, campaign_id, appeal_id, payment_method, frequency, interval_count, day_of_month,"
                        + " start_on, schedule_start_on, prior_expected_count, end_on, max_payments, status, closed_reason,"
                        + " closed_on, paid_count, written_off_count, missed_count, next_expected_on, notes, version,"
                        + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, 'MONTHLY', 1,"
                        + " ?, ?, ?, 0, ?, NULL, ?, ?, ?, ?, 0, 0, ?, NULL, 0, ?, ?, ?, ?)");
        final PreparedStatement gifts = db.prepareStatement("INSERT INTO gifts (id, constituent_id, amount, currency,"
                + " exchange_rate, exchange_rate_date, base_amount, base_currency, refunded_amount, refunded_base_amount,"
                + " received_on, status, kind, fund_id, campaign_id, appeal_id, payment_method, reference, anonymous,"
                + " recurring_gift_id, version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 0, ?, ?, ?, ?)");
        final PreparedStatement allocations = db.prepareStatement("INSERT INTO gift_allocations (id, gift_id, fund_id,"
                + " amount, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        final PreparedStatement soft = db.prepareStatement(
                "INSERT INTO gift_soft_credits (id, gift_id, constituent_id,"
                        + " amount, credit_role, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        final PreparedStatement refunds = db.prepareStatement("INSERT INTO gift_refunds (id, gift_id, amount,"
                + " base_amount, refunded_on, reason, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        final PreparedStatement payments = db.prepareStatement("INSERT INTO recurring_gift_payments (gift_id,"
                + " recurring_gift_id, expected_index, expected_on, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        final PreparedStatement rollups = db.prepareStatement("INSERT INTO giving_rollups (constituent_id,"
                + " base_currency, lifetime_total, gift_count, soft_credit_total, first_gift_date, first_gift_amount,"
                + " last_gift_date, last_gift_amount, largest_gift_date, largest_gift_amount, created_at, created_by,"
                + " updated_at, updated_by) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        final PreparedStatement years = db.prepareStatement("INSERT INTO giving_years (constituent_id, fiscal_year,"
                + " total, soft_total, gift_count, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)");

        Batches() throws SQLException {}

        private List<PreparedStatement> all() {
            return List.of(recurring, gifts, allocations, soft, refunds, payments, rollups, years);
        }

        void flush() throws SQLException {
            for (PreparedStatement ps : all()) {
                ps.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : all()) {
                ps.close();
            }
        }
    }
}
