package org.steward.relationships.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.shared.persistence.AuditedEntity;

/** One relationship row: {@code from} is {@code type}'s label of {@code to} ("from is Employee of to"). */
@MappedEntity("relationships")
public class Relationship extends AuditedEntity {

    @Id
    private UUID id;

    private UUID fromId;
    private UUID toId;
    private String typeCode;

    @Nullable
    private LocalDate startDate;

    @Nullable
    private LocalDate endDate;

    private boolean active;

    @Nullable
    private String activeKey;

    @Nullable
    private String notes;

    /**
     * The key the database keeps unique among active relationships: type and the two ids, in ascending order for
     * a symmetric type (so "A spouse of B" and "B spouse of A" clash); null while inactive.
     */
    public static String activeKey(String typeCode, UUID fromId, UUID toId, boolean symmetric, boolean active) {
        if (!active) {
            return null;
        }
        String from = fromId.toString();
        String to = toId.toString();
        if (symmetric && from.compareTo(to) > 0) {
            return typeCode + ":" + to + ":" + from;
        }
        return typeCode + ":" + from + ":" + to;
    }

    /** Recomputes {@link #getActiveKey()} after a change of type, ends or activity. */
    public void refreshActiveKey(boolean symmetric) {
        this.activeKey = activeKey(typeCode, fromId, toId, symmetric, active);
    }

    /** The other end of this relationship as seen from {@code constituent}. */
    public UUID otherThan(UUID constituent) {
        return fromId.equals(constituent) ? toId : fromId;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getFromId() {
        return fromId;
    }

    public void setFromId(UUID fromId) {
        this.fromId = fromId;
    }

    public UUID getToId() {
        return toId;
    }

    public void setToId(UUID toId) {
        this.toId = toId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getActiveKey() {
        return activeKey;
    }

    public void setActiveKey(String activeKey) {
        this.activeKey = activeKey;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
