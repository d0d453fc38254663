package org.steward.events;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentDraft;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.ContactPoints;

/** What the events API takes in. Amounts are decimal strings (e.g. "25.00"), checked by the service. */
public final class EventCommands {

    private EventCommands() {}

    /** An event's set-up. {@code questions}: the full list, in order; an entry without id is a new question. */
    public record SaveEvent(
            String title,
            @Nullable String description,
            @Nullable String venue,
            @Nullable String address,
            @Nullable String onlineUrl,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String timeZone,
            @Nullable LocalDateTime registrationOpensAt,
            @Nullable LocalDateTime registrationClosesAt,
            @Nullable Integer capacity,
            @Nullable UUID campaignId,
            List<Question> questions) {}

    public record Question(@Nullable UUID id, String text, boolean required) {}

    /** A ticket type; {@code fairMarketValue} null means the ticket carries no benefits (all of it deductible). */
    public record SaveTicketType(
            String name, String price, String currency, @Nullable String fairMarketValue, @Nullable Integer capacity) {}

    /**
     * Registers a constituent; the party is the constituent plus the named guests plus {@code unnamedGuests}. A paid
     * ticket's fee (price × party) is recorded as an EVENT_FEE gift: COMPLETED when {@code paymentMethod} says how
     * it was paid, PENDING otherwise.
     */
    public record Register(
            @Nullable UUID constituentId,
            UUID ticketTypeId,
            List<String> guestNames,
            int unnamedGuests,
            List<Answer> answers,
            @Nullable String dietaryNotes,
            @Nullable String accessibilityNotes,
            @Nullable String paymentMethod) {

        /** A registration whose fee, if any, is not paid yet. */
        public Register(
                UUID constituentId,
                UUID ticketTypeId,
                List<String> guestNames,
                int unnamedGuests,
                List<Answer> answers,
                @Nullable String dietaryNotes,
                @Nullable String accessibilityNotes) {
            this(
                    constituentId,
                    ticketTypeId,
                    guestNames,
                    unnamedGuests,
                    answers,
                    dietaryNotes,
                    accessibilityNotes,
                    null);
        }
    }

    public record Answer(UUID questionId, String answer) {}

    /** A person to create as an individual constituent (first and last name required) and register. */
    public record NewPerson(String firstName, String lastName, @Nullable String email, @Nullable String phone) {

        /** The person as a new individual constituent, with the email and phone as primary, from {@code source}. */
        public ConstituentDraft draft(String source) {
            return new ConstituentDraft(
                    ConstituentType.INDIVIDUAL,
                    null,
                    firstName.strip(),
                    null,
                    lastName.strip(),
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    email == null ? List.of() : List.of(new ContactPoints.Email(null, email, null, true)),
                    phone == null ? List.of() : List.of(new ContactPoints.Phone(null, phone, null, true)),
                    List.of(),
                    List.of(),
                    source,
                    List.of(),
                    null,
                    false,
                    false);
        }
    }
}
