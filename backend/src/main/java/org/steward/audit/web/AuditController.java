package org.steward.audit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.steward.audit.AuditActor;
import org.steward.audit.AuditEntityType;
import org.steward.audit.AuditEntryView;
import org.steward.audit.AuditLogService;
import org.steward.audit.AuditQuery;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

@Controller("/api/audit")
@Secured(Roles.ADMIN)
@Tag(name = "Audit")
public class AuditController {

    private final AuditLogService log;

    AuditController(AuditLogService log) {
        this.log = log;
    }

    @Get
    @Operation(
            summary = "Audit log entries, newest first, with the actor's name and what each entity is called;"
                    + " optionally of one entity type (one of GET /api/audit/entity-types, else 400) and id, by one"
                    + " user, and from one day to another, both included, in the IANA time zone `zone` (UTC if"
                    + " absent)")
    public PageResponse<AuditEntryView> list(
            @QueryValue @Nullable @Size(max = 60) String entityType,
            @QueryValue @Nullable @Size(max = 64) String entityId,
            @QueryValue @Nullable @Size(max = 100) String actor,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @QueryValue @Nullable @Size(max = 64) String zone,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        var query = new AuditQuery(
                blankToNull(entityType), blankToNull(entityId), blankToNull(actor), from, to, blankToNull(zone));
        return PageResponse.of(log.find(query, page, size), view -> view);
    }

    @Get("/entity-types")
    @Operation(summary = "The entity types the audit log records, each with its name in words, by name")
    public List<AuditEntityType> entityTypes() {
        return log.entityTypes();
    }

    @Get("/actors")
    @Operation(summary = "Everyone who has an entry in the audit log (disabled accounts and `system` too), by name")
    public List<AuditActor> actors() {
        return log.actors();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
