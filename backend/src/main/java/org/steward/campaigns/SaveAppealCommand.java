package org.steward.campaigns;

import java.util.UUID;

/** Creates or replaces an appeal within a campaign. */
public record SaveAppealCommand(UUID campaignId, String name, boolean active) {}
