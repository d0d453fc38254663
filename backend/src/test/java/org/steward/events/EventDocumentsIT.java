package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * The attendee list (read back with POI: cells and their types, frozen header, filter, formula-like text kept as
 * text), the badges and the sign-in sheet (read back with OpenPDF: names, counts, order, pages), a Chinese name set
 * in the fallback font, and who may download which.
 */
@MicronautTest(transactional = false)
@Property(name = "app.receipts.fallback-fonts", value = EventDocumentsIT.CJK_FONT)
class EventDocumentsIT {

    static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    record Event(String id, String ticketTypeId, String questionId, String tag) {}

    Event event(Api coordinator) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = EventFixtures.anEvent("Spring Gala " + tag);
        body.put("capacity", 6);
        body.put("questions", List.of(Map.of("text", "Table preference", "required", false)));
        var event = coordinator.post("/api/events", body);
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        String id = event.string("id");
        @SuppressWarnings("unchecked")
        var questions = (List<Map<String, Object>>) event.json().get("questions");
        var ticket =
                coordinator.post("/api/events/" + id + "/ticket-types", EventFixtures.aTicketType("Dinner", "25.00"));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        assertThat(coordinator.post("/api/events/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        return new Event(id, ticket.string("id"), (String) questions.get(0).get("id"), tag);
    }

    String person(Api as, String first, String last, String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "INDIVIDUAL");
        body.put("firstName", first);
        body.put("lastName", last);
        if (email != null) {
            body.put("emails", List.of(Map.of("address", email, "primary", true)));
        }
        if (phone != null) {
            body.put("phones", List.of(Map.of("number", phone, "primary", true)));
        }
        var reply = as.post("/api/constituents", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    Api.Reply register(Api as, Event e, String who, List<String> guests, int unnamed, Map<String, Object> more) {
        Map<String, Object> body = EventFixtures.registration(who, e.ticketTypeId());
        body.put("guestNames", guests);
        body.put("unnamedGuests", unnamed);
        body.putAll(more);
        var reply = as.post("/api/events/" + e.id() + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    @Test
    void theAttendeeListHasOneRowPerRegistrationWithRealNumbersAndDatesAndNoFormulas() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Event e = event(coordinator);
        Api admin = TestUsers.admin(Api.of(server, json));
        String ada = person(admin, "Ada", "Lovelace" + e.tag(), "ada" + e.tag() + "@example.org", "+1 613 555 0101");
        String evil = person(admin, "=HYPERLINK(\"http://x\")", "Zed" + e.tag(), null, null);
        String gone = person(admin, "Gone", "Away" + e.tag(), null, null);
        Map<String, Object> adaMore = new HashMap<>();
        adaMore.put("paymentMethod", "cash");
        adaMore.put("dietaryNotes", "vegetarian");
        adaMore.put("accessibilityNotes", "-wheelchair");
        adaMore.put("answers", List.of(Map.of("questionId", e.questionId(), "answer", "near the stage")));
        register(coordinator, e, ada, List.of("Charles Babbage"), 1, adaMore);
        register(coordinator, e, evil, List.of(), 0, Map.of());
        var cancelled = register(coordinator, e, gone, List.of(), 0, Map.of());
        coordinator.post("/api/registrations/" + cancelled.string("id") + "/cancel", Map.of());

        var reply = coordinator.getBytes("/api/events/" + e.id() + "/attendees.xlsx");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attendees-");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = headerRow(sheet);
            List<String> headings = new ArrayList<>();
            sheet.getRow(header).forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings)
                    .containsExactly(
                            "Name",
                            "Email",
                            "Phone",
                            "Ticket type",
                            "Status",
                            "Party size",
                            "Guests",
                            "Fee paid (USD)",
                            "Registered at (America/Toronto)",
                            "Dietary notes",
                            "Accessibility notes",
                            "Table preference");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
            assertThat(workbook.getSheetAt(0).getCTWorksheet().isSetAutoFilter())
                    .isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 2); // the cancelled one left out

            Row first = sheet.getRow(header + 1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Ada Lovelace" + e.tag());
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("ada" + e.tag() + "@example.org");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("+1 613 555 0101");
            assertThat(first.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Dinner");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("REGISTERED");
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Charles Babbage");
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(75.0);
            assertThat(new DataFormatter().formatCellValue(first.getCell(7))).isEqualTo("75.00");
            assertThat(first.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first.getCell(8)))
                    .isTrue();
            assertThat(first.getCell(8).getLocalDateTimeCellValue().getYear()).isGreaterThan(2000);
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("vegetarian");
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("-wheelchair");
            assertThat(first.getCell(10).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("near the stage");

            Row second = sheet.getRow(header + 2);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(second.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCell(7) == null || second.getCell(7).getCellType() == CellType.BLANK)
                    .as("no fee")
                    .isTrue();
        }

        var withCancelled = coordinator.getBytes("/api/events/" + e.id() + "/attendees.xlsx?includeCancelled=true");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(withCancelled.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = headerRow(sheet);
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 3);
            assertThat(sheet.getRow(header + 3).getCell(4).getStringCellValue()).isEqualTo("CANCELLED");
        }
    }

    @Test
    void badgesAndTheSignInSheetCoverEverySeatHolderInTheirOwnScript() throws Exception {
        assertThat(Files.isReadable(Path.of(CJK_FONT)))
                .as("apt-get install fonts-wqy-zenhei (.ci/run does)")
                .isTrue();
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api admin = TestUsers.admin(Api.of(server, json));
        Event e = event(coordinator);
        String zoe = person(admin, "Zoë", "Østergaard" + e.tag(), null, null);
        String wang = person(admin, "小明", "王" + e.tag(), null, null);
        String abe = person(admin, "Abe", "Adams" + e.tag(), null, null);
        String late = person(admin, "Late", "Comer" + e.tag(), null, null);
        register(coordinator, e, zoe, List.of("Ivan Petrov"), 1, Map.of());
        register(coordinator, e, wang, List.of(), 0, Map.of());
        register(coordinator, e, abe, List.of(), 0, Map.of());
        var waitlisted = register(coordinator, e, late, List.of("A", "B", "C"), 0, Map.of()); // 4 > 1 seat left
        assertThat(waitlisted.json()).containsEntry("status", "WAITLISTED");

        var badges = coordinator.getBytes("/api/events/" + e.id() + "/badges.pdf");

        assertThat(badges.statusCode()).isEqualTo(200);
        assertThat(badges.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        PdfReader reader = new PdfReader(badges.body());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Zoë Østergaard" + e.tag(),
                        "Ivan Petrov",
                        "Guest of Zoë Østergaard" + e.tag(),
                        "Abe Adams" + e.tag(),
                        "小明")
                .doesNotContain("Late Comer");
        assertThat(EventDocumentsTestText.count(text, "Spring Gala " + e.tag())).isEqualTo(5);

        var sheet = coordinator.getBytes("/api/events/" + e.id() + "/sign-in-sheet.pdf");
        assertThat(sheet.statusCode()).isEqualTo(200);
        PdfReader sheetReader = new PdfReader(sheet.body());
        String page = new PdfTextExtractor(sheetReader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(page).contains("Spring Gala " + e.tag(), "Main Hall", "Signature", "Page 1 of 1");
        int adams = page.indexOf("Adams" + e.tag() + ", Abe");
        int oster = page.indexOf("Østergaard" + e.tag() + ", Zoë");
        assertThat(adams).isNotNegative();
        assertThat(oster).isGreaterThan(adams);
        assertThat(page).contains("王" + e.tag()).doesNotContain("Comer" + e.tag());
    }

    @Test
    void eachRoleGetsOnlyTheDocumentsItMay() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Event e = event(coordinator);
        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        Api admin = TestUsers.admin(Api.of(server, json));
        String base = "/api/events/" + e.id();

        assertThat(officer.getBytes(base + "/attendees.xlsx").statusCode()).isEqualTo(200);
        assertThat(officer.getAny(base + "/badges.pdf").status()).isEqualTo(403);
        assertThat(officer.getAny(base + "/sign-in-sheet.pdf").status()).isEqualTo(403);
        for (String doc : List.of("/attendees.xlsx", "/badges.pdf", "/sign-in-sheet.pdf")) {
            var refused = board.getAny(base + doc);
            assertThat(refused.status()).as(doc).isEqualTo(403);
            assertThat(refused.json()).containsEntry("code", "auth.forbidden");
            assertThat(admin.getBytes(base + doc).statusCode()).as(doc).isEqualTo(200);
            assertThat(Api.of(server, json).getAny(base + doc).status()).isEqualTo(401);
        }
        var missing = coordinator.getAny("/api/events/" + UUID.randomUUID() + "/badges.pdf");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).containsEntry("code", "events.not-found");
    }

    static int headerRow(Sheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null
                    && row.getCell(0) != null
                    && "Name".equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header row");
    }

    static final class EventDocumentsTestText {
        static int count(String text, String part) {
            int n = 0;
            for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
                n++;
            }
            return n;
        }
    }
}
