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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentPage;
import org.steward.constituents.ConstituentQuery;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentSummaryService;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.ConstituentView;
import org.steward.constituents.FieldVisibility;
import org.steward.constituents.TagCount;
import org.steward.constituents.internal.ConstituentSearch;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;

/**
 * Constituents. Development officers and administrators write; event coordinators read; board members see no
 * individual's personal data, so every endpoint here refuses them.
 */
@Controller("/api/constituents")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
@Tag(name = "Constituents")
public class ConstituentController {

    private final ConstituentService constituents;
    private final ConstituentSummaryService summaries;
    private final CurrentActor actor;

    ConstituentController(ConstituentService constituents, ConstituentSummaryService summaries, CurrentActor actor) {
        this.constituents = constituents;
        this.summaries = summaries;
        this.actor = actor;
    }

    @Post
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Create a constituent (individual, organization or household)")
    public HttpResponse<ConstituentView> create(@Valid @Body ConstituentRequest request) {
        ConstituentView created = constituents.create(request.toDraft());
        return HttpResponse.created(created, URI.create("/api/constituents/" + created.id()));
    }

    @Get
    @Operation(summary = "Search constituents: q is a name prefix, an email or a phone number; other filters narrow it")
    public ConstituentPage search(
            @QueryValue @Nullable @Size(max = 200) String q,
            @QueryValue @Nullable ConstituentType type,
            @QueryValue @Nullable @Size(max = 60) String tag,
            @QueryValue @Nullable @Size(max = 320) String email,
            @QueryValue @Nullable @Size(max = 40) String phone,
            @QueryValue @Nullable @Size(max = 20) String postalCode,
            @QueryValue @Nullable @Size(max = 200) String text,
            @QueryValue @Nullable Boolean includeDeleted,
            @QueryValue @Nullable String sort,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        if (!ConstituentSearch.isKnownSort(sort)) {
            throw InvalidInputException.of(
                    "sort", "must be one of name, -name, createdAt, -createdAt, updatedAt, -updatedAt");
        }
        if (text != null && !text.isBlank() && !FieldVisibility.sees("notes", actor::hasRole)) {
            // the words are looked for in notes too, which this role does not see
            throw InvalidInputException.of("text", "searching the words of notes is not open to your role");
        }
        boolean deleted = Boolean.TRUE.equals(includeDeleted) && actor.hasRole(Roles.ADMIN);
        var query = new ConstituentQuery(q, type, tag, email, phone, postalCode, text, deleted, sort);
        return constituents.search(query, page, size);
    }

    /**
     * The tags in use, for suggestions while typing a tag.
     *
     * @param q the first letters of the tag (case-insensitive); all tags when absent
     * @param limit how many tags at most, 1 to 100 (default 20)
     * @return the tags with how many constituents carry them, most used first, then alphabetical
     */
    @Get("/tags")
    @Operation(
            summary = "Tags in use with their counts (deleted constituents not counted), most used first;"
                    + " q filters by prefix")
    public List<TagCount> tags(
            @QueryValue @Nullable @Size(max = 60) String q,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return constituents.tags(q, limit);
    }

    @Get("/{id}")
    @Operation(summary = "One constituent; administrators may ask for a deleted one with includeDeleted=true")
    public ConstituentView get(UUID id, @QueryValue @Nullable Boolean includeDeleted) {
        return FieldVisibility.visible(
                constituents.get(
                        new ConstituentId(id), Boolean.TRUE.equals(includeDeleted) && actor.hasRole(Roles.ADMIN)),
                actor::hasRole);
    }

    @Put("/{id}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Replace a constituent; send the version you read (409 common.stale-version if it changed)")
    public ConstituentView update(UUID id, @Valid @Body ConstituentRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you read");
        }
        return constituents.update(new ConstituentId(id), request.toDraft(), request.version());
    }

    @Delete("/{id}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a constituent (soft: administrators can restore it)")
    public void delete(UUID id, @QueryValue @Nullable @Size(max = 500) String reason) {
        constituents.delete(new ConstituentId(id), reason);
    }

    @Post("/{id}/restore")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Restore a deleted constituent")
    public ConstituentView restore(UUID id) {
        return constituents.restore(new ConstituentId(id));
    }

    @Get("/{id}/summary")
    @Operation(
            summary = "The 360° view: profile, household, consent, relationships, interactions, tasks, in one response")
    public Map<String, Object> summary(UUID id) {
        return summaries.summary(new ConstituentId(id));
    }
}
