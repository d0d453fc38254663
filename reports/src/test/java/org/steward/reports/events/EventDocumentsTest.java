package org.steward.reports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventDocumentsTest {

    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @Test
    void badgesComeEightToAnA4PageWithTheNameAndTheEvent() throws Exception {
        List<String> names = new ArrayList<>(List.of("Zoë Łukasiewicz-Øster", "Иван Петров", "Guest of Ada Lovelace"));
        IntStream.range(0, 14).forEach(i -> names.add("Person " + i));

        byte[] pdf = new BadgeRenderer().render(new BadgeSheet("Spring Gala", "Saturday 4 April 2026, 18:00", names));

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(3); // 17 badges, 8 a page
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        String first = text(reader, 1);
        assertThat(first.lines().map(String::strip)).contains("Zoë Łukasiewicz-Øster", "Иван Петров", "Person 4");
        assertThat(first.replaceAll("\\s+", " ")).contains("Guest of Ada Lovelace");
        assertThat(first).doesNotContain("Person 5 ");
        assertThat(count(first, "Spring Gala")).isEqualTo(8);
        assertThat(text(reader, 3)).contains("Person 13").contains("Spring Gala", "Saturday 4 April 2026, 18:00");
        assertThat(count(text(reader, 3), "Spring Gala")).isEqualTo(1);
    }

    @Test
    void aVeryLongNameStillPrintsWhole() throws Exception {
        String name = "Maximilian Alexander Konstantin von Hohenzollern-Sigmaringen";
        byte[] pdf = new BadgeRenderer().render(new BadgeSheet("Gala", "Today", List.of(name)));

        assertThat(text(new PdfReader(pdf), 1).replaceAll("\\s+", " "))
                .contains("Hohenzollern-Sigmaringen", "Maximilian");
    }

    @Test
    void noBadgesIsStillAPdf() throws Exception {
        byte[] pdf = new BadgeRenderer().render(new BadgeSheet("Gala", "Today", List.of()));

        assertThat(text(new PdfReader(pdf), 1)).contains("nobody holds a seat");
    }

    @Test
    void chineseNamesPrintWithAFallbackFont() throws Exception {
        assumeThat(Files.isReadable(CJK_FONT)).as("fonts-wqy-zenhei installed").isTrue();
        var renderer = new BadgeRenderer(List.of(CJK_FONT));

        byte[] pdf = renderer.render(new BadgeSheet("晚会 Gala", "2026-04-04", List.of("王小明", "Zoë")));

        String text = text(new PdfReader(pdf), 1);
        assertThat(text).contains("王小明", "Zoë", "晚会");
        byte[] sheet = new SignInSheetRenderer(List.of(CJK_FONT))
                .render(new SignInSheet("Gala", "2026-04-04", null, List.of(new SignInSheet.Row("王小明", "General", 1))));
        assertThat(text(new PdfReader(sheet), 1)).contains("王小明");
    }

    @Test
    void theSignInSheetRepeatsItsHeaderAndNumbersItsPages() throws Exception {
        List<SignInSheet.Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new SignInSheet.Row(String.format("Name%03d, Person", i), "General", 1 + i % 3));
        }
        byte[] pdf = new SignInSheetRenderer()
                .render(new SignInSheet("Spring Gala", "Saturday 4 April 2026, 18:00", "Main Hall", rows));

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        String first = text(reader, 1);
        assertThat(first).contains("Spring Gala", "Saturday 4 April 2026, 18:00", "Main Hall", "Name000, Person");
        assertThat(first).contains("Name", "Ticket type", "Party", "Signature", "Page 1 of " + pages);
        String last = text(reader, pages);
        assertThat(last).contains("Signature", "Name059, Person", "Page " + pages + " of " + pages);
        assertThat(first.indexOf("Name000")).isLessThan(first.indexOf("Name001"));
    }

    static String text(PdfReader reader, int page) throws Exception {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
