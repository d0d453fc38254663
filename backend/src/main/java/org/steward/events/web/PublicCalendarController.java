package org.steward.events.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.steward.events.EventService;
import org.steward.events.internal.EventCalendar;

/** The public iCalendar feed of published events that have not ended (no sign-in; no personal data). */
@Controller("/api/public")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public events")
public class PublicCalendarController {

    private final EventService events;

    PublicCalendarController(EventService events) {
        this.events = events;
    }

    @Get(value = "/events.ics", produces = "text/calendar")
    @Operation(summary = "Published events that have not ended, as an iCalendar feed (RFC 5545) to subscribe to")
    public HttpResponse<String> feed() {
        return HttpResponse.ok(events.publishedCalendar()).contentType(EventCalendar.CONTENT_TYPE);
    }
}
