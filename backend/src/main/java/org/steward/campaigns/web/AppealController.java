package org.steward.campaigns.web;

import io.micronaut.core.annotation.Nullable;
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
import org.steward.campaigns.AppealView;
import org.steward.campaigns.CampaignService;
import org.steward.shared.security.Roles;

/** Appeals within campaigns: administrators and development officers read them; only administrators write. */
@Controller("/api/appeals")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Campaigns")
public class AppealController {

    private final CampaignService campaigns;

    AppealController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Create an appeal within a campaign")
    public HttpResponse<AppealView> create(@Valid @Body CampaignRequests.AppealRequest request) {
        AppealView created = campaigns.createAppeal(request.command());
        return HttpResponse.created(created, URI.create("/api/appeals/" + created.id()));
    }

    @Get
    @Operation(summary = "Appeals by name, optionally of one campaign; activeOnly=true leaves out retired ones")
    public List<AppealView> list(
            @QueryValue @Nullable UUID campaignId, @QueryValue(defaultValue = "false") boolean activeOnly) {
        return campaigns.appeals(campaignId, activeOnly);
    }

    @Get("/{id}")
    @Operation(summary = "One appeal")
    public AppealView get(UUID id) {
        return campaigns.appeal(id);
    }

    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Change or retire (active=false) an appeal; send the version you read")
    public AppealView update(UUID id, @Valid @Body CampaignRequests.AppealRequest request) {
        return campaigns.updateAppeal(id, request.command(), CampaignRequests.requireVersion(request.version()));
    }
}
