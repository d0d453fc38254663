package org.steward.reports;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} with OpenPDF's own vector operations into a template: horizontal bars, vertical columns or
 * lines, a value axis with round ticks and grid lines, category labels, a value label on each bar when there is
 * room, and a legend when there is more than one series. Text is set like every other text of Steward's PDFs
 * (DejaVu Sans, fallback fonts for characters it lacks), so it is searchable and prints the same names.
 */
final class PdfChart {

    private static final Color AXIS = new Color(0x59, 0x59, 0x59);
    private static final Color GRID = new Color(0xd9, 0xd9, 0xd9);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final float LABEL = 7.5f;

    private final Chart chart;
    private final ReportFormats formats;
    private final List<BaseFont> fallbacks;
    private final Font labelFont = new Font(PdfFonts.REGULAR, LABEL, Font.NORMAL, TEXT);
    private final Font valueFont = new Font(PdfFonts.REGULAR, 7, Font.NORMAL, TEXT);

    PdfChart(Chart chart, ReportFormats formats, List<BaseFont> fallbacks) {
        this.chart = chart;
        this.formats = formats;
        this.fallbacks = fallbacks;
    }

    /** The height that shows the chart's categories comfortably at this width. */
    static float preferredHeight(Chart chart) {
        int n = Math.max(1, chart.categories().size());
        float legend = chart.series().size() > 1 ? 18 : 0;
        if (chart.type() == Chart.Type.BAR) {
            float perCategory = Math.max(14, 8 + 7 * chart.series().size());
            return Math.min(420, 50 + legend + n * perCategory);
        }
        return 230 + legend;
    }

    PdfTemplate draw(PdfContentByte canvas, float width, float height) {
        PdfTemplate t = canvas.createTemplate(width, height);
        float top = height - 4;
        text(t, chart.title(), new Font(PdfFonts.BOLD, 10.5f, Font.NORMAL, TEXT), Element.ALIGN_LEFT, 0, top - 10);
        top -= 22;
        float bottom = 2;
        if (chart.series().size() > 1) {
            legend(t, width, bottom + 4);
            bottom += 18;
        }
        Scale scale = Scale.of(chart.series());
        if (chart.categories().isEmpty()) {
            text(t, "No data", labelFont, Element.ALIGN_CENTER, width / 2, (top + bottom) / 2);
            return t;
        }
        if (chart.type() == Chart.Type.BAR) {
            bars(t, scale, width, top, bottom);
        } else {
            columnsOrLines(t, scale, width, top, bottom);
        }
        return t;
    }

    /** Horizontal bars: categories down the left, first on top; values along the bottom. */
    private void bars(PdfTemplate t, Scale scale, float width, float top, float bottom) {
        List<String> categories = chart.categories();
        float labelWidth = 0;
        for (String category : categories) {
            labelWidth = Math.max(labelWidth, width(category, labelFont));
        }
        labelWidth = Math.min(labelWidth, width * 0.32f);
        float left = labelWidth + 8;
        float right = width - Math.max(12, width(tick(scale.max, scale.step), labelFont) / 2 + 4);
        float plotBottom = bottom + 14;
        // room on the right for the value labels beyond the longest bar
        float valueRoom = 0;
        if (labelsFit()) {
            for (Chart.Series s : chart.series()) {
                for (BigDecimal v : s.values()) {
                    valueRoom = Math.max(valueRoom, width(value(v), valueFont));
                }
            }
            right = Math.min(right, width - valueRoom - 6);
        }
        float plotWidth = right - left;

        for (BigDecimal tick = scale.min; tick.compareTo(scale.max) <= 0; tick = tick.add(scale.step)) {
            float x = left + scale.position(tick) * plotWidth;
            line(t, GRID, 0.5f, x, plotBottom, x, top);
            text(t, tick(tick, scale.step), labelFont, Element.ALIGN_CENTER, x, plotBottom - 10);
        }
        float zero = left + scale.position(BigDecimal.ZERO) * plotWidth;
        line(t, AXIS, 0.75f, zero, plotBottom, zero, top);

        int n = categories.size();
        int seriesCount = chart.series().size();
        float band = (top - plotBottom) / n;
        float barsHeight = band * 0.72f;
        float barHeight = barsHeight / seriesCount;
        for (int i = 0; i < n; i++) {
            float bandTop = top - i * band;
            float centre = bandTop - band / 2;
            text(
                    t,
                    fit(categories.get(i), labelFont, labelWidth),
                    labelFont,
                    Element.ALIGN_RIGHT,
                    left - 5,
                    centre - 2.5f);
            for (int s = 0; s < seriesCount; s++) {
                BigDecimal v = chart.series().get(s).values().get(i);
                float x = left + scale.position(v) * plotWidth;
                float y = bandTop - (band - barsHeight) / 2 - (s + 1) * barHeight;
                rectangle(t, colour(s), Math.min(zero, x), y, Math.abs(x - zero), barHeight * 0.92f);
                if (labelsFit()) {
                    boolean negative = v.signum() < 0;
                    text(
                            t,
                            value(v),
                            valueFont,
                            negative ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                            negative ? x - 3 : x + 3,
                            y + barHeight * 0.46f - 2.3f);
                }
            }
        }
    }

    /** Vertical columns or lines: categories along the bottom, values up the left. */
    private void columnsOrLines(PdfTemplate t, Scale scale, float width, float top, float bottom) {
        List<String> categories = chart.categories();
        float tickWidth = 0;
        for (BigDecimal tick = scale.min; tick.compareTo(scale.max) <= 0; tick = tick.add(scale.step)) {
            tickWidth = Math.max(tickWidth, width(tick(tick, scale.step), labelFont));
        }
        float left = tickWidth + 8;
        float right = width - 6;
        float plotBottom = bottom + 16;
        float plotTop = top - (labelsFit() && chart.type() == Chart.Type.COLUMN ? 10 : 0);
        float plotHeight = plotTop - plotBottom;
        for (BigDecimal tick = scale.min; tick.compareTo(scale.max) <= 0; tick = tick.add(scale.step)) {
            float y = plotBottom + scale.position(tick) * plotHeight;
            line(t, GRID, 0.5f, left, y, right, y);
            text(t, tick(tick, scale.step), labelFont, Element.ALIGN_RIGHT, left - 4, y - 2.5f);
        }
        float zero = plotBottom + scale.position(BigDecimal.ZERO) * plotHeight;
        line(t, AXIS, 0.75f, left, zero, right, zero);

        int n = categories.size();
        int seriesCount = chart.series().size();
        float band = (right - left) / n;
        // label every k-th category when they do not all fit side by side
        float widest = 0;
        for (String category : categories) {
            widest = Math.max(widest, width(category, labelFont));
        }
        int every = chart.type() == Chart.Type.LINE ? Math.max(1, (int) Math.ceil((widest + 6) / band)) : 1;
        for (int i = 0; i < n; i += every) {
            float centre = left + (i + 0.5f) * band;
            String label = fit(categories.get(i), labelFont, every * band - 4);
            text(t, label, labelFont, Element.ALIGN_CENTER, centre, plotBottom - 11);
        }
        if (chart.type() == Chart.Type.COLUMN) {
            float columnsWidth = band * 0.72f;
            float columnWidth = columnsWidth / seriesCount;
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < seriesCount; s++) {
                    BigDecimal v = chart.series().get(s).values().get(i);
                    float x = left + i * band + (band - columnsWidth) / 2 + s * columnWidth;
                    float y = plotBottom + scale.position(v) * plotHeight;
                    rectangle(t, colour(s), x, Math.min(zero, y), columnWidth * 0.92f, Math.abs(y - zero));
                    String label = value(v);
                    if (labelsFit() && width(label, valueFont) <= columnWidth + 4) {
                        float ly = v.signum() < 0 ? y - 9 : y + 3;
                        text(t, label, valueFont, Element.ALIGN_CENTER, x + columnWidth * 0.46f, ly);
                    }
                }
            }
        } else {
            for (int s = 0; s < seriesCount; s++) {
                List<BigDecimal> values = chart.series().get(s).values();
                t.saveState();
                t.setColorStroke(colour(s));
                t.setLineWidth(1.6f);
                t.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
                for (int i = 0; i < n; i++) {
                    float x = left + (i + 0.5f) * band;
                    float y = plotBottom + scale.position(values.get(i)) * plotHeight;
                    if (i == 0) {
                        t.moveTo(x, y);
                    } else {
                        t.lineTo(x, y);
                    }
                }
                t.stroke();
                if (n <= 60) {
                    t.setColorFill(colour(s));
                    for (int i = 0; i < n; i++) {
                        t.circle(left + (i + 0.5f) * band, plotBottom + scale.position(values.get(i)) * plotHeight, 2);
                        t.fill();
                    }
                }
                t.restoreState();
            }
        }
    }

    private void legend(PdfTemplate t, float width, float y) {
        float total = 0;
        for (Chart.Series s : chart.series()) {
            total += 12 + width(s.name(), labelFont) + 14;
        }
        float x = Math.max(0, (width - total) / 2);
        for (int s = 0; s < chart.series().size(); s++) {
            rectangle(t, colour(s), x, y, 8, 8);
            String name = chart.series().get(s).name();
            text(t, name, labelFont, Element.ALIGN_LEFT, x + 12, y + 1);
            x += 12 + width(name, labelFont) + 14;
        }
    }

    /** Value labels on bars when there are few enough of them to read. */
    private boolean labelsFit() {
        return chart.categories().size() * chart.series().size() <= 40;
    }

    private String value(BigDecimal v) {
        return chart.valueKind() == null
                ? v.stripTrailingZeros().toPlainString()
                : formats.display(chart.valueKind(), v);
    }

    private String tick(BigDecimal tick, BigDecimal step) {
        if (chart.valueKind() == Column.Kind.PERCENT) {
            int decimals =
                    Math.max(0, step.movePointRight(2).stripTrailingZeros().scale());
            return tick.movePointRight(2)
                            .setScale(decimals, RoundingMode.HALF_UP)
                            .toPlainString() + "%";
        }
        int decimals = Math.max(0, step.stripTrailingZeros().scale());
        BigDecimal rounded = tick.setScale(decimals, RoundingMode.HALF_UP);
        if (chart.valueKind() == Column.Kind.MONEY) {
            String money = formats.money(rounded);
            int point = money.lastIndexOf('.');
            return decimals == 0 && point >= 0 ? money.substring(0, point) : money; // "$1,000" on the axis
        }
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(rounded);
    }

    private static Color colour(int series) {
        return new Color(
                Integer.parseInt(ReportExcelRenderer.PALETTE[series % ReportExcelRenderer.PALETTE.length], 16));
    }

    private float width(String text, Font font) {
        return ColumnText.getWidth(PdfFonts.phrase(text, font, fallbacks));
    }

    /** {@code text}, cut with an ellipsis to {@code max} points wide. */
    private String fit(String text, Font font, float max) {
        if (width(text, font) <= max) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(cut + "…", font) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private void text(PdfTemplate t, String text, Font font, int alignment, float x, float y) {
        Phrase phrase = PdfFonts.phrase(text, font, fallbacks);
        ColumnText.showTextAligned(t, alignment, phrase, x, y, 0);
    }

    private static void line(PdfTemplate t, Color colour, float lineWidth, float x1, float y1, float x2, float y2) {
        t.saveState();
        t.setColorStroke(colour);
        t.setLineWidth(lineWidth);
        t.moveTo(x1, y1);
        t.lineTo(x2, y2);
        t.stroke();
        t.restoreState();
    }

    private static void rectangle(PdfTemplate t, Color colour, float x, float y, float w, float h) {
        t.saveState();
        t.setColorFill(colour);
        t.rectangle(x, y, w, h);
        t.fill();
        t.restoreState();
    }

    /** The value axis: from a round minimum (zero or below) to a round maximum, in about five round steps. */
    record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {

        static Scale of(List<Chart.Series> series) {
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = BigDecimal.ZERO;
            for (Chart.Series s : series) {
                for (BigDecimal v : s.values()) {
                    low = low.min(v);
                    high = high.max(v);
                }
            }
            if (low.compareTo(high) == 0) {
                high = low.add(BigDecimal.ONE);
            }
            BigDecimal step = niceStep(high.subtract(low).doubleValue() / 5);
            BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
            return new Scale(min, max, step);
        }

        /** 1, 2 or 5 times a power of ten, the nearest above {@code rough}. */
        static BigDecimal niceStep(double rough) {
            int exponent = (int) Math.floor(Math.log10(rough));
            double fraction = rough / Math.pow(10, exponent);
            int nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
            return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
        }

        /** Where {@code value} lies between min (0) and max (1). */
        float position(BigDecimal value) {
            return (float)
                    (value.subtract(min).doubleValue() / max.subtract(min).doubleValue());
        }
    }
}
