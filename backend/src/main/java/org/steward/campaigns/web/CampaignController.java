package org.steward.campaigns.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.steward.campaigns.CampaignService;
import org.steward.campaigns.CampaignView;
import org.steward.shared.security.Roles;

/** Campaigns: board members read them too (for progress); only administrators write. */
@Controller("/api/campaigns")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
@Tag(name = "Campaigns")
public class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Create a campaign, optionally inside a parent campaign")
    public HttpResponse<CampaignView> create(@Valid @Body CampaignRequests.CampaignRequest request) {
        CampaignView created = campaigns.createCampaign(request.command());
        return HttpResponse.created(created, URI.create("/api/campaigns/" + created.id()));
    }

    @Get
    @Operation(summary = "Campaigns by name; activeOnly=true leaves out retired ones")
    public List<CampaignView> list(@QueryValue(defaultValue = "false") boolean activeOnly) {
        return campaigns.campaigns(activeOnly);
    }

    @Get("/{id}")
    @Operation(summary = "One campaign")
    public CampaignView get(UUID id) {
        return campaigns.campaign(id);
    }

    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Change or retire (active=false) a campaign; send the version you read")
    public CampaignView update(UUID id, @Valid @Body CampaignRequests.CampaignRequest request) {
        return campaigns.updateCampaign(id, request.command(), CampaignRequests.requireVersion(request.version()));
    }
}
