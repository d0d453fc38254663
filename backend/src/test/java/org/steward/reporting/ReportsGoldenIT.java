package org.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.steward.support.Api;
import org.steward.support.TestDatabase;
import org.steward.support.TestUsers;

/**
 * The golden example, reproduced exactly through the API on a database of its own (so every total is the
 * example's): calendar years, asOf 2025-06-30, hard credit. A 2024-03-01 $100 and 2025-02-01 $150; B 2024-11-15
 * $50; C 2022-05-01 $500; D 2025-04-01 $20; E 2023-07-01 $30 and 2025-05-01 $40; F 2024-08-01 $200 refunded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsGoldenIT {

    static final String AS_OF = "asOf=2025-06-30&yearBasis=CALENDAR&creditBasis=HARD";

    EmbeddedServer server;
    Api admin;
    final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        String url = TestDatabase.fresh("golden");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", url), "test");
        admin = TestUsers.admin(Api.of(server, server.getApplicationContext().getBean(JsonMapper.class)));
        for (String name : List.of("A", "B", "C", "D", "E", "F")) {
            ids.put(
                    name,
                    created(admin.post(
                            "/api/constituents",
                            Map.of("type", "INDIVIDUAL", "firstName", name, "lastName", "Golden"))));
        }
        gift("A", "100.00", "2024-03-01");
        gift("A", "150.00", "2025-02-01");
        gift("B", "50.00", "2024-11-15");
        gift("C", "500.00", "2022-05-01");
        gift("D", "20.00", "2025-04-01");
        gift("E", "30.00", "2023-07-01");
        gift("E", "40.00", "2025-05-01");
        String f = gift("F", "200.00", "2024-08-01");
        assertThat(admin.post("/api/gifts/" + f + "/refund", Map.of("reason", "returned"))
                        .status())
                .isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @Test
    void donorListsAreExactlyTheExamplesDonors() {
        assertThat(donors("lybunt")).containsExactly("B Golden");
        assertThat(donors("sybunt")).containsExactly("C Golden");
        assertThat(donors("sybunt-incl-ly")).containsExactlyInAnyOrder("B Golden", "C Golden");
        assertThat(donors("new-donors")).containsExactly("D Golden");
        assertThat(donors("recaptured-donors")).containsExactly("E Golden");
    }

    @Test
    void retentionIsOneOfTwoWithItsNumeratorAndDenominator() {
        Map<String, Object> r = report("retention", "");
        Map<String, Object> summary = summary(r);
        assertThat(summary).containsEntry("Donors in 2024", 2).containsEntry("Retained in 2025", 1);
        assertThat(summary.get("Donor retention")).isEqualTo("0.5000");
        assertThat(summary).containsEntry("New donors in 2025", 1).containsEntry("Recaptured donors in 2025", 1);
        assertThat(rows(r).stream().map(row -> row.get("name") + ":" + row.get("status")))
                .containsExactly("A Golden:Retained", "B Golden:Lapsed");
    }

    @Test
    void fepGainsMinusLossesEqualTheChangeInTotal() {
        Map<String, Object> r = report("fep-gain-loss", "");
        Map<String, String> change = rows(r).stream()
                .collect(Collectors.toMap(row -> (String) row.get("category"), row -> (String) row.get("change")));
        assertThat(change)
                .containsEntry("New", "20.00")
                .containsEntry("Recaptured", "40.00")
                .containsEntry("Upgraded", "50.00")
                .containsEntry("Same", "0.00")
                .containsEntry("Downgraded", "0.00")
                .containsEntry("Lapsed", "-50.00");
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) r.get("totals");
        assertThat(totals)
                .containsEntry("change", "60.00")
                .containsEntry("thisYear", "210.00")
                .containsEntry("previousYear", "150.00");
    }

    @Test
    void giftRangeBandsAreLowerInclusive() {
        Map<String, Object> r = report("gift-range", "&bands=0,100,1000");
        Map<String, String> bands = new HashMap<>();
        for (Map<String, Object> row : rows(r)) {
            bands.put(row.get("from") + "-" + row.get("below"), row.get("donors") + " " + row.get("amount"));
        }
        assertThat(bands)
                .containsEntry("0.00-100.00", "2 60.00")
                .containsEntry("100.00-1000.00", "1 150.00")
                .containsEntry("1000.00-null", "0 0.00");
        assertThat(r.get("chart")).isNotNull();
    }

    @Test
    void eachDonorRowSaysWhyWithTheGiftsThatPutThemThere() {
        Api.Reply reply = admin.get("/api/reports/lybunt/why?constituentId=" + ids.get("B") + "&" + AS_OF);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> why = reply.json();
        assertThat((String) why.get("explanation")).contains("USD 50.00 2024").contains("nothing 2025");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gifts = (List<Map<String, Object>>) why.get("gifts");
        assertThat(gifts).singleElement().satisfies(g -> {
            assertThat(g.get("receivedOn")).isEqualTo("2024-11-15");
            assertThat(g.get("credited")).isEqualTo("50.00");
        });
    }

    @Test
    void aFiscalYearStartingInJulyMovesTheBoundaries() {
        // FY2025 = 2024-07-01 .. 2025-06-30: A gave in FY2024 (March 2024) and FY2025; B (Nov 2024) and F's refund
        // are in FY2025; E's 2023-07-01 gift is in FY2024, so E is not recaptured but retained.
        Api.Reply reply = admin.get(
                "/api/reports/retention?asOf=2025-06-30&yearBasis=FISCAL&fiscalYearStart=07-01&creditBasis=HARD");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> r = reply.json();
        Map<String, Object> summary = summary(r);
        assertThat(summary).containsEntry("Donors in FY2024", 2).containsEntry("Retained in FY2025", 2);
        assertThat(rows(r).stream().map(row -> row.get("name") + ":" + row.get("status")))
                .containsExactlyInAnyOrder("A Golden:Retained", "E Golden:Retained");
    }

    @Test
    void theCatalogueStatesEveryReportsDefinitionAndParameters() {
        List<Object> catalogue = admin.get("/api/reports").jsonList();
        Set<String> names = new java.util.HashSet<>();
        for (Object o : catalogue) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) o;
            names.add((String) d.get("name"));
            assertThat((String) d.get("definition"))
                    .as(d.get("name") + " definition")
                    .hasSizeGreaterThan(40);
            assertThat((List<?>) d.get("parameters")).isNotEmpty();
        }
        assertThat(names)
                .contains(
                        "lybunt",
                        "sybunt",
                        "sybunt-incl-ly",
                        "retention",
                        "gift-range",
                        "fep-gain-loss",
                        "top-donors",
                        "giving-summary",
                        "campaign-progress",
                        "year-over-year",
                        "new-donors",
                        "recaptured-donors",
                        "donor-streaks");
        Map<String, Object> r = report("lybunt", "");
        assertThat((List<?>) r.get("parameterLines"))
                .anySatisfy(l -> assertThat((String) l).contains("30 June 2025"));
    }

    @Test
    void theExportsCarryTheRowsTheDefinitionTheParametersAndAChart() throws Exception {
        var xlsx = admin.getBytes("/api/reports/fep-gain-loss?format=xlsx&" + AS_OF);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            StringBuilder text = new StringBuilder();
            boolean numeric = false;
            int charts = 0;
            for (var sheet : workbook) {
                charts += ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)
                        .createDrawingPatriarch()
                        .getCharts()
                        .size();
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                && cell.getNumericCellValue() == 60.0) {
                            numeric = true;
                        }
                        text.append(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell))
                                .append('|');
                    }
                }
            }
            assertThat(text.toString())
                    .contains("Gain/loss (FEP)")
                    .contains("Upgraded")
                    .contains("Lapsed")
                    .contains("Gains minus losses equal")
                    .contains("30 June 2025");
            assertThat(numeric).as("the net change 60 is a number cell").isTrue();
            assertThat(charts).as("a native chart").isPositive();
        }
        var pdf = admin.getBytes("/api/reports/lybunt?format=pdf&" + AS_OF);
        assertThat(pdf.statusCode()).isEqualTo(200);
        var reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("LYBUNT")
                .contains("B Golden")
                .contains("30 June 2025")
                .contains("Page 1 of")
                .contains("previous year");
    }

    List<String> donors(String report) {
        return rows(report(report, "")).stream()
                .map(row -> (String) row.get("name"))
                .toList();
    }

    Map<String, Object> report(String name, String extra) {
        Api.Reply reply = admin.get("/api/reports/" + name + "?" + AS_OF + extra);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object o : (List<Object>) report.get("rows")) {
            rows.add((Map<String, Object>) ((Map<String, Object>) o).get("values"));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> summary(Map<String, Object> report) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object o : (List<Object>) report.get("summary")) {
            Map<String, Object> s = (Map<String, Object>) o;
            map.put((String) s.get("label"), s.get("value"));
        }
        return map;
    }

    String gift(String donor, String amount, String on) {
        return created(admin.post(
                "/api/gifts",
                Map.of(
                        "constituentId",
                        ids.get(donor),
                        "amount",
                        amount,
                        "currency",
                        "USD",
                        "receivedOn",
                        LocalDate.parse(on).toString())));
    }

    static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }
}
