package org.steward.constituents.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentPage;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.SaveSegmentCommand;
import org.steward.constituents.SegmentCriteria;
import org.steward.constituents.SegmentService;
import org.steward.constituents.SegmentView;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.Roles;

/**
 * Segments (saved constituent searches). Development officers and administrators write; event coordinators read;
 * board members are refused, as for constituents.
 */
@Controller("/api/segments")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
@Tag(name = "Segments")
public class SegmentController {

    private final SegmentService segments;

    SegmentController(SegmentService segments) {
        this.segments = segments;
    }

    /** The search filters of a segment, as on the constituent search. */
    @Serdeable
    public record CriteriaRequest(
            @Nullable @Size(max = 200) String q,
            @Nullable ConstituentType type,
            @Nullable @Size(max = 60) String tag,
            @Nullable @Size(max = 320) String email,
            @Nullable @Size(max = 40) String phone,
            @Nullable @Size(max = 20) String postalCode,
            @Nullable @Size(max = 200) String text) {}

    /** Create or replace a segment; on update {@code version} is the one read. */
    @Serdeable
    public record SegmentRequest(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 500) String description,
            @NotNull @Valid CriteriaRequest criteria,
            @Nullable Long version) {

        SaveSegmentCommand toCommand() {
            return new SaveSegmentCommand(
                    name,
                    description,
                    new SegmentCriteria(
                            criteria.q(),
                            criteria.type(),
                            criteria.tag(),
                            criteria.email(),
                            criteria.phone(),
                            criteria.postalCode(),
                            criteria.text()));
        }
    }

    @Post
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Save a search as a named segment (409 segments.name-taken if the name is used)")
    public HttpResponse<SegmentView> create(@Valid @Body SegmentRequest request) {
        SegmentView created = segments.create(request.toCommand());
        return HttpResponse.created(created, URI.create("/api/segments/" + created.id()));
    }

    @Get
    @Operation(summary = "All segments, by name")
    public List<SegmentView> list() {
        return segments.list();
    }

    @Get("/{id}")
    @Operation(summary = "One segment")
    public SegmentView get(UUID id) {
        return segments.get(id);
    }

    @Put("/{id}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Replace a segment; send the version you read (409 common.stale-version if it changed)")
    public SegmentView update(UUID id, @Valid @Body SegmentRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you read");
        }
        return segments.update(id, request.toCommand(), request.version());
    }

    @Delete("/{id}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a segment (its members are not touched)")
    public void delete(UUID id) {
        segments.delete(id);
    }

    @Get("/{id}/members")
    @Operation(summary = "The constituents the segment matches now: the saved search runs again on current data")
    public ConstituentPage members(
            UUID id,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return segments.members(id, page, size);
    }
}
