package org.steward.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.donations.GiftKind;
import org.steward.donations.GivingFacts;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.InvalidInputException.FieldError;

/**
 * The parameters every metric takes, explicit and printed on each report (docs/adr/0022-report-definitions.md):
 * the date the report is as of, how years are counted, whom a gift counts for and which kinds of gift count. The
 * rest ({@code extra}) are a report's own (bands, limit, groupBy, from, to, campaignId), checked by that report.
 */
public record ReportParameters(
        LocalDate asOf,
        YearBasis yearBasis,
        MonthDay fiscalYearStart,
        CreditBasis creditBasis,
        Set<GiftKind> kinds,
        Map<String, String> extra) {

    public static final Set<String> COMMON = Set.of("asOf", "yearBasis", "fiscalYearStart", "creditBasis", "kinds");

    public ReportParameters {
        kinds = Set.copyOf(kinds);
        extra = Map.copyOf(extra);
    }

    /**
     * Reads the parameters as a query string gives them. A missing {@code asOf} is {@code today}; a missing fiscal
     * start is the first day of {@code defaultFiscalStartMonth}. Every unreadable value is reported at once, as 400
     * {@code validation.failed} naming the fields.
     */
    public static ReportParameters parse(Map<String, String> raw, LocalDate today, int defaultFiscalStartMonth) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate asOf = today;
        String asOfText = value(raw, "asOf");
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("asOf", "must be a date written YYYY-MM-DD"));
            }
        }
        YearBasis basis = enumValue(raw, "yearBasis", YearBasis.class, YearBasis.CALENDAR, errors);
        MonthDay fiscalStart = MonthDay.of(defaultFiscalStartMonth, 1);
        String fiscalText = value(raw, "fiscalYearStart");
        if (fiscalText != null) {
            try {
                fiscalStart = MonthDay.parse("--" + fiscalText);
                if (fiscalStart.getDayOfMonth() > 28) {
                    errors.add(new FieldError("fiscalYearStart", "must be a day from 1 to 28 (every year has it)"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("fiscalYearStart", "must be a month and day written MM-DD, e.g. 07-01"));
            }
        }
        CreditBasis credit = enumValue(raw, "creditBasis", CreditBasis.class, CreditBasis.HARD, errors);
        Set<GiftKind> kinds = GivingFacts.DEFAULT_KINDS;
        String kindsText = value(raw, "kinds");
        if (kindsText != null) {
            EnumSet<GiftKind> chosen = EnumSet.noneOf(GiftKind.class);
            for (String part : kindsText.split(",")) {
                String name = part.trim().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    chosen.add(GiftKind.valueOf(name));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("kinds", "'" + part.trim() + "' is not a kind of gift"));
                }
            }
            if (chosen.isEmpty() && errors.stream().noneMatch(f -> f.field().equals("kinds"))) {
                errors.add(new FieldError("kinds", "must name at least one kind of gift"));
            }
            kinds = chosen;
        }
        Map<String, String> extra = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (!COMMON.contains(k) && v != null && !v.isBlank()) {
                extra.put(k, v.trim());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReportParameters(asOf, basis, fiscalStart, credit, kinds, extra);
    }

    /** The parameters as strings, as a query string or a schedule stores them. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("asOf", asOf.toString());
        map.put("yearBasis", yearBasis.name());
        if (yearBasis == YearBasis.FISCAL) {
            map.put(
                    "fiscalYearStart",
                    String.format(
                            Locale.ROOT,
                            "%02d-%02d",
                            fiscalYearStart.getMonthValue(),
                            fiscalYearStart.getDayOfMonth()));
        }
        map.put("creditBasis", creditBasis.name());
        map.put(
                "kinds",
                String.join(",", kinds.stream().sorted().map(Enum::name).toList()));
        map.putAll(extra);
        return map;
    }

    public String text(String name) {
        return extra.get(name);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String v = extra.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw InvalidInputException.of(name, "must be a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "must be a whole number from " + min + " to " + max);
        }
    }

    public LocalDate date(String name, LocalDate defaultValue) {
        String v = extra.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "must be a date written YYYY-MM-DD");
        }
    }

    public UUID uuid(String name) {
        String v = extra.get(name);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "must be an id");
        }
    }

    /** Ascending, distinct, non-negative amounts with at most two decimals, the first 0 (e.g. "0,100,1000"). */
    public List<BigDecimal> amounts(String name, List<BigDecimal> defaultValue) {
        String v = extra.get(name);
        if (v == null) {
            return defaultValue;
        }
        List<BigDecimal> list = new ArrayList<>();
        try {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    BigDecimal amount = new BigDecimal(part.trim());
                    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                        throw new NumberFormatException();
                    }
                    list.add(amount.setScale(2));
                }
            }
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "must be amounts separated by commas, e.g. 0,100,1000");
        }
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).compareTo(list.get(i - 1)) <= 0) {
                throw InvalidInputException.of(name, "must go up: each amount larger than the one before");
            }
        }
        if (list.isEmpty() || list.get(0).signum() != 0) {
            throw InvalidInputException.of(name, "must start at 0 so every donor falls in a band");
        }
        return list;
    }

    private static String value(Map<String, String> raw, String name) {
        String v = raw.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static <E extends Enum<E>> E enumValue(
            Map<String, String> raw, String name, Class<E> type, E defaultValue, List<FieldError> errors) {
        String v = value(raw, name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            errors.add(new FieldError(name, "must be one of " + String.join(", ", names)));
            return defaultValue;
        }
    }
}
