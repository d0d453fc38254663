package org.steward.constituents;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;

/** Failures of duplicate detection and merging, with their stable codes (docs/problems.md). */
public final class MergeProblems {

    private MergeProblems() {}

    public static BusinessRuleException mergeSelf(Object id) {
        return new BusinessRuleException(
                "constituents.merge-self",
                "Cannot merge a constituent into itself",
                "The survivor and the duplicate are the same constituent (" + id + ").");
    }

    public static BusinessRuleException typeMismatch(ConstituentType survivor, ConstituentType duplicate) {
        return new BusinessRuleException(
                "constituents.merge-type-mismatch",
                "Types differ",
                "Only constituents of the same type can be merged; the survivor is "
                        + survivor.name().toLowerCase() + " and the duplicate "
                        + duplicate.name().toLowerCase() + ".");
    }

    public static ConflictException alreadyMerged(Object duplicateId, Object mergedInto) {
        return new ConflictException(
                "constituents.already-merged",
                "Already merged",
                "Constituent " + duplicateId + " has already been merged into " + mergedInto + ".");
    }

    public static NotFoundException mergeNotFound(Object mergeId) {
        return new NotFoundException(
                "constituents.merge-not-found", "Merge not found", "No merge has id " + mergeId + ".");
    }

    public static ConflictException alreadyUndone(Object mergeId) {
        return new ConflictException(
                "constituents.merge-already-undone",
                "Merge already undone",
                "Merge " + mergeId + " was already undone.");
    }

    public static ConflictException undoBlocked(Object mergeId, String why) {
        return new ConflictException(
                "constituents.merge-undo-blocked", "Merge cannot be undone now", "Merge " + mergeId + ": " + why);
    }

    public static NotFoundException notDismissed(ConstituentId id, ConstituentId other) {
        return new NotFoundException(
                "constituents.not-duplicate-not-found",
                "Pair not dismissed",
                "Constituents " + id.value() + " and " + other.value() + " are not marked as not duplicates.");
    }

    public static NotFoundException ruleNotFound(String code) {
        return new NotFoundException(
                "constituents.duplicate-rule-not-found",
                "Duplicate rule not found",
                "There is no duplicate rule '" + code + "'. Known rules: "
                        + java.util.Arrays.stream(DuplicateRule.values())
                                .map(DuplicateRule::code)
                                .toList()
                        + ".");
    }
}
