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
import org.steward.campaigns.FundView;
import org.steward.shared.security.Roles;

/** Funds: administrators and development officers read them; only administrators write. */
@Controller("/api/funds")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Campaigns")
public class FundController {

    private final CampaignService campaigns;

    FundController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Create a fund")
    public HttpResponse<FundView> create(@Valid @Body CampaignRequests.FundRequest request) {
        FundView created = campaigns.createFund(request.command());
        return HttpResponse.created(created, URI.create("/api/funds/" + created.id()));
    }

    @Get
    @Operation(summary = "Funds by code; activeOnly=true leaves out retired ones")
    public List<FundView> list(@QueryValue(defaultValue = "false") boolean activeOnly) {
        return campaigns.funds(activeOnly);
    }

    @Get("/{id}")
    @Operation(summary = "One fund")
    public FundView get(UUID id) {
        return campaigns.fund(id);
    }

    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Change or retire (active=false) a fund; send the version you read")
    public FundView update(UUID id, @Valid @Body CampaignRequests.FundRequest request) {
        return campaigns.updateFund(id, request.command(), CampaignRequests.requireVersion(request.version()));
    }
}
