package org.steward.donations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.steward.donations.CampaignProgressDetail;
import org.steward.donations.CampaignProgressService;
import org.steward.donations.CampaignProgressView;
import org.steward.donations.GivingSummaryService;
import org.steward.donations.GivingSummaryView;
import org.steward.shared.security.Roles;

/**
 * Aggregates of giving: campaign progress and the giving summary. Board members read these (and only these) of
 * the money; they name no donor and no gift. Event coordinators see none of it.
 */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
@Tag(name = "Giving aggregates")
public class GivingAggregatesController {

    private final CampaignProgressService progress;
    private final GivingSummaryService summary;

    GivingAggregatesController(CampaignProgressService progress, GivingSummaryService summary) {
        this.progress = progress;
        this.summary = summary;
    }

    @Get("/campaigns/progress")
    @Operation(
            summary = "Every campaign's raised amount against its goal, sub-campaigns rolled up; activeOnly=true leaves"
                    + " out retired ones, runningOn=YYYY-MM-DD keeps those whose dates include that day")
    public List<CampaignProgressView> list(
            @QueryValue(defaultValue = "false") boolean activeOnly, @QueryValue @Nullable LocalDate runningOn) {
        return progress.list(activeOnly, runningOn);
    }

    @Get("/campaigns/{id}/progress")
    @Operation(summary = "One campaign's progress, by appeal, fund and sub-campaign")
    public CampaignProgressDetail progress(UUID id) {
        return progress.progress(id);
    }

    @Get("/giving/summary")
    @Operation(
            summary = "Giving between two dates received (default: this fiscal year to today): totals by month, fund"
                    + " and campaign, donor count and average gift")
    public GivingSummaryView summary(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to) {
        return summary.summary(from, to);
    }
}
