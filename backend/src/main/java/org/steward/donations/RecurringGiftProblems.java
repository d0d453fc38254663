package org.steward.donations;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;

/** The failures of recurring gifts with their stable codes (docs/problems.md). */
public final class RecurringGiftProblems {

    private RecurringGiftProblems() {}

    public static NotFoundException notFound(Object id) {
        return new NotFoundException(
                "donations.recurring-gift-not-found",
                "Recurring gift not found",
                "No recurring gift has id " + id + ".");
    }

    public static BusinessRuleException invalidSchedule(String detail) {
        return new BusinessRuleException(
                "donations.recurring-gift-invalid-schedule", "Invalid recurring gift schedule", detail);
    }

    public static BusinessRuleException endBeforeStart(Object startOn, Object endOn) {
        return new BusinessRuleException(
                "donations.recurring-gift-end-before-start",
                "End before start",
                "The recurring gift would end on " + endOn + ", before it starts on " + startOn + ".");
    }

    public static ConflictException closed(Object id) {
        return new ConflictException(
                "donations.recurring-gift-closed",
                "Recurring gift closed",
                "Recurring gift " + id + " is closed; record a one-time gift, or set up a new recurring gift.");
    }

    public static BusinessRuleException invalidTransition(String detail) {
        return new BusinessRuleException(
                "donations.recurring-gift-invalid-transition", "Not possible in this status", detail);
    }

    public static BusinessRuleException invalidPause(String detail) {
        return new BusinessRuleException("donations.recurring-gift-invalid-pause", "Invalid pause", detail);
    }
}
