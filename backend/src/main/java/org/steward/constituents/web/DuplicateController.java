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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.DuplicateCandidate;
import org.steward.constituents.DuplicateDismissal;
import org.steward.constituents.DuplicatePair;
import org.steward.constituents.DuplicateRuleView;
import org.steward.constituents.DuplicateService;
import org.steward.constituents.MergePreview;
import org.steward.constituents.MergeResult;
import org.steward.constituents.MergeService;
import org.steward.constituents.MergeUndone;
import org.steward.constituents.MergeView;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * Duplicate detection and merging. Development officers and administrators find and merge duplicates; only
 * administrators switch matching rules and undo merges. Event coordinators and board members are refused.
 */
@Controller("/api/constituents")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Duplicates and merges")
public class DuplicateController {

    private final DuplicateService duplicates;
    private final MergeService merges;

    DuplicateController(DuplicateService duplicates, MergeService merges) {
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @Serdeable
    public record RuleRequest(@NotNull Boolean enabled) {}

    @Serdeable
    public record NotDuplicateRequest(@NotNull UUID otherId, @Nullable @Size(max = 500) String reason) {}

    @Serdeable
    /**
     * {@code fromDuplicate}: the fields whose value the duplicate gives instead of the survivor (field by field, as
     * the merge screen chooses): any of the names {@code GET …/merge-preview} lists in {@code choosable}.
     */
    public record MergeRequest(
            @NotNull UUID duplicateId,
            @Nullable Long version,
            @Nullable @Size(max = 500) String reason,
            @Nullable @Size(max = 30) List<@NotNull @Size(max = 40) String> fromDuplicate) {}

    @Get("/duplicate-rules")
    @Operation(summary = "The duplicate matching rules and whether each is switched on")
    public List<DuplicateRuleView> rules() {
        return duplicates.rules();
    }

    @Put("/duplicate-rules/{code}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Switch a duplicate matching rule on or off (administrators)")
    public DuplicateRuleView setRule(String code, @Valid @Body RuleRequest request) {
        return duplicates.setEnabled(code, request.enabled());
    }

    @Get("/duplicates")
    @Operation(
            summary = "Likely duplicate pairs found by the rules switched on: most reasons first, then by name;"
                    + " 'name' keeps the pairs where either side's sort name (\"Last, First\") starts with it")
    public PageResponse<DuplicatePair> scan(
            @QueryValue @Nullable @Size(max = 100) String name,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return PageResponse.of(duplicates.scan(name, page, size), pair -> pair);
    }

    @Get("/{id}/duplicates")
    @Operation(summary = "Likely duplicates of one constituent (it is always 'a'), at most 100")
    public List<DuplicatePair> candidates(UUID id) {
        return duplicates.candidatesFor(new ConstituentId(id));
    }

    @Post("/duplicate-check")
    @Operation(
            summary = "The existing constituents a record about to be created (the body a create would send) probably"
                    + " is, by the duplicate rules switched on, each with the rules that matched; empty: no likely"
                    + " duplicate. Nothing is saved")
    public List<DuplicateCandidate> duplicateCheck(@Valid @Body ConstituentRequest request) {
        return duplicates.candidatesForDraft(request.toDraft());
    }

    @Post("/{id}/not-duplicates")
    @Operation(
            summary = "Say this constituent and otherId are not duplicates: the pair leaves the duplicate scan and both"
                    + " candidate lists (201; 200 with the stored dismissal when it was said already). Audited on both")
    public HttpResponse<DuplicateDismissal> notDuplicate(UUID id, @Valid @Body NotDuplicateRequest request) {
        DuplicateService.Dismissed dismissed =
                duplicates.dismiss(new ConstituentId(id), new ConstituentId(request.otherId()), request.reason());
        return dismissed.created()
                ? HttpResponse.created(dismissed.dismissal())
                : HttpResponse.ok(dismissed.dismissal());
    }

    @Get("/{id}/not-duplicates")
    @Operation(summary = "The constituents this one was said not to be a duplicate of, newest first")
    public List<DuplicateDismissal> notDuplicates(UUID id) {
        return duplicates.dismissalsOf(new ConstituentId(id));
    }

    @Delete("/{id}/not-duplicates/{otherId}")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Take a 'not a duplicate' back (administrators): the rules may pair the two again; 404"
                    + " constituents.not-duplicate-not-found when the pair was not dismissed")
    public void undoNotDuplicate(UUID id, UUID otherId) {
        duplicates.undoDismissal(new ConstituentId(id), new ConstituentId(otherId));
    }

    @Get("/{id}/merge-preview")
    @Operation(summary = "What merging duplicateId into this constituent (the survivor) would do, without doing it")
    public MergePreview preview(UUID id, @QueryValue @Nullable UUID duplicateId) {
        if (duplicateId == null) {
            throw InvalidInputException.of("duplicateId", "is required");
        }
        return merges.preview(new ConstituentId(id), new ConstituentId(duplicateId));
    }

    @Post("/{id}/merge")
    @Operation(
            summary = "Merge duplicateId into this constituent (the survivor), in one transaction; send the survivor's"
                    + " version to be refused (409 common.stale-version) if it changed since the preview")
    public MergeResult merge(UUID id, @Valid @Body MergeRequest request) {
        return merges.merge(
                new ConstituentId(id),
                new ConstituentId(request.duplicateId()),
                request.version(),
                request.reason(),
                request.fromDuplicate() == null ? java.util.Set.of() : java.util.Set.copyOf(request.fromDuplicate()));
    }

    @Get("/{id}/merges")
    @Operation(summary = "The merges this constituent took part in, as survivor or duplicate, newest first")
    public List<MergeView> mergesOf(UUID id) {
        return merges.mergesOf(new ConstituentId(id));
    }

    @Post("/merges/{mergeId}/undo")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Undo a merge (administrators): the duplicate and everything that moved come back")
    public MergeUndone undo(UUID mergeId) {
        return merges.undo(mergeId);
    }
}
