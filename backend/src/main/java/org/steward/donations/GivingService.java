package org.steward.donations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.HouseholdService;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.GivingMath;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.shared.time.Timestamps;

/**
 * A constituent's giving, read from the stored rollups; the fields that depend on today (this and last fiscal
 * year, the streak) are derived from the per-year totals at read time, so they stay right as time passes. A
 * household's giving is its own plus its current members', added up on read (ADR 0010).
 */
@Singleton
public class GivingService {

    private final RollupRecomputer rollups;
    private final ConstituentService constituents;
    private final HouseholdService households;
    private final DonationsConfig config;
    private final Timestamps timestamps;

    GivingService(
            RollupRecomputer rollups,
            ConstituentService constituents,
            HouseholdService households,
            DonationsConfig config,
            Timestamps timestamps) {
        this.rollups = rollups;
        this.constituents = constituents;
        this.households = households;
        this.config = config;
        this.timestamps = timestamps;
    }

    @Transactional(readOnly = true)
    public GivingView giving(ConstituentId id) {
        // only the type is needed: one row, where get() would also read the profile's contact points and household
        ConstituentRef profile = constituents.requireActive(id);
        List<UUID> ids = new ArrayList<>();
        ids.add(id.value());
        boolean household = profile.type() == ConstituentType.HOUSEHOLD;
        if (household) {
            var view = households.householdOf(id, ConstituentType.HOUSEHOLD);
            if (view != null) {
                view.members().forEach(m -> ids.add(m.member().id().value()));
            }
        }
        Map<UUID, GivingMath.Rollup> stored = rollups.storedAll(ids);
        BigDecimal lifetime = GivingMath.ZERO;
        BigDecimal soft = GivingMath.ZERO;
        int count = 0;
        List<GivingMath.Dated> firsts = new ArrayList<>();
        List<GivingMath.Dated> lasts = new ArrayList<>();
        List<GivingMath.Dated> largests = new ArrayList<>();
        List<Map<Integer, GivingMath.Year>> years = new ArrayList<>();
        for (GivingMath.Rollup r : stored.values()) {
            lifetime = lifetime.add(r.lifetimeTotal());
            soft = soft.add(r.softCreditTotal());
            count += r.giftCount();
            firsts.add(r.firstGift());
            lasts.add(r.lastGift());
            largests.add(r.largestGift());
            years.add(r.years());
        }
        Comparator<GivingMath.Dated> byDate = Comparator.comparing(GivingMath.Dated::date);
        GivingMath.Dated first =
                firsts.stream().filter(Objects::nonNull).min(byDate).orElse(null);
        GivingMath.Dated last =
                lasts.stream().filter(Objects::nonNull).max(byDate).orElse(null);
        GivingMath.Dated largest = largests.stream()
                .filter(Objects::nonNull)
                .max(Comparator.comparing(GivingMath.Dated::amount).thenComparing(byDate.reversed()))
                .orElse(null);
        int currentYear = GivingMath.fiscalYear(
                LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC), config.fiscalYearStartMonth());
        GivingMath.Derived derived = GivingMath.derive(GivingMath.sum(years), currentYear);
        return new GivingView(
                id.value(),
                config.baseCurrency(),
                AmountRules.text(lifetime),
                count,
                dated(first),
                dated(last),
                dated(largest),
                new GivingView.YearAmount(currentYear, AmountRules.text(derived.thisFiscalYear())),
                new GivingView.YearAmount(currentYear - 1, AmountRules.text(derived.lastFiscalYear())),
                AmountRules.text(soft),
                derived.consecutiveYears(),
                derived.bestYear()
                        .map(y -> new GivingView.YearAmount(y.fiscalYear(), AmountRules.text(y.total())))
                        .orElse(null),
                derived.yearsGiven(),
                household);
    }

    private static GivingView.DatedAmount dated(GivingMath.Dated dated) {
        return dated == null ? null : new GivingView.DatedAmount(dated.date(), AmountRules.text(dated.amount()));
    }
}
