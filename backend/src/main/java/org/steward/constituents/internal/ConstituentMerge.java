package org.steward.constituents.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One merge of a duplicate into a survivor; {@code moved} is the JSON of {@link MergeMoves}. */
@MappedEntity("constituent_merges")
public class ConstituentMerge {

    @Id
    private UUID id;

    private UUID survivorId;
    private UUID duplicateId;
    private String moved;
    private Instant mergedAt;
    private String mergedBy;

    @Nullable
    private Instant undoneAt;

    @Nullable
    private String undoneBy;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getSurvivorId() {
        return survivorId;
    }

    public void setSurvivorId(UUID survivorId) {
        this.survivorId = survivorId;
    }

    public UUID getDuplicateId() {
        return duplicateId;
    }

    public void setDuplicateId(UUID duplicateId) {
        this.duplicateId = duplicateId;
    }

    public String getMoved() {
        return moved;
    }

    public void setMoved(String moved) {
        this.moved = moved;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public void setMergedAt(Instant mergedAt) {
        this.mergedAt = mergedAt;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public void setMergedBy(String mergedBy) {
        this.mergedBy = mergedBy;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public void setUndoneAt(Instant undoneAt) {
        this.undoneAt = undoneAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public void setUndoneBy(String undoneBy) {
        this.undoneBy = undoneBy;
    }
}
