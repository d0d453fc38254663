package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** An event's .ics for staff and the public feed of published events, both read back with ical4j. */
@MicronautTest(transactional = false)
class EventCalendarIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void anEventsCalendarFileHasOneVeventInItsTimeZone() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, null, List.of());
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");

        var reply = board.getAny("/api/events/" + setup.eventId() + "/calendar.ics");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(setup.eventId() + "@steward");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/Toronto");
        var view = coordinator.get("/api/events/" + setup.eventId()).json();
        assertThat(((ZonedDateTime) event.getDateTimeStart().getDate()).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse((String) view.get("startsAt")));
        assertThat(((ZonedDateTime) event.getDateTimeEnd().getDate()).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse((String) view.get("endsAt")));
        assertThat(((VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow())
                        .getTimeZoneId()
                        .getValue())
                .isEqualTo("America/Toronto");

        assertProblem(board.getAny("/api/events/" + UUID.randomUUID() + "/calendar.ics"), 404, "events.not-found");
    }

    @Test
    void thePublicFeedListsPublishedEventsButNoDrafts() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, null, List.of());
        var draft = coordinator.post("/api/events", EventFixtures.anEvent("Draft " + UUID.randomUUID()));

        var reply = Api.of(server, json).getAny("/api/public/events.ics");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
        List<String> uids = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getUid().orElseThrow().getValue())
                .toList();
        assertThat(uids).contains(setup.eventId() + "@steward").doesNotContain(draft.string("id") + "@steward");
    }
}
