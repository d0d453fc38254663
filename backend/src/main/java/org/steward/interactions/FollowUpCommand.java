package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** A task to create together with an interaction, linked to it and to its constituent. */
public record FollowUpCommand(String title, @Nullable String notes, String assignee, LocalDate dueDate) {}
