package org.steward.reporting.internal;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import org.steward.campaigns.CampaignService;
import org.steward.constituents.HouseholdService;
import org.steward.donations.DonationsConfig;
import org.steward.donations.GivingFacts;

/** What reports read: the giving facts, households (for household credit), campaigns and the configuration. */
@Singleton
public class ReportContext {

    private final GivingFacts facts;
    private final HouseholdService households;
    private final CampaignService campaigns;
    private final DonationsConfig donations;

    ReportContext(
            GivingFacts facts, HouseholdService households, CampaignService campaigns, DonationsConfig donations) {
        this.facts = facts;
        this.households = households;
        this.campaigns = campaigns;
        this.donations = donations;
    }

    public GivingFacts facts() {
        return facts;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public String currency() {
        return donations.baseCurrency();
    }

    public int fiscalYearStartMonth() {
        return donations.fiscalYearStartMonth();
    }

    /** Current household of each member (only needed for household credit; read per report run). */
    public Map<UUID, UUID> households() {
        return households.currentHouseholds();
    }
}
