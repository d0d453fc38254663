package org.steward.constituents;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;

/** The constituents module's failures with their stable codes (docs/problems.md). */
public final class ConstituentProblems {

    private ConstituentProblems() {}

    public static ConflictException externalIdTaken(String source, String id) {
        return new ConflictException(
                "constituents.external-id-taken",
                "External id already used",
                "Another constituent already has the " + source + " id '" + id + "'.");
    }

    public static BusinessRuleException typeChange() {
        return new BusinessRuleException(
                "constituents.type-change",
                "Type cannot change",
                "A constituent's type (individual, organization, household) cannot be changed; create a new one instead.");
    }

    public static BusinessRuleException notDeleted(Object id) {
        return new BusinessRuleException(
                "constituents.not-deleted",
                "Not deleted",
                "Constituent " + id + " is not deleted, so there is nothing to restore.");
    }

    public static BusinessRuleException notAHousehold(Object id) {
        return new BusinessRuleException(
                "constituents.not-a-household", "Not a household", "Constituent " + id + " is not a household.");
    }

    public static BusinessRuleException notAnIndividual(Object id) {
        return new BusinessRuleException(
                "constituents.not-an-individual",
                "Only individuals join households",
                "Constituent " + id + " is not an individual.");
    }

    public static BusinessRuleException notAMember(Object memberId, Object householdId) {
        return new BusinessRuleException(
                "constituents.not-a-member",
                "Not a member",
                "Constituent " + memberId + " is not a current member of household " + householdId + ".");
    }

    public static BusinessRuleException householdHeadTaken(Object householdId, Object headId) {
        return new BusinessRuleException(
                "constituents.household-head-taken",
                "Household already has a head",
                "Constituent " + headId + " is the head of household " + householdId
                        + "; give them another role first.");
    }

    public static BusinessRuleException householdHasMembers(Object id) {
        return new BusinessRuleException(
                "constituents.household-has-members",
                "Household still has members",
                "Household " + id + " still has members; remove them before deleting it.");
    }

    public static ConflictException stale(Object id) {
        return new org.steward.shared.errors.StaleVersionException("constituent", id);
    }
}
