package org.steward.interactions;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.NotFoundException;

/** The interactions' failures, each with its stable code (see docs/problems.md). */
public final class InteractionProblems {

    private InteractionProblems() {}

    public static NotFoundException notFound(Object id) {
        return new NotFoundException(
                "interactions.not-found", "Interaction not found", "No interaction has id " + id + ".");
    }

    public static BusinessRuleException futureDate() {
        return new BusinessRuleException(
                "interactions.future-date",
                "Interaction date too far in the future",
                "An interaction can be dated at most " + InteractionRules.MAX_AHEAD.toHours()
                        + " hours ahead; log planned contacts as tasks instead.");
    }

    public static BusinessRuleException unknownStaff(String username) {
        return new BusinessRuleException(
                "interactions.unknown-staff",
                "Unknown staff member",
                "No enabled staff account has the username '" + username + "'.");
    }

    public static NotYoursException notYours() {
        return new NotYoursException(
                "interactions.not-yours",
                "Not your interaction",
                "Your role may change or delete only interactions you logged or took part in.");
    }
}
