package org.steward.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentView;
import org.steward.constituents.ContactPoints;
import org.steward.donations.DonationsConfig;
import org.steward.donations.GiftService;
import org.steward.donations.GiftStatus;
import org.steward.donations.GiftView;
import org.steward.donations.ReceiptsConfig;
import org.steward.events.internal.EventStore;
import org.steward.events.internal.EventStore.EventRow;
import org.steward.events.internal.RegistrationStore;
import org.steward.events.internal.RegistrationStore.RegistrationRow;
import org.steward.reports.Column;
import org.steward.reports.ExcelRenderer;
import org.steward.reports.Table;
import org.steward.reports.events.BadgeRenderer;
import org.steward.reports.events.BadgeSheet;
import org.steward.reports.events.SignInSheet;
import org.steward.reports.events.SignInSheetRenderer;

/**
 * An event's documents, rendered by the reports library: the attendee list (.xlsx, streamed through POI's SXSSF
 * writer from pages of {@value #PAGE} registrations), name badges and the sign-in sheet (PDF, with the receipts'
 * fallback fonts, {@code app.receipts.fallback-fonts}, for scripts DejaVu Sans lacks; ADR 0020).
 */
@Singleton
public class EventDocuments {

    static final int PAGE = 200;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final EventStore events;
    private final RegistrationStore registrations;
    private final ConstituentService constituents;
    private final GiftService gifts;
    private final DonationsConfig donations;
    private final BadgeRenderer badges;
    private final SignInSheetRenderer signInSheets;

    EventDocuments(
            EventStore events,
            RegistrationStore registrations,
            ConstituentService constituents,
            GiftService gifts,
            DonationsConfig donations,
            ReceiptsConfig receipts) {
        this.events = events;
        this.registrations = registrations;
        this.constituents = constituents;
        this.gifts = gifts;
        this.donations = donations;
        List<Path> fonts = receipts.fallbackFontFiles();
        this.badges = new BadgeRenderer(fonts);
        this.signInSheets = new SignInSheetRenderer(fonts);
    }

    /**
     * One row per registration in the order they were made (CANCELLED ones only with {@code includeCancelled}):
     * name, email, phone, ticket type, status, party size, guest names, fee paid, registered at (in the event's
     * time zone), dietary and accessibility notes, then one column per question of the event.
     */
    @Transactional(readOnly = true)
    public byte[] attendees(UUID eventId, boolean includeCancelled) {
        EventRow event = load(eventId);
        Map<UUID, String> ticketTypes = ticketTypes(eventId);
        List<EventStore.QuestionRow> questions = events.questions(eventId, true);
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("Name"),
                Column.text("Email"),
                Column.text("Phone"),
                Column.text("Ticket type"),
                Column.text("Status"),
                Column.integer("Party size"),
                Column.text("Guests"),
                Column.money("Fee paid (" + donations.baseCurrency() + ")"),
                new Column("Registered at (" + event.timeZone() + ")", Column.Kind.DATE_TIME),
                Column.text("Dietary notes"),
                Column.text("Accessibility notes")));
        questions.forEach(q -> columns.add(Column.text(q.text())));
        ZoneId zone = ZoneId.of(event.timeZone());
        Iterable<List<Object>> rows = () -> new Paged<List<Object>>(eventId, includeCancelled, page -> {
            List<UUID> ids = page.stream().map(RegistrationRow::id).toList();
            Map<UUID, List<String>> guests = registrations.guests(ids);
            Map<UUID, Map<UUID, String>> answers = registrations.answers(ids);
            Map<UUID, UUID> fees = registrations.feeGifts(ids);
            List<List<Object>> out = new ArrayList<>();
            for (RegistrationRow r : page) {
                ConstituentView who = constituents.get(new ConstituentId(r.constituentId()), true);
                List<Object> row = new ArrayList<>();
                row.add(who.displayName());
                row.add(who.emails().stream()
                        .sorted(Comparator.comparing(e -> !e.primary()))
                        .map(ContactPoints.Email::address)
                        .findFirst()
                        .orElse(null));
                row.add(who.phones().stream()
                        .sorted(Comparator.comparing(p -> !p.primary()))
                        .map(ContactPoints.Phone::number)
                        .findFirst()
                        .orElse(null));
                row.add(ticketTypes.get(r.ticketTypeId()));
                row.add(r.status().name());
                row.add(r.partySize());
                List<String> named = guests.getOrDefault(r.id(), List.of());
                row.add(named.isEmpty() ? null : String.join("; ", named));
                row.add(feePaid(fees.get(r.id())));
                row.add(LocalDateTime.ofInstant(r.createdAt(), zone));
                row.add(r.dietaryNotes());
                row.add(r.accessibilityNotes());
                Map<UUID, String> given = answers.getOrDefault(r.id(), Map.of());
                questions.forEach(q -> row.add(given.get(q.id())));
                out.add(row);
            }
            return out;
        });
        var table = new Table("Attendees", event.title() + " · " + when(event), columns, rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ExcelRenderer().render(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A badge for everyone who holds a seat: each registrant whose registration holds seats, then each of their
     * named guests, and "Guest of <name>" for each unnamed guest; registrants by last name.
     */
    @Transactional(readOnly = true)
    public byte[] badges(UUID eventId) {
        EventRow event = load(eventId);
        List<Party> parties = seatHolders(eventId);
        Map<UUID, List<String>> guests = registrations.guests(
                parties.stream().map(p -> p.registration().id()).toList());
        List<String> names = new ArrayList<>();
        for (Party p : parties) {
            names.add(p.name());
            names.addAll(guests.getOrDefault(p.registration().id(), List.of()));
            for (int i = 0; i < p.registration().unnamedGuests(); i++) {
                names.add("Guest of " + p.name());
            }
        }
        return badges.render(new BadgeSheet(event.title(), when(event), names));
    }

    /** One row per party holding seats, by last name: name, ticket type, party size and a box to sign. */
    @Transactional(readOnly = true)
    public byte[] signInSheet(UUID eventId) {
        EventRow event = load(eventId);
        Map<UUID, String> ticketTypes = ticketTypes(eventId);
        List<SignInSheet.Row> rows = seatHolders(eventId).stream()
                .map(p -> new SignInSheet.Row(
                        p.sortName(),
                        ticketTypes.getOrDefault(p.registration().ticketTypeId(), ""),
                        p.registration().partySize()))
                .toList();
        return signInSheets.render(new SignInSheet(event.title(), when(event), venue(event), rows));
    }

    private record Party(RegistrationRow registration, String name, String sortName, String key) {}

    /** The registrations holding seats, with their registrants' names, sorted by last name then first name. */
    private List<Party> seatHolders(UUID eventId) {
        List<Party> parties = new ArrayList<>();
        new Paged<RegistrationRow>(eventId, false, page -> page).forEachRemaining(r -> {
            if (!r.status().holdsSeats()) {
                return;
            }
            ConstituentView who = constituents.get(new ConstituentId(r.constituentId()), true);
            String last =
                    blank(who.lastName()) ? who.displayName() : who.lastName().strip();
            String first = blank(who.preferredName())
                    ? (blank(who.firstName()) ? "" : who.firstName().strip())
                    : who.preferredName().strip();
            String sortName = first.isEmpty() ? last : last + ", " + first;
            parties.add(new Party(r, who.displayName(), sortName, last + "\u0000" + first));
        });
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        parties.sort(Comparator.comparing(Party::key, collator)
                .thenComparing(p -> p.registration().createdAt()));
        return parties;
    }

    private BigDecimal feePaid(UUID giftId) {
        if (giftId == null) {
            return null;
        }
        GiftView gift = gifts.get(giftId);
        return gift.status() == GiftStatus.COMPLETED ? new BigDecimal(gift.amount()) : null;
    }

    private Map<UUID, String> ticketTypes(UUID eventId) {
        return events.ticketTypes(eventId).stream()
                .collect(Collectors.toMap(EventStore.TicketTypeRow::id, EventStore.TicketTypeRow::name));
    }

    private EventRow load(UUID id) {
        return events.event(id).orElseThrow(() -> EventProblems.eventNotFound(id));
    }

    private static String when(EventRow e) {
        return e.startsAt().format(WHEN) + " (" + e.timeZone() + ")";
    }

    private static String venue(EventRow e) {
        if (!blank(e.venue())) {
            return blank(e.address()) ? e.venue() : e.venue() + ", " + e.address();
        }
        return e.onlineUrl();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The event's registrations in the order they were made, read {@value #PAGE} at a time and mapped a page at a
     * time, so a large event is never held in memory whole.
     */
    private final class Paged<T> implements Iterator<T> {
        private final UUID eventId;
        private final boolean includeCancelled;
        private final Function<List<RegistrationRow>, List<T>> map;
        private List<T> current = List.of();
        private int index;
        private int offset;
        private boolean exhausted;

        Paged(UUID eventId, boolean includeCancelled, Function<List<RegistrationRow>, List<T>> map) {
            this.eventId = eventId;
            this.includeCancelled = includeCancelled;
            this.map = map;
        }

        @Override
        public boolean hasNext() {
            while (index >= current.size() && !exhausted) {
                List<RegistrationRow> page = registrations.page(eventId, null, offset, PAGE);
                offset += page.size();
                exhausted = page.size() < PAGE;
                current = map.apply(page.stream()
                        .filter(r -> includeCancelled || r.status() != RegistrationStatus.CANCELLED)
                        .toList());
                index = 0;
            }
            return index < current.size();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.get(index++);
        }
    }
}
