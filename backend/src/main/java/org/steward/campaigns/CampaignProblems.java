package org.steward.campaigns;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;

/** The campaigns module's failures with their stable codes (docs/problems.md). */
public final class CampaignProblems {

    private CampaignProblems() {}

    public static NotFoundException fundNotFound(Object id) {
        return new NotFoundException("campaigns.fund-not-found", "Fund not found", "No fund has id " + id + ".");
    }

    public static NotFoundException campaignNotFound(Object id) {
        return new NotFoundException(
                "campaigns.campaign-not-found", "Campaign not found", "No campaign has id " + id + ".");
    }

    public static NotFoundException appealNotFound(Object id) {
        return new NotFoundException("campaigns.appeal-not-found", "Appeal not found", "No appeal has id " + id + ".");
    }

    public static ConflictException fundCodeTaken(String code) {
        return new ConflictException(
                "campaigns.fund-code-taken", "Fund code taken", "Another fund already has the code '" + code + "'.");
    }

    public static BusinessRuleException invalidGoal(String why) {
        return new BusinessRuleException("campaigns.invalid-goal", "Invalid goal", why);
    }

    public static BusinessRuleException dates() {
        return new BusinessRuleException(
                "campaigns.dates", "End before start", "A campaign's end date cannot be before its start date.");
    }

    public static BusinessRuleException unknownParent(Object id) {
        return new BusinessRuleException(
                "campaigns.unknown-parent", "Unknown parent campaign", "No campaign has id " + id + ".");
    }

    public static BusinessRuleException parentCycle(Object id) {
        return new BusinessRuleException(
                "campaigns.parent-cycle",
                "Campaign inside itself",
                "Campaign " + id + " cannot be its own parent or sit inside one of its own sub-campaigns.");
    }

    public static BusinessRuleException unknownCampaign(Object id) {
        return new BusinessRuleException(
                "campaigns.unknown-campaign", "Unknown campaign", "No campaign has id " + id + ".");
    }
}
