package org.steward.events.internal;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.steward.events.EventStatus;
import org.steward.events.internal.EventStore.EventRow;

/**
 * Events as iCalendar (RFC 5545, built with ical4j): one VEVENT per event, its start and end in the event's own time
 * zone with that zone's VTIMEZONE, and a UID that stays the same for the event ({@code <event id>@steward}) so a
 * calendar that imports it again updates the entry instead of adding another.
 */
@Singleton
public class EventCalendar {

    static final String PROD_ID = "-//Steward//Events//EN";
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public static String uid(EventRow e) {
        return e.id() + "@steward";
    }

    /** One calendar with these events. */
    public String calendar(List<EventRow> events) {
        Calendar calendar = new Calendar().withProdId(PROD_ID).withDefaults().getFluentTarget();
        Set<String> zoneIds = new LinkedHashSet<>();
        List<VEvent> entries = new ArrayList<>();
        for (EventRow e : events) {
            zoneIds.add(e.timeZone());
            entries.add(entry(e));
        }
        for (String zone : zoneIds) {
            var tz = zones.getTimeZone(zone);
            if (tz != null) {
                calendar.add(tz.getVTimeZone());
            }
        }
        entries.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent entry(EventRow e) {
        ZoneId zone = ZoneId.of(e.timeZone());
        VEvent entry = new VEvent(e.startsAt().atZone(zone), e.endsAt().atZone(zone), e.title());
        entry.add(new Uid(uid(e)));
        String where = location(e);
        if (where != null) {
            entry.add(new Location(where));
        }
        if (e.description() != null && !e.description().isBlank()) {
            entry.add(new Description(e.description()));
        }
        if (e.onlineUrl() != null && !e.onlineUrl().isBlank()) {
            try {
                entry.add(new Url(java.net.URI.create(e.onlineUrl())));
            } catch (IllegalArgumentException ignored) {
                // an address the URI parser refuses stays in LOCATION only
            }
        }
        if (e.status() == EventStatus.CANCELLED) {
            entry.add(new Status(Status.VALUE_CANCELLED));
        }
        return entry;
    }

    static String location(EventRow e) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {e.venue(), e.address(), e.onlineUrl()}) {
            if (p != null && !p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
