package org.steward.shared.persistence;

import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * The columns every business table carries: an optimistic-locking {@code version} and who created and last
 * changed the row, when (whole seconds, see {@code Timestamps}). Entities extend this instead of repeating them.
 */
public abstract class AuditedEntity {

    @Version
    private Long version;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    /** Marks a new row as created, and last changed, by {@code actor} at {@code now}. */
    public void stampCreated(String actor, Instant now) {
        this.createdAt = now;
        this.createdBy = actor;
        stampUpdated(actor, now);
    }

    /** Marks the row as last changed by {@code actor} at {@code now}. */
    public void stampUpdated(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
