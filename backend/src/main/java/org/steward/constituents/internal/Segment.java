package org.steward.constituents.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.util.UUID;
import org.steward.constituents.SegmentCriteria;
import org.steward.constituents.SegmentView;
import org.steward.shared.persistence.AuditedEntity;

/** A saved search; {@code criteria} is stored as JSON text. */
@MappedEntity("segments")
public class Segment extends AuditedEntity {

    @Id
    private UUID id;

    private String name;

    @Nullable
    private String description;

    @TypeDef(type = DataType.STRING, converter = SegmentCriteriaConverter.class)
    private SegmentCriteria criteria;

    public SegmentView view() {
        return new SegmentView(
                id,
                name,
                description,
                criteria,
                getVersion(),
                getCreatedAt(),
                getCreatedBy(),
                getUpdatedAt(),
                getUpdatedBy());
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public SegmentCriteria getCriteria() {
        return criteria;
    }

    public void setCriteria(SegmentCriteria criteria) {
        this.criteria = criteria;
    }
}
