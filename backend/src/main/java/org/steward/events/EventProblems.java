package org.steward.events;

import java.util.Map;
import java.util.UUID;
import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.errors.StewardException;

/** The events module's failures with their stable codes (docs/problems.md). */
public final class EventProblems {

    private EventProblems() {}

    public static NotFoundException eventNotFound(Object id) {
        return new NotFoundException("events.not-found", "Event not found", "No event has id " + id + ".");
    }

    public static NotFoundException ticketTypeNotFound(Object id) {
        return new NotFoundException(
                "events.ticket-type-not-found", "Ticket type not found", "The event has no ticket type " + id + ".");
    }

    public static NotFoundException registrationNotFound(Object id) {
        return new NotFoundException(
                "events.registration-not-found", "Registration not found", "No registration has id " + id + ".");
    }

    public static BusinessRuleException unknownTicketType(Object id) {
        return new BusinessRuleException(
                "events.unknown-ticket-type", "Unknown ticket type", "The event has no ticket type " + id + ".");
    }

    public static BusinessRuleException invalidDates(String detail) {
        return new BusinessRuleException("events.invalid-dates", "Invalid dates", detail);
    }

    public static BusinessRuleException unknownTimeZone(String zone) {
        return new BusinessRuleException(
                "events.unknown-time-zone",
                "Unknown time zone",
                "'" + zone + "' is not an IANA time zone (e.g. America/Toronto).");
    }

    public static BusinessRuleException locationRequired() {
        return new BusinessRuleException(
                "events.location-required", "Where is it?", "An event needs a venue or an online link (or both).");
    }

    public static BusinessRuleException unknownCampaign(Object id) {
        return new BusinessRuleException(
                "events.unknown-campaign", "Unknown campaign", "No campaign has id " + id + ".");
    }

    public static BusinessRuleException duplicateQuestion(Object id) {
        return new BusinessRuleException(
                "events.invalid-questions",
                "Invalid questions",
                "Question " + id + " is listed twice or is not one of" + " this event's questions.");
    }

    public static ConflictException invalidTransition(EventStatus from, String action) {
        return new ConflictException(
                "events.invalid-transition",
                "Not possible in this status",
                "A " + from + " event cannot be " + action + ".");
    }

    public static ConflictException eventClosed(Object id, EventStatus status) {
        return new ConflictException(
                "events.closed", "Event closed", "Event " + id + " is " + status + " and no longer changes.");
    }

    public static BusinessRuleException notStarted() {
        return new BusinessRuleException(
                "events.not-started", "Event not started", "An event is completed only once it has started.");
    }

    public static BusinessRuleException noTicketTypes() {
        return new BusinessRuleException(
                "events.no-ticket-types",
                "No ticket types",
                "Add at least one active ticket type (free or paid) before publishing the event.");
    }

    public static BusinessRuleException invalidPrice(String detail) {
        return new BusinessRuleException("events.invalid-price", "Invalid price", detail);
    }

    public static BusinessRuleException fairMarketValueAbovePrice() {
        return new BusinessRuleException(
                "events.fmv-above-price",
                "Benefits worth more than the price",
                "The fair-market value of the benefits cannot be more than the ticket's price.");
    }

    public static ConflictException ticketTypeInUse(Object id) {
        return new ConflictException(
                "events.ticket-type-in-use",
                "Ticket type in use",
                "Ticket type " + id + " has registrations: retire it instead of deleting it.");
    }

    public static BusinessRuleException ticketTypeRetired(Object id) {
        return new BusinessRuleException(
                "events.ticket-type-retired",
                "Ticket type retired",
                "Ticket type " + id + " takes no new registrations.");
    }

    public static BusinessRuleException registrationNotOpen(String detail) {
        return new BusinessRuleException("events.registration-closed", "Registration closed", detail);
    }

    public static BusinessRuleException constituentNotFound(Object id) {
        return new BusinessRuleException(
                "events.constituent-not-found", "Constituent not found", "No constituent has id " + id + ".");
    }

    public static BusinessRuleException constituentDeleted(Object id) {
        return new BusinessRuleException(
                "events.constituent-deleted", "Constituent deleted", "Constituent " + id + " is deleted.");
    }

    public static StewardException constituentMerged(UUID id, UUID into) {
        return new BusinessRuleException(
                "events.constituent-merged",
                "Constituent merged",
                "Constituent " + id + " was merged into " + into + "; register that one.") {
            @Override
            public Map<String, Object> extensions() {
                return Map.of("mergedInto", into.toString());
            }
        };
    }

    public static ConflictException alreadyRegistered(Object constituentId) {
        return new ConflictException(
                "events.already-registered",
                "Already registered",
                "Constituent " + constituentId + " already has a registration for this event that is not cancelled.");
    }

    /** The public sign-up's "already registered", which names no constituent. */
    public static ConflictException alreadySignedUp() {
        return new ConflictException(
                "events.already-signed-up",
                "Already signed up",
                "This email address already has a registration for this event.");
    }

    public static org.steward.shared.errors.TooManyRequestsException tooManySignUps(java.time.Duration wait) {
        return new org.steward.shared.errors.TooManyRequestsException(
                "events.too-many-sign-ups",
                "Too many sign-ups",
                "Too many sign-ups came from this address. Try again in " + Math.max(1, wait.toSeconds()) + " seconds.",
                wait);
    }

    public static BusinessRuleException invalidAnswers(String detail) {
        return new BusinessRuleException("events.invalid-answers", "Invalid answers", detail);
    }

    public static ConflictException invalidRegistrationTransition(RegistrationStatus from, String action) {
        return new ConflictException(
                "events.invalid-registration-transition",
                "Not possible in this status",
                "A " + from + " registration cannot be " + action + ".");
    }

    public static BusinessRuleException transferToSame() {
        return new BusinessRuleException(
                "events.transfer-to-same", "Same constituent", "The registration already belongs to that constituent.");
    }

    public static ConflictException idempotencyKeyReused() {
        return new ConflictException(
                "events.idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was used before with a different request.");
    }

    public static ConflictException notCheckable(Object id, RegistrationStatus status) {
        return new ConflictException(
                "events.not-checkable",
                "Not expected at the door",
                "Registration " + id + " is " + status + ": only a registered party (or a no-show arriving late) can be"
                        + " checked in.");
    }

    public static ConflictException checkInClosed(Object id, EventStatus status) {
        return new ConflictException(
                "events.check-in-closed",
                "Check-in closed",
                "Event " + id + " is " + status + ": nobody can be checked in.");
    }

    public static ConflictException notCheckedIn(Object id, RegistrationStatus status) {
        return new ConflictException(
                "events.not-checked-in",
                "Not checked in",
                "Registration " + id + " is " + status + ", not ATTENDED: there is no check-in to undo.");
    }

    public static StewardException currencyNotBase(String currency, String base) {
        return new BusinessRuleException(
                "events.currency-not-base",
                "Not the base currency",
                "Ticket types are priced in " + base + ", the base currency of the gift ledger, not in " + currency
                        + ".") {
            @Override
            public Map<String, Object> extensions() {
                return Map.of("baseCurrency", base);
            }
        };
    }

    /** 409 listing the likely matches of a new person (id, name, rule codes), for staff to pick or override. */
    public static StewardException possibleDuplicate(
            java.util.List<org.steward.constituents.DuplicateCandidate> likely) {
        java.util.List<Map<String, Object>> candidates = likely.stream()
                .map(c -> Map.<String, Object>of(
                        "id", c.constituent().id().value().toString(),
                        "displayName", c.constituent().displayName(),
                        "reasons", c.reasons()))
                .toList();
        return new ConflictException(
                "events.possible-duplicate",
                "Possible duplicate",
                (likely.size() == 1 ? "1 existing constituent matches" : likely.size() + " existing constituents match")
                        + " this person by the duplicate rules: register one of them, or send createAnyway: true.") {
            @Override
            public Map<String, Object> extensions() {
                return Map.of("candidates", candidates);
            }
        };
    }
}
