package org.steward.events;

import java.util.List;
import java.util.UUID;

/** A sign-up from the public page: who (matched to a constituent by email), which ticket, how many guests. */
public record PublicSignUp(
        String firstName,
        String lastName,
        String email,
        UUID ticketTypeId,
        int guests,
        List<EventCommands.Answer> answers) {

    public PublicSignUp {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
