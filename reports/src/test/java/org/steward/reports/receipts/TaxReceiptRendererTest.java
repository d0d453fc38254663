package org.steward.reports.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.reports.receipts.ReceiptFixtures.aReceipt;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxReceiptRendererTest {

    private final TaxReceiptRenderer renderer = new TaxReceiptRenderer();

    @Test
    void printsTheReceiptsFactsAsTextAReaderCanFind() throws Exception {
        byte[] pdf = renderer.render(aReceipt().build(), Locale.CANADA);

        var reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = text(reader);
        assertThat(text)
                .contains(
                        "Harbour Lights Food Bank",
                        "400 Wellington Street, Suite 12",
                        "10810 8899 RR0001",
                        "Official Receipt for Income Tax Purposes",
                        "2026-000042",
                        "Tax year 2026",
                        "Zoë Ångström",
                        "Montréal QC",
                        "Gala dinner ticket",
                        "$1,234.50",
                        "$75.00",
                        "$1,159.50",
                        "Margaret O'Connor",
                        "Treasurer",
                        "Official receipt for income tax purposes. No goods or services",
                        "Please keep this receipt with your tax records.")
                .doesNotContain("DUPLICATE COPY", "VOID", "replaces");
        assertThat(reader.getInfo().get("Title")).isEqualTo("Receipt 2026-000042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Ångström", "Łukasz Żółć", "Дмитрий Иванов", "Ελένη Παπαδοπούλου"})
    void printsNamesInTheirOwnScript(String name) throws Exception {
        ReceiptDocument receipt = aReceipt().donor(name).build();
        byte[] pdf = renderer.render(receipt, Locale.CANADA);

        assertThat(text(new PdfReader(pdf))).contains(name);
        assertThat(renderer.missingCharacters(receipt)).isEmpty();
    }

    @Test
    void aChineseNameDoesNotBreakTheReceiptButIsReportedAsUnprintable() throws Exception {
        ReceiptDocument receipt = aReceipt().donor("王小明 (Wang Xiaoming)").build();

        byte[] pdf = renderer.render(receipt, Locale.CANADA);

        String text = text(new PdfReader(pdf));
        assertThat(text).contains("(Wang Xiaoming)", "2026-000042", "$1,234.50");
        assertThat(renderer.missingCharacters(receipt)).isEqualTo("王小明");
    }

    /**
     * Debian's fonts-wqy-zenhei, which .ci/run installs where it is missing; another CJK font can be named with
     * {@code -Dsteward.test.cjk-font=/path/to/font.ttc}.
     */
    private static final Path CJK_FONT =
            Path.of(System.getProperty("steward.test.cjk-font", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    @Test
    void withAFallbackFontAChineseNamePrintsAsWrittenAndNothingIsReportedMissing() throws Exception {
        assertThat(CJK_FONT)
                .as("a CJK font for this test: apt-get install fonts-wqy-zenhei (.ci/run does), or"
                        + " -Dsteward.test.cjk-font=<file>")
                .isReadable();
        TaxReceiptRenderer withFallback = new TaxReceiptRenderer(List.of(CJK_FONT));
        ReceiptDocument receipt = aReceipt().donor("王小明 (Wang Xiaoming)").build();

        byte[] pdf = withFallback.render(receipt, Locale.CANADA);

        PdfReader reader = new PdfReader(pdf);
        assertThat(text(reader)).contains("王小明", "(Wang Xiaoming)", "2026-000042");
        assertThat(withFallback.missingCharacters(receipt)).isEmpty();
        Set<String> fonts = fontNames(reader);
        assertThat(fonts).as("fonts in the file").anyMatch(name -> name.contains("DejaVuSans"));
        assertThat(fonts).as("fonts in the file").anyMatch(name -> !name.contains("DejaVuSans"));
        assertThat(fonts)
                .as("every font is an embedded subset")
                .allMatch(name -> name.matches("[A-Z]{6}\\+.* embedded"));
        // the shipped font still sets what it can: a receipt without CJK holds only DejaVu
        Set<String> latinOnly =
                fontNames(new PdfReader(withFallback.render(aReceipt().build(), Locale.CANADA)));
        assertThat(latinOnly).allMatch(name -> name.contains("DejaVuSans"));
    }

    @Test
    void aFallbackFontThatIsNotThereIsRefusedAtOnce() {
        assertThatThrownBy(() -> new TaxReceiptRenderer(List.of(Path.of("/nonexistent/font.ttf"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/nonexistent/font.ttf");
    }

    @Test
    void aReprintSaysDuplicateCopy() throws Exception {
        byte[] pdf = renderer.render(aReceipt().duplicateCopy().build(), Locale.CANADA);

        String text = text(new PdfReader(pdf));
        assertThat(text).contains("DUPLICATE COPY").doesNotContain("VOID");
    }

    @Test
    void aVoidedReceiptSaysVoidOnEveryPage() throws Exception {
        byte[] pdf =
                renderer.render(aReceipt().monthlyGifts(120, "10.00").voided().build(), Locale.CANADA);

        var reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(page)).contains("VOID");
        }
    }

    @Test
    void aReplacementNamesTheReceiptItReplaces() throws Exception {
        byte[] pdf = renderer.render(
                aReceipt().serial("2026-000107").replaces("2026-000042").build(), Locale.CANADA);

        assertThat(text(new PdfReader(pdf))).contains("2026-000107", "Cancels and replaces receipt no. 2026-000042");
    }

    @Test
    void anAnnualReceiptOf300GiftsRunsOverPagesWithTheHeaderRepeatedAndEveryGiftListed() throws Exception {
        ReceiptDocument receipt = aReceipt().monthlyGifts(300, "25.00").build();

        byte[] pdf = renderer.render(receipt, Locale.CANADA);

        var reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThanOrEqualTo(5);
        var all = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            String text = new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
            assertThat(text).as("page %d", page).contains("Date", "Description", "Eligible amount", "2026-000042");
            all.append(text).append('\n');
        }
        for (int i = 1; i <= 300; i++) {
            assertThat(all).contains("Monthly gift #%03d".formatted(i));
        }
        assertThat(all).contains("Total of 300 gifts", "$7,500.00");
        String last = new PdfTextExtractor(reader).getTextFromPage(pages);
        assertThat(last).contains("Margaret O'Connor", "Please keep this receipt with your tax records.");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws Exception {
        byte[] pdf = renderer.render(
                aReceipt().donor("Дмитрий Иванов").duplicateCopy().build(), Locale.CANADA);

        var reader = new PdfReader(pdf);
        Set<String> fonts = new TreeSet<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            collectFonts(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts);
        }
        assertThat(fonts).isNotEmpty().allMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans(-Bold)? embedded"));
        assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans-Bold"));
    }

    @Test
    void amountsFollowTheCurrencyAndLocale() throws Exception {
        String usd =
                text(new PdfReader(renderer.render(aReceipt().currency("USD").build(), Locale.US)));
        assertThat(usd).contains("$1,234.50", "Mar 14, 2026");
        String cadForAnAmerican = text(new PdfReader(renderer.render(aReceipt().build(), Locale.US)));
        assertThat(cadForAnAmerican).contains("CA$1,234.50");
        String gbp =
                text(new PdfReader(renderer.render(aReceipt().currency("GBP").build(), Locale.UK)));
        assertThat(gbp).contains("£1,234.50");
        String eur =
                text(new PdfReader(renderer.render(aReceipt().currency("EUR").build(), Locale.GERMANY)));
        assertThat(eur).contains("1.234,50");
    }

    @Test
    void paperIsLetterInNorthAmericaAndA4Elsewhere() throws Exception {
        var letter = new PdfReader(renderer.render(aReceipt().build(), Locale.CANADA)).getPageSize(1);
        var a4 = new PdfReader(renderer.render(aReceipt().currency("GBP").build(), Locale.UK)).getPageSize(1);
        assertThat(letter.getWidth()).isEqualTo(612f);
        assertThat(a4.getWidth()).isEqualTo(595f);
    }

    @Test
    void printsALogoWhenTheOrganizationHasOne() throws Exception {
        var image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x3a, 0x5f));
        g.fillRect(0, 0, 300, 100);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        byte[] pdf = renderer.render(
                aReceipt()
                        .organization(ReceiptFixtures.template(png.toByteArray()))
                        .build(),
                Locale.CANADA);

        var reader = new PdfReader(pdf);
        PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        assertThat(xobjects.getKeys().stream()
                        .map(k -> (PdfDictionary) PdfReader.getPdfObject(xobjects.get(k)))
                        .filter(x -> PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE))))
                .hasSize(1);
    }

    @Test
    void writesToAStreamTheCallerKeepsOpen() {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        renderer.render(aReceipt().build(), Locale.CANADA, out);

        assertThat(out.closed).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void oneRendererServesSeveralThreadsAtOnce() throws Exception {
        List<String> names = List.of("Zoë Ångström", "Łukasz Żółć", "Дмитрий Иванов", "Ελένη Παπαδοπούλου");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new ArrayList<java.util.concurrent.Future<String>>();
            for (int round = 0; round < 2; round++) {
                for (String name : names) {
                    results.add(pool.submit(() -> text(new PdfReader(renderer.render(
                            aReceipt().donor(name).monthlyGifts(80, "5.00").build(), Locale.CANADA)))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains(names.get(i % names.size()), "Total of 80 gifts", "$400.00");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesTotalsThatAreNotTheSumOfTheGifts() {
        ReceiptDocument good = aReceipt().build();
        assertThatThrownBy(() -> new ReceiptDocument(
                        good.organization(),
                        good.serialNumber(),
                        good.issuedOn(),
                        good.receiptYear(),
                        good.donor(),
                        good.gifts(),
                        new BigDecimal("1234.51"),
                        good.totalEligibleAmount(),
                        "CAD",
                        false,
                        false,
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("totalAmount");
        assertThatThrownBy(() -> new ReceiptGift(
                        LocalDate.of(2026, 1, 1), "x", new BigDecimal("10"), new BigDecimal("11"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void legalWordingKeepsItsParagraphs() {
        assertThat(TaxReceiptRenderer.paragraphs("One\nstill one\n\n  Two  \n\n\nThree\n"))
                .containsExactly("One\nstill one", "Two", "Three");
    }

    /** All pages' text, each run of white space (a line wrapped in a cell, say) as one space. */
    private static String text(PdfReader reader) throws Exception {
        var all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    private static Set<String> fontNames(PdfReader reader) {
        Set<String> fonts = new TreeSet<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            collectFonts(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts);
        }
        return fonts;
    }

    /** Each font in these resources (and in their form XObjects) as "NAME embedded" or "NAME not-embedded". */
    private static void collectFonts(PdfDictionary resources, Set<String> into) {
        if (resources == null) {
            return;
        }
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
                PdfDictionary descriptorHolder = font;
                if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                    PdfArray descendants = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
                    descriptorHolder = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
                }
                PdfDictionary descriptor =
                        (PdfDictionary) PdfReader.getPdfObject(descriptorHolder.get(PdfName.FONTDESCRIPTOR));
                boolean embedded = descriptor != null
                        && (descriptor.get(PdfName.FONTFILE2) != null
                                || descriptor.get(PdfName.FONTFILE) != null
                                || descriptor.get(PdfName.FONTFILE3) != null);
                into.add(font.getAsName(PdfName.BASEFONT).toString().substring(1)
                        + (embedded ? " embedded" : " not-embedded"));
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            List<PdfName> keys = new ArrayList<>(xobjects.getKeys());
            for (PdfName key : keys) {
                PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
                if (PdfName.FORM.equals(x.getAsName(PdfName.SUBTYPE))) {
                    collectFonts(x.getAsDict(PdfName.RESOURCES), into);
                }
            }
        }
    }
}
