package org.steward.events.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.steward.events.EventService;
import org.steward.events.EventStatus;
import org.steward.events.EventView;
import org.steward.events.TicketTypeView;
import org.steward.events.internal.EventCalendar;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * Events and their ticket types. Event coordinators and administrators set them up; development officers and board
 * members read them (with seat counts, no names).
 */
@Controller("/api/events")
@Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR})
@Tag(name = "Events")
public class EventController {

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    @Post
    @Operation(summary = "Create an event (DRAFT)")
    public HttpResponse<EventView> create(@Valid @Body EventRequests.EventRequest request) {
        EventView created = events.create(request.command());
        return HttpResponse.created(created, URI.create("/api/events/" + created.id()));
    }

    @Get
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
    @Operation(summary = "Events, soonest first, optionally of one status and not ended before `from` (local time)")
    public PageResponse<EventView> list(
            @QueryValue @Nullable EventStatus status,
            @QueryValue @Nullable LocalDateTime from,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return events.list(status, from, page, size);
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
    @Operation(summary = "One event with its questions and seat counts")
    public EventView get(UUID id) {
        return events.get(id);
    }

    @Get(value = "/{id}/calendar.ics", produces = "text/calendar")
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
    @Operation(summary = "The event as an iCalendar file (RFC 5545) in its time zone")
    public HttpResponse<String> calendar(UUID id) {
        return HttpResponse.ok(events.calendar(id))
                .contentType(EventCalendar.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"");
    }

    @Put("/{id}")
    @Operation(
            summary = "Replace an event's set-up; send the version you read (409 common.stale-version if it changed)")
    public EventView update(UUID id, @Valid @Body EventRequests.EventRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you read");
        }
        return events.update(id, request.command(), request.version());
    }

    @Post("/{id}/publish")
    @Operation(summary = "Publish a DRAFT event (it needs an active ticket type): registrations open in its window")
    public EventView publish(UUID id) {
        return events.publish(id);
    }

    @Post("/{id}/cancel")
    @Operation(
            summary = "Cancel a DRAFT or PUBLISHED event, with an optional reason: its REGISTERED, WAITLISTED and"
                    + " OFFERED registrations are cancelled too, their fees refunded when refundFees is true (default"
                    + " false), and registrants with an email told when notify is true (the default)")
    public EventView cancel(UUID id, @Valid @Body @Nullable EventRequests.CancelEventRequest request) {
        return events.cancel(
                id,
                request == null ? null : request.reason(),
                request != null && Boolean.TRUE.equals(request.refundFees()),
                request == null || !Boolean.FALSE.equals(request.notifyRegistrants()));
    }

    @Post("/{id}/complete")
    @Operation(
            summary = "Mark a PUBLISHED event that has started as COMPLETED; parties still REGISTERED (not checked in)"
                    + " become NO_SHOW")
    public EventView complete(UUID id) {
        return events.complete(id);
    }

    @Get("/{id}/ticket-types")
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
    @Operation(summary = "The event's ticket types with price, deductible part and seats taken")
    public List<TicketTypeView> ticketTypes(UUID id) {
        return events.ticketTypes(id);
    }

    @Post("/{id}/ticket-types")
    @Operation(summary = "Add a ticket type; the fair-market value of its benefits may not exceed its price")
    public HttpResponse<TicketTypeView> createTicketType(
            UUID id, @Valid @Body EventRequests.TicketTypeRequest request) {
        TicketTypeView created = events.createTicketType(id, request.command());
        return HttpResponse.created(created, URI.create("/api/events/" + id + "/ticket-types/" + created.id()));
    }

    @Put("/{id}/ticket-types/{ticketTypeId}")
    @Operation(summary = "Change a ticket type; send the version you read")
    public TicketTypeView updateTicketType(
            UUID id, UUID ticketTypeId, @Valid @Body EventRequests.TicketTypeRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you read");
        }
        return events.updateTicketType(id, ticketTypeId, request.command(), request.version());
    }

    @Post("/{id}/ticket-types/{ticketTypeId}/retire")
    @Operation(summary = "Retire a ticket type: it takes no new registrations, its registrations keep their seats")
    public TicketTypeView retireTicketType(UUID id, UUID ticketTypeId) {
        return events.retireTicketType(id, ticketTypeId);
    }

    @Delete("/{id}/ticket-types/{ticketTypeId}")
    @Operation(summary = "Delete a ticket type nobody registered with (409 events.ticket-type-in-use otherwise)")
    public HttpResponse<Void> deleteTicketType(UUID id, UUID ticketTypeId) {
        events.deleteTicketType(id, ticketTypeId);
        return HttpResponse.noContent();
    }
}
