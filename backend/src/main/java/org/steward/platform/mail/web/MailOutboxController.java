package org.steward.platform.mail.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.steward.platform.mail.MailAdmin;
import org.steward.shared.security.Roles;

/** The mail outbox, for administrators: what went out, what waits and what failed, and a retry of a failed one. */
@Controller("/api/mail-outbox")
@Secured(Roles.ADMIN)
@Tag(name = "Mail")
public class MailOutboxController {

    private final MailAdmin mail;

    MailOutboxController(MailAdmin mail) {
        this.mail = mail;
    }

    @Get
    @Operation(summary = "Messages of the outbox, newest first; status PENDING, SENDING, SENT or FAILED")
    public MailAdmin.OutboxPage list(
            @QueryValue @Nullable String status,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int page,
            @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
        return mail.list(status, page, size);
    }

    @Post("/{id}/retry")
    @Operation(summary = "Queue a failed message again (409 mail.not-failed for any other)")
    public MailAdmin.MailView retry(UUID id) {
        return mail.retry(id);
    }
}
