package org.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportPdfRendererTest {

    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    static PdfReader render(ReportPdfRenderer renderer, ReportDocument report) throws Exception {
        var out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return new PdfReader(out.toByteArray());
    }

    static String text(PdfReader reader, int page) throws Exception {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    @Test
    void aBoardReadsWhatTheReportIsHowItRanItsFiguresAndTheTable() throws Exception {
        PdfReader reader =
                render(new ReportPdfRenderer(), ReportFixtures.lybunt(40, ReportFixtures.giftRange(Chart.Type.BAR)));

        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        String first = text(reader, 1);
        assertThat(first)
                .contains(
                        "LYBUNT",
                        "Gave last year but unfortunately not this year",
                        "Generated 2025-07-01 12:45 EDT",
                        "Parameters",
                        "As of",
                        "30 June 2025",
                        "Calendar: this year 2025-01-01 to 2025-06-30, previous year 2024",
                        "Currency",
                        "USD",
                        "Definition",
                        "Donors with at least one counted gift in the previous year and none this year.",
                        "Key figures",
                        "Retention 2025",
                        "1 of 2 donors (50.0%)",
                        "Page 1 of " + pages);
        assertThat(first.replaceAll("\\s+", " ")).contains("pledges themselves are not gifts.");
        String all = allText(reader);
        assertThat(all)
                .contains(
                        "Zoë Łukasiewicz-Øster",
                        "Kraków",
                        "Иван Петров",
                        "$1,234.50",
                        "-$5.00",
                        "50.0%",
                        "2024-11-15 10:30",
                        "Donor 00039");
        String last = text(reader, pages);
        assertThat(last).contains("Total", "$1,279.50", "100.0%", "Page " + pages + " of " + pages);
        assertThat(last.indexOf("Donor 00039")).isLessThan(last.indexOf("Total"));
        assertThat(reader.getInfo().get("Title")).isEqualTo("LYBUNT");
    }

    @ParameterizedTest
    @EnumSource(Chart.Type.class)
    void theChartIsDrawnWithItsTitleLabelsAndLegend(Chart.Type type) throws Exception {
        PdfReader reader = render(new ReportPdfRenderer(), ReportFixtures.lybunt(0, ReportFixtures.giftRange(type)));

        String first = text(reader, 1);
        assertThat(first).contains("Gift range 2025", "[0, 100)", "[100, 1,000)", "10,000 and over", "Donors", "Gifts");
        // the value axis runs from 0 to 3 in steps of 1
        assertThat(first.lines().map(String::strip)).contains("0", "1", "2", "3");
        String all = allText(reader);
        assertThat(all.indexOf("Gift range 2025")).isLessThan(all.indexOf("Zoë Łukasiewicz-Øster"));
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndPrintsEachRowOnceInOrder() throws Exception {
        int rows = 3_000;
        PdfReader reader = render(new ReportPdfRenderer(), ReportFixtures.lybunt(rows, null));

        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(50);
        List<Integer> seen = new ArrayList<>();
        Pattern donor = Pattern.compile("Donor (\\d{5})");
        for (int page = 1; page <= pages; page++) {
            String text = text(reader, page);
            assertThat(text)
                    .as("page %d", page)
                    .contains("Previous year", "Largest gift", "Page " + page + " of " + pages);
            for (Matcher m = donor.matcher(text); m.find(); ) {
                seen.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(seen).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aReportWithoutRowsSaysSo() throws Exception {
        PdfReader reader = render(new ReportPdfRenderer(), ReportFixtures.lybunt(List.of(), null));

        assertThat(text(reader, 1)).contains("Donor", "No rows.", "Total", "Page 1 of 1");
    }

    @Test
    void chineseNamesPrintWithAFallbackFont() throws Exception {
        assumeThat(Files.isReadable(CJK_FONT)).as("fonts-wqy-zenhei installed").isTrue();
        Chart chart = new Chart(
                "Giving by city",
                Chart.Type.COLUMN,
                List.of("台北", "Kraków"),
                List.of(new Chart.Series("Raised", List.of(new BigDecimal("50.00"), new BigDecimal("1234.50")))),
                Column.Kind.MONEY);

        PdfReader reader = render(new ReportPdfRenderer(List.of(CJK_FONT)), ReportFixtures.lybunt(0, chart));

        String text = allText(reader);
        assertThat(text).contains("王小明", "台北", "Zoë Łukasiewicz-Øster", "Иван Петров", "Giving by city", "$1,234.50");
        // without a fallback font DejaVu Sans has no glyph for them: the characters are left out, the rest prints
        String plain = text(render(new ReportPdfRenderer(), ReportFixtures.lybunt(0, null)), 1);
        assertThat(plain).doesNotContain("王小明").contains("Zoë Łukasiewicz-Øster");
    }

    @Test
    void usLetterPortraitForANarrowReport() throws Exception {
        var report = new ReportDocument(
                "Giving by fund",
                null,
                List.of(),
                List.of(),
                List.of(Column.text("Fund"), Column.money("Raised")),
                List.of(List.of("General", new BigDecimal("10.00"))),
                null,
                List.of(),
                null,
                "CAD",
                ReportFixtures.GENERATED,
                ReportFixtures.ZONE);

        PdfReader reader = render(new ReportPdfRenderer(List.of(), ReportPdfRenderer.Paper.LETTER), report);

        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(612f);
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(792f);
        assertThat(text(reader, 1)).contains("CA$10.00").doesNotContain("Total");
    }

    static String allText(PdfReader reader) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(text(reader, page)).append('\n');
        }
        return all.toString();
    }
}
