package org.steward.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How report values read as text: PDF cells, chart labels, and the width estimate of spreadsheet columns. Money is
 * the currency's symbol as an English reader knows it ("$", "€", "£", "CA$", "CHF ") and the currency's own number
 * of decimals, from the {@link BigDecimal} itself; percentages are fractions shown with one decimal (0.5 is
 * "50.0%"); dates are ISO; date-times are in the report's zone. Not thread-safe: one per rendering.
 */
final class ReportFormats {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);
    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private final String symbol;
    private final int digits;
    private final ZoneId zone;
    private final DecimalFormat money;
    private final DecimalFormat integer = new DecimalFormat("#,##0", ROOT);

    ReportFormats(String currency, ZoneId zone) {
        Currency known = currency == null ? null : Currency.getInstance(currency);
        this.symbol = known == null ? "" : symbol(known);
        this.digits = known == null ? 2 : Math.max(0, known.getDefaultFractionDigits());
        this.zone = zone;
        this.money = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), ROOT);
        money.setRoundingMode(RoundingMode.HALF_UP);
        integer.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** "$" for USD, "CA$" for CAD, "CHF " for CHF: a symbol ending in a letter is followed by a space. */
    static String symbol(Currency currency) {
        String symbol = currency.getSymbol(Locale.US);
        return Character.isLetter(symbol.charAt(symbol.length() - 1)) ? symbol + " " : symbol;
    }

    /** The spreadsheet number format showing money as this class does. */
    String spreadsheetMoneyFormat() {
        String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        return symbol.isEmpty() ? number : "\"" + symbol.replace("\"", "") + "\"" + number;
    }

    String display(Column.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case INTEGER -> integer.format(decimal(value));
            case MONEY -> money(decimal(value));
            case PERCENT -> percent((Number) value);
            case DATE -> ((LocalDate) value).toString();
            case DATE_TIME -> DATE_TIME.format(localDateTime(value));
        };
    }

    /** "Generated 2026-12-07 12:40 EST": when the report was made, in its zone. */
    String generated(Instant at) {
        return "Generated " + GENERATED.format(at.atZone(zone));
    }

    String money(BigDecimal amount) {
        String text = money.format(amount.abs());
        return amount.signum() < 0 ? "-" + symbol + text : symbol + text;
    }

    /** A fraction as a percentage with one decimal: 0.5 is "50.0%". */
    static String percent(Number fraction) {
        return decimal(fraction)
                        .movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }

    /** A date-time value (Instant, LocalDateTime, ZonedDateTime, OffsetDateTime) as a wall time in the zone. */
    LocalDateTime localDateTime(Object value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        } else if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).toLocalDateTime();
        } else if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return new BigDecimal(value.toString());
    }
}
