package org.steward.donations;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One campaign's progress with where the money came from: by appeal and by fund (over the campaign and its
 * sub-campaigns), each direct sub-campaign's own progress (with its sub-campaigns), and what was given to this
 * campaign itself rather than to a sub-campaign. The shares of {@code byAppeal} and of {@code byFund} each add up
 * to {@code campaign.raised}.
 */
@Serdeable
public record CampaignProgressDetail(
        CampaignProgressView campaign,
        List<GivingShare> byAppeal,
        List<GivingShare> byFund,
        List<CampaignProgressView> subCampaigns,
        GivingShare direct) {}
