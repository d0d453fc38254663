package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;

/**
 * An interaction as the API shows it. {@code staffDisplayName} falls back to the username when the staff account
 * is gone or disabled. {@code member}: on a household's timeline, the member an interaction is with (absent for the
 * household's own). {@code followUpTasks}: the tasks created to follow it up, whatever their status, oldest
 * first (without their {@code constituent}, which is the interaction's). {@code followUpTask} is filled only in the
 * answer to logging it with a follow-up: the task just created.
 */
@Serdeable
public record InteractionView(
        UUID id,
        ConstituentId constituentId,
        @Nullable ConstituentRef member,
        Channel channel,
        Direction direction,
        String subject,
        @Nullable String notes,
        Instant occurredAt,
        String staffUsername,
        String staffDisplayName,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<TaskView> followUpTasks,
        @Nullable TaskView followUpTask) {

    public InteractionView {
        followUpTasks = followUpTasks == null ? List.of() : List.copyOf(followUpTasks);
    }

    /** The same interaction, labelled with the household member it is with. */
    InteractionView withMember(@Nullable ConstituentRef who) {
        return new InteractionView(
                id,
                constituentId,
                who,
                channel,
                direction,
                subject,
                notes,
                occurredAt,
                staffUsername,
                staffDisplayName,
                version,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                followUpTasks,
                followUpTask);
    }

    InteractionView withFollowUpTasks(List<TaskView> tasks) {
        return with(tasks, followUpTask);
    }

    InteractionView withFollowUpTask(@Nullable TaskView task) {
        return with(task == null ? followUpTasks : List.of(task), task);
    }

    private InteractionView with(List<TaskView> tasks, @Nullable TaskView task) {
        return new InteractionView(
                id,
                constituentId,
                member,
                channel,
                direction,
                subject,
                notes,
                occurredAt,
                staffUsername,
                staffDisplayName,
                version,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                tasks,
                task);
    }
}
