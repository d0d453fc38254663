package org.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportExcelRendererTest {

    static XSSFWorkbook render(ReportDocument report) throws IOException {
        var out = new ByteArrayOutputStream();
        new ReportExcelRenderer().render(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The row whose first cell reads {@code text}. */
    static Row rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("No row starts with " + text);
    }

    @Test
    void theTableIsFrozenUnderAShortTitleAndTheExplanationsHaveTheirOwnSheet() throws Exception {
        try (var workbook = render(ReportFixtures.lybunt(50, null))) {
            XSSFSheet sheet = workbook.getSheet("LYBUNT");
            var formatter = new DataFormatter();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(1)).isEqualTo(ReportExcelRenderer.ABOUT);
            XSSFSheet about = workbook.getSheet(ReportExcelRenderer.ABOUT);
            assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LYBUNT");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LYBUNT");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Gave last year but unfortunately not this year");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Generated 2025-07-01 12:45 EDT");
            assertThat(rowStarting(about, "As of").getCell(1).getStringCellValue())
                    .isEqualTo("30 June 2025");
            assertThat(rowStarting(about, "Credit").getCell(1).getStringCellValue())
                    .isEqualTo("Hard credit (the gift's donor)");
            assertThat(rowStarting(about, "Currency").getCell(1).getStringCellValue())
                    .isEqualTo("USD");
            assertThat(rowStarting(about, "Definition").getCell(1).getStringCellValue())
                    .startsWith("Donors with at least one counted gift in the previous year and none this year.\n")
                    .contains("pledges themselves are not gifts.");
            assertThat(rowStarting(about, "Retention 2025").getCell(1).getStringCellValue())
                    .isEqualTo("1 of 2 donors (50.0%)");

            Row header = rowStarting(sheet, "Donor");
            int h = header.getRowNum();
            // only the title lines stay frozen above the header: the explanations are on their own sheet
            assertThat(h).isEqualTo(5);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Parameters, definition and key figures: sheet \"About this report\"");
            assertThat(IntStream.range(0, 8).mapToObj(c -> header.getCell(c).getStringCellValue()))
                    .containsExactly(
                            "Donor",
                            "City",
                            "Gifts",
                            "Previous year",
                            "Largest gift",
                            "Last gift",
                            "Share",
                            "Recorded");
            var pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (h + 1));
            assertThat(pane.getVerticalSplitPosition()).isZero();
            // the filter covers the header and every data row, not the totals row
            int lastData = h + 3 + 50;
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A" + (h + 1) + ":H" + (lastData + 1));

            Row zoe = sheet.getRow(h + 1);
            assertThat(zoe.getCell(0).getStringCellValue()).isEqualTo("Zoë Łukasiewicz-Øster");
            assertThat(zoe.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(zoe.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(formatter.formatCellValue(zoe.getCell(2))).isEqualTo("3");
            assertThat(zoe.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(zoe.getCell(3).getNumericCellValue()).isEqualTo(1234.50);
            assertThat(zoe.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0.00");
            assertThat(formatter.formatCellValue(zoe.getCell(3))).isEqualTo("$1,234.50");
            assertThat(DateUtil.isCellDateFormatted(zoe.getCell(5))).isTrue();
            assertThat(zoe.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 15));
            assertThat(zoe.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(zoe.getCell(6).getNumericCellValue()).isEqualTo(0.5);
            assertThat(formatter.formatCellValue(zoe.getCell(6))).isEqualTo("50.0%");
            // 15:30 UTC is 10:30 in New York (EST in November), the report's zone
            assertThat(zoe.getCell(7).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 11, 15, 10, 30));
            Row ivan = sheet.getRow(h + 3);
            assertThat(ivan.getCell(0).getStringCellValue()).isEqualTo("Иван Петров");
            assertThat(formatter.formatCellValue(ivan.getCell(3))).isEqualTo("-$5.00");
            assertThat(ivan.getCell(1)).isNull();
            assertThat(sheet.getRow(h + 2).getCell(0).getStringCellValue()).isEqualTo("王小明");

            Row totals = sheet.getRow(lastData + 1);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(6);
            assertThat(formatter.formatCellValue(totals.getCell(3))).isEqualTo("$1,279.50");
            assertThat(formatter.formatCellValue(totals.getCell(6))).isEqualTo("100.0%");
            assertThat(workbook.getFontAt(totals.getCell(3).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(workbook.getFontAt(zoe.getCell(3).getCellStyle().getFontIndex())
                            .getBold())
                    .isFalse();
            assertThat(sheet.getLastRowNum()).isEqualTo(lastData + 1);
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("LYBUNT");
        }
    }

    @ParameterizedTest
    @EnumSource(Chart.Type.class)
    void aChartIsANativeExcelChartDrawnFromCells(Chart.Type type) throws Exception {
        try (var workbook = render(ReportFixtures.lybunt(5, ReportFixtures.giftRange(type)))) {
            XSSFSheet data = workbook.getSheet("Chart");
            assertThat(workbook.getSheetIndex(data)).isEqualTo(2);
            assertThat(data.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Donors");
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("[0, 100)");
            assertThat(data.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(data.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(1);

            List<XSSFChart> charts = data.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Gift range 2025");
            List<XDDFChartData> plotted = chart.getChartSeries();
            assertThat(plotted).hasSize(1);
            XDDFChartData plot = plotted.get(0);
            if (type == Chart.Type.LINE) {
                assertThat(plot).isInstanceOf(XDDFLineChartData.class);
            } else {
                assertThat(((XDDFBarChartData) plot).getBarDirection())
                        .isEqualTo(type == Chart.Type.BAR ? BarDirection.BAR : BarDirection.COL);
            }
            assertThat(plot.getSeriesCount()).isEqualTo(2);
            var gifts = plot.getSeries(1);
            assertThat(gifts.getCategoryData().getDataRangeReference()).isEqualTo("Chart!$A$2:$A$5");
            assertThat(gifts.getValuesData().getDataRangeReference()).isEqualTo("Chart!$C$2:$C$5");
            assertThat(gifts.getValuesData().getPointAt(0).doubleValue()).isEqualTo(3);
            assertThat(gifts.getCategoryData().getPointAt(3)).isEqualTo("10,000 and over");
        }
    }

    @Test
    void nothingInTheFileRunsAsAFormula() throws Exception {
        List<Object> evil = Arrays.asList(
                "=HYPERLINK(\"http://x\",\"y\")", "+1 613 555 0100", 1, BigDecimal.ONE, null, null, null, null);
        List<Object> plain = Arrays.asList("Ada", "a=b", 2, BigDecimal.TEN, null, null, null, null);
        var report = new ReportDocument(
                "=cmd|' /C calc'!A0",
                "@SUM(1)",
                List.of("-2+3 donors", "\tTabbed"),
                List.of(new ReportDocument.Parameter("+Label", "=1+1")),
                List.of(
                        Column.text("=Donor"),
                        Column.text("City"),
                        Column.integer("Gifts"),
                        Column.money("Total"),
                        Column.date("Last"),
                        Column.percent("Share"),
                        Column.text("Note"),
                        Column.dateTime("At")),
                List.of(evil, plain),
                Arrays.asList("@total", null, 3, new BigDecimal("11"), null, null, "-x", null),
                List.of(new ReportDocument.SummaryLine("=Donors", "-1")),
                new Chart(
                        "=Chart",
                        Chart.Type.COLUMN,
                        List.of("=A1", "B"),
                        List.of(new Chart.Series("+Series", List.of(BigDecimal.ONE, BigDecimal.TEN)))),
                "USD",
                ReportFixtures.GENERATED,
                ReportFixtures.ZONE);

        int neutralised = 0;
        try (var workbook = render(report)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && FormulaSafeText.looksLikeFormula(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as("%s!%s %s", sheet.getSheetName(), cell.getAddress(), cell.getStringCellValue())
                                    .isTrue();
                            neutralised++;
                        }
                    }
                }
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = rowStarting(sheet, "=Donor");
            assertThat(header.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            Row first = sheet.getRow(header.getRowNum() + 1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(evil.get(0));
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("+1 613 555 0100");
            Row second = sheet.getRow(header.getRowNum() + 2);
            assertThat(second.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(workbook.getSheet("Chart")
                            .getRow(1)
                            .getCell(0)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
        }
        // title (on the report's sheet and the explanations' sheet), subtitle, parameter label and value, definition,
        // key figure label and value, heading, two cells, two totals, chart category and series name
        assertThat(neutralised).isEqualTo(15);
    }

    @Test
    void rowsAreReadOnceAndNotHeld() throws Exception {
        int rows = 20_000;
        CountingRows source = new CountingRows(rows);
        var report = ReportFixtures.lybunt(source, null);
        try (var workbook = render(report)) {
            Sheet sheet = workbook.getSheetAt(0);
            int h = rowStarting(sheet, "Donor").getRowNum();
            assertThat(sheet.getLastRowNum()).isEqualTo(h + rows + 1);
            assertThat(sheet.getRow(h + rows).getCell(0).getStringCellValue())
                    .isEqualTo(String.format("Donor %05d", rows - 1));
        }
        assertThat(source.iterations).isEqualTo(1);
        // when row 15,000 is read, rows 1,000 to 1,999 (past the sample that sizes the columns, long out of the
        // writing window) are garbage
        assertThat(source.aliveAtCheck).isZero();
    }

    @Test
    void aValueOfTheWrongKindNamesItsColumn() {
        List<Object> row = new ArrayList<>(ReportFixtures.rows(0).get(0));
        row.set(3, "50.00");
        var report = ReportFixtures.lybunt(List.of(row), null);

        assertThatThrownBy(() -> render(report))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Previous year (MONEY) cannot hold a String");
    }

    @Test
    void moneyWithoutACurrencyIsRefused() {
        assertThatThrownBy(() -> new ReportDocument(
                        "R",
                        null,
                        null,
                        null,
                        List.of(Column.money("Total")),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        ReportFixtures.GENERATED,
                        ReportFixtures.ZONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency");
    }

    /**
     * Rows made as they are asked for, counting how often the source is iterated; when row 15,000 is asked for, how
     * many of rows 1,000 to 1,999 can still be reached.
     */
    static final class CountingRows implements Iterable<List<Object>> {
        final int count;
        final List<WeakReference<List<Object>>> watched = new ArrayList<>();
        int iterations;
        int aliveAtCheck = -1;

        CountingRows(int count) {
            this.count = count;
        }

        @Override
        public Iterator<List<Object>> iterator() {
            iterations++;
            return new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < count;
                }

                @Override
                public List<Object> next() {
                    if (i == 15_000) {
                        System.gc();
                        aliveAtCheck = (int)
                                watched.stream().filter(w -> w.get() != null).count();
                    }
                    List<Object> row = new ArrayList<>(ReportFixtures.rows(0).get(0));
                    row.set(0, String.format("Donor %05d", i));
                    if (i >= 1_000 && i < 2_000) {
                        watched.add(new WeakReference<>(row));
                    }
                    i++;
                    return row;
                }
            };
        }
    }
}
