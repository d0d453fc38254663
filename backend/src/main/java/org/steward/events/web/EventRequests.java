package org.steward.events.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.steward.events.EventCommands;
import org.steward.events.RegistrationService;
import org.steward.shared.errors.InvalidInputException;

/** Request bodies of the events API. Amounts are decimal strings ("25.00"), date-times local to the event's zone. */
final class EventRequests {

    static final String DECIMAL = "\\s*[0-9]{1,17}(\\.[0-9]{1,2})?\\s*";
    static final String DECIMAL_MESSAGE =
            "must be a decimal number of at most two decimals written as a string, e.g. \"25.00\"";
    static final String CURRENCY = "[A-Z]{3}";
    static final String CURRENCY_MESSAGE = "must be a three-letter ISO 4217 code in capitals, e.g. \"USD\"";
    static final String URL = "https?://\\S{1,990}";

    private EventRequests() {}

    @Serdeable
    record QuestionRequest(@Nullable UUID id, @NotBlank @Size(max = 500) String text, boolean required) {}

    /** Create or replace an event; on update {@code version} is the one read. */
    @Serdeable
    record EventRequest(
            @NotBlank @Size(max = 300) String title,
            @Nullable @Size(max = 20_000) String description,
            @Nullable @Size(max = 300) String venue,
            @Nullable @Size(max = 1000) String address,
            @Nullable @Pattern(regexp = URL, message = "must be an http(s) address") String onlineUrl,
            @NotNull LocalDateTime startsAt,
            @NotNull LocalDateTime endsAt,
            @NotBlank @Size(max = 64) String timeZone,
            @Nullable LocalDateTime registrationOpensAt,
            @Nullable LocalDateTime registrationClosesAt,
            @Nullable @Min(1) @Max(1_000_000) Integer capacity,
            @Nullable UUID campaignId,
            @Nullable @Size(max = 50) List<@Valid @NotNull QuestionRequest> questions,
            @Nullable Long version) {

        EventCommands.SaveEvent command() {
            return new EventCommands.SaveEvent(
                    title,
                    description,
                    venue,
                    address,
                    onlineUrl,
                    startsAt,
                    endsAt,
                    timeZone,
                    registrationOpensAt,
                    registrationClosesAt,
                    capacity,
                    campaignId,
                    questions == null
                            ? List.of()
                            : questions.stream()
                                    .map(q -> new EventCommands.Question(q.id(), q.text(), q.required()))
                                    .toList());
        }
    }

    /**
     * Cancel an event: every registration still REGISTERED, WAITLISTED or OFFERED is cancelled; {@code refundFees}
     * (default false) refunds their fees through the gift ledger, {@code notify} (default true) emails each
     * registrant who has an address.
     */
    @Serdeable
    record CancelEventRequest(
            @Nullable @Size(max = 500) String reason,
            @Nullable Boolean refundFees,
            @JsonProperty("notify") @Nullable Boolean notifyRegistrants) {}

    /** Cancel a registration; {@code refund} true refunds its fee through the gift ledger. */
    @Serdeable
    record CancelRegistrationRequest(@Nullable @Size(max = 500) String reason, @Nullable Boolean refund) {}

    /**
     * Check a party in: {@code guestsCheckedIn} of its guests (default all), at {@code checkedInAt} (when it happened
     * at the door; default now).
     */
    @Serdeable
    record CheckInRequest(
            @Nullable @Min(0) @Max(RegistrationService.MAX_GUESTS) Integer guestsCheckedIn,
            @Nullable java.time.Instant checkedInAt) {}

    @Serdeable
    record TicketTypeRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String price,
            @NotNull @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String fairMarketValue,
            @Nullable @Min(1) @Max(1_000_000) Integer capacity,
            @Nullable Long version) {

        EventCommands.SaveTicketType command() {
            return new EventCommands.SaveTicketType(name, price, currency, fairMarketValue, capacity);
        }
    }

    @Serdeable
    record AnswerRequest(@NotNull UUID questionId, @NotNull @Size(max = 2000) String answer) {}

    /** A new person to register: run through the duplicate rules before being created. */
    @Serdeable
    record PersonRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Nullable @Email @Size(max = 320) String email,
            @Nullable
                    @Size(max = 40)
                    @Pattern(regexp = "[0-9+()./ x-]*", message = "may contain digits, spaces and + ( ) . / - x only")
                    String phone) {

        EventCommands.NewPerson command() {
            return new EventCommands.NewPerson(firstName, lastName, blankToNull(email), blankToNull(phone));
        }
    }

    /**
     * Guests: named ones ({@code guestNames}) and, or, a count of unnamed ones. Exactly one of {@code constituentId}
     * (an existing constituent) and {@code person} (a new one, checked against the duplicate rules; {@code
     * createAnyway} true creates it despite likely duplicates).
     */
    @Serdeable
    record RegistrationRequest(
            @Nullable UUID constituentId,
            @Nullable @Valid PersonRequest person,
            @Nullable Boolean createAnyway,
            @NotNull UUID ticketTypeId,
            @Nullable @Size(max = RegistrationService.MAX_GUESTS) List<@NotBlank @Size(max = 200) String> guestNames,
            @Nullable @Min(0) @Max(RegistrationService.MAX_GUESTS) Integer unnamedGuests,
            @Nullable @Size(max = 50) List<@Valid @NotNull AnswerRequest> answers,
            @Nullable @Size(max = 1000) String dietaryNotes,
            @Nullable @Size(max = 1000) String accessibilityNotes,
            @Nullable @Size(max = 50) String paymentMethod) {

        /** 400 validation.failed naming both fields unless exactly one of them is given. */
        void requireOneRegistrant() {
            if ((constituentId == null) == (person == null)) {
                String message = constituentId == null
                        ? "give constituentId (an existing constituent) or person (a new one)"
                        : "give constituentId or person, not both";
                throw new InvalidInputException(List.of(
                        new InvalidInputException.FieldError("constituentId", message),
                        new InvalidInputException.FieldError("person", message)));
            }
        }

        EventCommands.Register command() {
            return new EventCommands.Register(
                    constituentId,
                    ticketTypeId,
                    guestNames == null ? List.of() : guestNames,
                    unnamedGuests == null ? 0 : unnamedGuests,
                    answers == null
                            ? List.of()
                            : answers.stream()
                                    .map(a -> new EventCommands.Answer(a.questionId(), a.answer()))
                                    .toList(),
                    dietaryNotes,
                    accessibilityNotes,
                    paymentMethod == null || paymentMethod.isBlank() ? null : paymentMethod.strip());
        }
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Serdeable
    record TransferRequest(@NotNull UUID constituentId, @Nullable @Size(max = 500) String reason) {}
}
