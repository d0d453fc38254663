package org.steward.events.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.steward.events.AttendanceCounts;
import org.steward.events.CheckInSheet;
import org.steward.events.RegistrationService;
import org.steward.events.RegistrationView;
import org.steward.shared.security.Roles;

/**
 * Check-in at the door (docs/adr/0019-check-in-at-the-door.md). Event coordinators and administrators check parties
 * in and undo it; development officers and board members see the counts only.
 */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR})
@Tag(name = "Events")
public class CheckInController {

    private final RegistrationService registrations;

    CheckInController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Get("/events/{id}/check-in")
    @Operation(
            summary = "What the door page needs, also offline: the event, the counts and the roster (REGISTERED,"
                    + " ATTENDED, NO_SHOW, by name) with each party's check-in code")
    public CheckInSheet sheet(UUID id) {
        return registrations.checkInSheet(id);
    }

    @Get("/events/{id}/attendance")
    @Secured({Roles.ADMIN, Roles.EVENT_COORDINATOR, Roles.DEVELOPMENT_OFFICER, Roles.BOARD_MEMBER})
    @Operation(summary = "Parties and people expected at the door and checked in")
    public AttendanceCounts attendance(UUID id) {
        return registrations.attendance(id);
    }

    @Post("/registrations/{id}/check-in")
    @Operation(
            summary = "Check a registered party (or a late no-show) in, with its guests (default all); a check-in"
                    + " queued offline sends its tap's time. An Idempotency-Key used before on the registration"
                    + " changes nothing and answers the registration as it is")
    public RegistrationView checkIn(
            UUID id,
            @Header("Idempotency-Key") @Nullable String idempotencyKey,
            @Valid @Body @Nullable EventRequests.CheckInRequest request) {
        return registrations.checkIn(
                id,
                RegistrationController.idempotencyKey(idempotencyKey),
                request == null ? null : request.guestsCheckedIn(),
                request == null ? null : request.checkedInAt());
    }

    @Post("/registrations/{id}/undo-check-in")
    @Operation(
            summary = "Take a check-in back (ATTENDED → REGISTERED); an Idempotency-Key used before on the"
                    + " registration changes nothing")
    public RegistrationView undoCheckIn(UUID id, @Header("Idempotency-Key") @Nullable String idempotencyKey) {
        return registrations.undoCheckIn(id, RegistrationController.idempotencyKey(idempotencyKey));
    }
}
