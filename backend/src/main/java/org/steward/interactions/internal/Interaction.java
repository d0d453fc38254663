package org.steward.interactions.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Transient;
import java.time.Instant;
import java.util.UUID;
import org.steward.interactions.Channel;
import org.steward.interactions.Direction;
import org.steward.shared.persistence.AuditedEntity;

/** One contact with a constituent. Deleting only sets {@code deletedAt}: the row stays for the audit trail. */
@MappedEntity("interactions")
public class Interaction extends AuditedEntity {

    @Id
    private UUID id;

    private UUID constituentId;
    private Channel channel;
    private Direction direction;
    private String subject;

    @Nullable
    private String notes;

    private Instant occurredAt;
    private String staffUsername;

    @Nullable
    private Instant deletedAt;

    @Transient
    public boolean isDeleted() {
        return deletedAt != null;
    }

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

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }
}
