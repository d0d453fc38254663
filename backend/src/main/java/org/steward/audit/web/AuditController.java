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
import org.steward.audit.AuditEntryView;
import org.steward.audit.AuditTrail;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

@Controller("/api/audit")
@Secured(Roles.ADMIN)
@Tag(name = "Audit")
public class AuditController {

    private final AuditTrail auditTrail;

    AuditController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Get
    @Operation(summary = "Audit log entries, newest first, optionally for one entity type and id")
    public PageResponse<AuditEntryView> list(
            @QueryValue @Nullable @Size(max = 60) String entityType,
            @QueryValue @Nullable @Size(max = 64) String entityId,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        var result = auditTrail.find(blankToNull(entityType), blankToNull(entityId), page, size);
        return PageResponse.of(result, view -> view);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
