package org.steward.donations.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.steward.donations.GiftKind;

/**
 * What a donor's ledger adds up to in the giving aggregates (ADR 0023), free of the database: the same functions
 * serve the write path ({@link RollupRecomputer#refresh}), the full rebuild and the check ({@link AggregatesCheck}).
 *
 * <ul>
 *   <li>{@code months}: per month ({@code ym} = year × 100 + month) and kind, the donor's hard credit (completed gifts
 *       net of refunds) with its gift count, and soft credit (on other donors' completed gifts, at each gift's rate)
 *       with the count of gifts soft-crediting them.
 *   <li>{@code years}: the same per calendar year, and for year 0 over all time.
 *   <li>{@code designations}: the hard credit per month, kind, campaign, appeal and fund ({@code ""} = none): a gift
 *       split over funds gives one line per fund with its apportioned part ({@link Apportioning}); it is counted as
 *       one gift on its first line ({@code hardCount}) and once per fund ({@code fundCount}). The global summary's
 *       changes are the differences of these lines.
 * </ul>
 */
public final class AggregateMath {

    /** The "none" key of a designation (no campaign, no appeal, no fund). */
    public static final String NONE = "";

    /** All time, in the per-year rows. */
    public static final int ALL_TIME = 0;

    private AggregateMath() {}

    public static int ym(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    static String key(UUID id) {
        return id == null ? NONE : id.toString();
    }

    /** A fund allocation of a gift, in the gift's currency (its weight). */
    public record Allocation(UUID fundId, BigDecimal amount) {}

    /** A counted (COMPLETED) gift of the donor: its base amount net of refunds, with its allocations in id order. */
    public record HardLine(
            UUID constituentId,
            UUID giftId,
            LocalDate receivedOn,
            GiftKind kind,
            BigDecimal net,
            UUID campaignId,
            UUID appealId,
            List<Allocation> allocations) {}

    /** A soft credit on someone else's completed gift, in the base currency at the gift's rate. */
    public record SoftLine(UUID constituentId, UUID giftId, LocalDate receivedOn, GiftKind kind, BigDecimal base) {}

    /** A month ({@code yyyymm}) or a calendar year (0: all time), and a kind. */
    public record PeriodKey(int at, String kind) implements Comparable<PeriodKey> {
        @Override
        public int compareTo(PeriodKey o) {
            int c = Integer.compare(at, o.at);
            return c != 0 ? c : kind.compareTo(o.kind);
        }
    }

    public record Credit(BigDecimal hard, int hardCount, BigDecimal soft, int softCount) {
        public static final Credit NONE = new Credit(GivingMath.ZERO, 0, GivingMath.ZERO, 0);

        Credit plus(Credit o) {
            return new Credit(hard.add(o.hard), hardCount + o.hardCount, soft.add(o.soft), softCount + o.softCount);
        }
    }

    public record DesignationKey(int ym, String kind, String campaign, String appeal, String fund)
            implements Comparable<DesignationKey> {
        static final Comparator<DesignationKey> ORDER = Comparator.comparingInt(DesignationKey::ym)
                .thenComparing(DesignationKey::kind)
                .thenComparing(DesignationKey::campaign)
                .thenComparing(DesignationKey::appeal)
                .thenComparing(DesignationKey::fund);

        @Override
        public int compareTo(DesignationKey o) {
            return ORDER.compare(this, o);
        }
    }

    public record Designation(BigDecimal hard, int hardCount, int fundCount) {
        Designation plus(Designation o) {
            return new Designation(hard.add(o.hard), hardCount + o.hardCount, fundCount + o.fundCount);
        }

        Designation minus(Designation o) {
            return new Designation(hard.subtract(o.hard), hardCount - o.hardCount, fundCount - o.fundCount);
        }
    }

    /** One donor's rows in the three per-donor tables. */
    public record DonorRows(
            Map<PeriodKey, Credit> months,
            Map<PeriodKey, Credit> years,
            Map<DesignationKey, Designation> designations) {

        public static DonorRows empty() {
            return new DonorRows(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
    }

    /** The donor's rows from their counted gifts and soft credits (of this donor only). */
    public static DonorRows rows(Collection<HardLine> gifts, Collection<SoftLine> softCredits) {
        TreeMap<PeriodKey, Credit> months = new TreeMap<>();
        TreeMap<DesignationKey, Designation> designations = new TreeMap<>();
        for (HardLine gift : gifts) {
            int ym = ym(gift.receivedOn());
            String kind = gift.kind().name();
            months.merge(new PeriodKey(ym, kind), new Credit(gift.net(), 1, GivingMath.ZERO, 0), Credit::plus);
            String campaign = key(gift.campaignId());
            String appeal = key(gift.appealId());
            List<Allocation> allocations = gift.allocations();
            if (allocations.isEmpty()) {
                designations.merge(
                        new DesignationKey(ym, kind, campaign, appeal, NONE),
                        new Designation(gift.net(), 1, 1),
                        Designation::plus);
            } else {
                List<BigDecimal> parts = Apportioning.apportion(
                        gift.net(), allocations.stream().map(Allocation::amount).toList());
                for (int i = 0; i < allocations.size(); i++) {
                    designations.merge(
                            new DesignationKey(
                                    ym,
                                    kind,
                                    campaign,
                                    appeal,
                                    key(allocations.get(i).fundId())),
                            new Designation(parts.get(i), i == 0 ? 1 : 0, 1),
                            Designation::plus);
                }
            }
        }
        Map<PeriodKey, Set<UUID>> softGifts = new HashMap<>();
        for (SoftLine credit : softCredits) {
            PeriodKey at = new PeriodKey(ym(credit.receivedOn()), credit.kind().name());
            boolean newGift =
                    softGifts.computeIfAbsent(at, k -> new HashSet<>()).add(credit.giftId());
            months.merge(at, new Credit(GivingMath.ZERO, 0, credit.base(), newGift ? 1 : 0), Credit::plus);
        }
        TreeMap<PeriodKey, Credit> years = new TreeMap<>();
        months.forEach((at, credit) -> {
            years.merge(new PeriodKey(at.at() / 100, at.kind()), credit, Credit::plus);
            years.merge(new PeriodKey(ALL_TIME, at.kind()), credit, Credit::plus);
        });
        return new DonorRows(months, years, designations);
    }

    /** A row of the global summary: dimension (CAMPAIGN, APPEAL or FUND), month, key ({@code ""} = none), kind. */
    public record SummaryKey(String dimension, int ym, String key, String kind) implements Comparable<SummaryKey> {
        static final Comparator<SummaryKey> ORDER = Comparator.comparing(SummaryKey::dimension)
                .thenComparingInt(SummaryKey::ym)
                .thenComparing(SummaryKey::key)
                .thenComparing(SummaryKey::kind);

        @Override
        public int compareTo(SummaryKey o) {
            return ORDER.compare(this, o);
        }
    }

    public record Raised(BigDecimal raised, long giftCount) {
        Raised plus(Raised o) {
            return new Raised(raised.add(o.raised), giftCount + o.giftCount);
        }

        boolean isZero() {
            return raised.signum() == 0 && giftCount == 0;
        }
    }

    /** Adds what designation lines contribute to the summary (hard credit only), scaled by {@code sign}. */
    public static void addToSummary(Map<SummaryKey, Raised> summary, Map<DesignationKey, Designation> lines, int sign) {
        lines.forEach((k, d) -> {
            BigDecimal hard = sign < 0 ? d.hard().negate() : d.hard();
            summary.merge(
                    new SummaryKey("CAMPAIGN", k.ym(), k.campaign(), k.kind()),
                    new Raised(hard, (long) sign * d.hardCount()),
                    Raised::plus);
            summary.merge(
                    new SummaryKey("APPEAL", k.ym(), k.appeal(), k.kind()),
                    new Raised(hard, (long) sign * d.hardCount()),
                    Raised::plus);
            summary.merge(
                    new SummaryKey("FUND", k.ym(), k.fund(), k.kind()),
                    new Raised(hard, (long) sign * d.fundCount()),
                    Raised::plus);
        });
    }

    /** What changes between two versions of the same rows: keys to insert, to update (new value), to delete. */
    public record Diff<K, V>(Map<K, V> inserts, Map<K, V> updates, List<K> deletes) {
        public boolean isEmpty() {
            return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty();
        }
    }

    public static <K extends Comparable<K>, V> Diff<K, V> diff(Map<K, V> stored, Map<K, V> wanted) {
        Map<K, V> inserts = new TreeMap<>();
        Map<K, V> updates = new TreeMap<>();
        List<K> deletes = new ArrayList<>();
        wanted.forEach((k, v) -> {
            V had = stored.get(k);
            if (had == null) {
                inserts.put(k, v);
            } else if (!Objects.equals(had, v)) {
                updates.put(k, v);
            }
        });
        stored.keySet().stream().filter(k -> !wanted.containsKey(k)).sorted().forEach(deletes::add);
        return new Diff<>(inserts, updates, deletes);
    }
}
