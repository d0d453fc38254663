package org.steward.events;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** What the public sign-up answers: the registration and whether it got seats or a place on the waitlist. */
@Serdeable
public record PublicRegistrationView(UUID id, UUID eventId, RegistrationStatus status, int partySize) {}
