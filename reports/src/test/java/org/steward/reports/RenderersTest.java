package org.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RenderersTest {

    static Table donors(int count) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("Zoë Łukasiewicz-Øster", new BigDecimal("1234.50"), LocalDate.of(2026, 3, 1), 3));
        rows.add(Arrays.asList("Иван Петров", new BigDecimal("0.10"), null, 1));
        for (int i = 0; i < count; i++) {
            rows.add(Arrays.asList("Donor " + i, new BigDecimal("10.01"), LocalDate.of(2026, 1, 1), i));
        }
        return new Table(
                "Top donors",
                "Fiscal year 2026",
                List.of(Column.text("Name"), Column.money("Total"), Column.date("Last gift"), Column.integer("Gifts")),
                rows);
    }

    @Test
    void excelHoldsExactValuesWithFormats() throws Exception {
        var out = new ByteArrayOutputStream();
        new ExcelRenderer().render(donors(500), out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Top donors");
            var formatter = new DataFormatter();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Top donors");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Total");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Zoë Łukasiewicz-Øster");
            assertThat(formatter.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo("1,234.50");
            assertThat(formatter.formatCellValue(sheet.getRow(5).getCell(1))).isEqualTo("0.10");
            assertThat(sheet.getRow(4).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(formatter.formatCellValue(sheet.getRow(5).getCell(2))).isEmpty();
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 2 + 500);
        }
    }

    @Test
    void pdfPrintsEveryNameInItsOwnScript() throws Exception {
        var out = new ByteArrayOutputStream();
        new PdfRenderer().render(donors(300), out);

        var reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first)
                .contains(
                        "Top donors",
                        "Fiscal year 2026",
                        "Zoë Łukasiewicz-Øster",
                        "Иван Петров",
                        "1,234.50",
                        "2026-03-01");
        String second = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(second).contains("Name", "Total");
    }

    @Test
    void textThatCouldPassForAFormulaStaysTextAndIsQuotePrefixed() throws Exception {
        List<Object> evil = Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "+1 613 555 0100", "-2+3", "@SUM(A1)");
        List<Object> plain = Arrays.asList("Ada", "a=b", "", "O'Neil");
        var table = new Table(
                "Injection",
                null,
                List.of(Column.text("A"), Column.text("B"), Column.text("C"), Column.text("D")),
                List.of(evil, plain));
        var out = new ByteArrayOutputStream();
        new ExcelRenderer().render(table, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var row = sheet.getRow(3);
            for (int c = 0; c < 4; c++) {
                var cell = row.getCell(c);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(evil.get(c));
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("cell %d quote-prefixed", c)
                        .isTrue();
            }
            var ok = sheet.getRow(4);
            assertThat(ok.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(ok.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
        assertThat(FormulaSafeText.looksLikeFormula("\tcmd")).isTrue();
        assertThat(FormulaSafeText.looksLikeFormula("Smith")).isFalse();
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        var table = new Table("Bad", null, List.of(Column.text("A"), Column.text("B")), List.of(List.of("only one")));

        assertThatThrownBy(() -> new ExcelRenderer().render(table, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sheetNamesAreMadeSafe() {
        assertThat(ExcelRenderer.safeSheetName("LYBUNT: 2025/2026 [draft]")).isEqualTo("LYBUNT  2025 2026  draft");
        assertThat(ExcelRenderer.safeSheetName("a".repeat(40))).hasSize(31);
    }
}
