package org.steward.interactions.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.interactions.TaskStatus;
import org.steward.shared.persistence.AuditedEntity;

/** A follow-up for a staff member, optionally about a constituent and an interaction. */
@MappedEntity("tasks")
public class Task extends AuditedEntity {

    @Id
    private UUID id;

    @Nullable
    private UUID constituentId;

    @Nullable
    private UUID interactionId;

    private String title;

    @Nullable
    private String notes;

    private String assigneeUsername;

    @Nullable
    private LocalDate dueDate;

    private TaskStatus status;

    @Nullable
    private Instant completedAt;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getConstituentId() {
        return constituentId;
    }

    public void setConstituentId(UUID constituentId) {
        this.constituentId = constituentId;
    }

    public UUID getInteractionId() {
        return interactionId;
    }

    public void setInteractionId(UUID interactionId) {
        this.interactionId = interactionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getAssigneeUsername() {
        return assigneeUsername;
    }

    public void setAssigneeUsername(String assigneeUsername) {
        this.assigneeUsername = assigneeUsername;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }
}
