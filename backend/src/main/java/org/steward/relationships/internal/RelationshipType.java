package org.steward.relationships.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.steward.relationships.RelationshipTypeView;
import org.steward.shared.persistence.AuditedEntity;

/** A kind of relationship, read from {@code from} to {@code to} with {@link #label}, the other way with the inverse. */
@MappedEntity("relationship_types")
public class RelationshipType extends AuditedEntity {

    @Id
    private String code;

    private String label;
    private String inverseLabel;

    @MappedProperty("is_symmetric")
    private boolean symmetric;

    private boolean builtIn;
    private boolean active;

    public RelationshipTypeView view() {
        return new RelationshipTypeView(code, label, inverseLabel, symmetric, builtIn, active, getVersion());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getInverseLabel() {
        return inverseLabel;
    }

    public void setInverseLabel(String inverseLabel) {
        this.inverseLabel = inverseLabel;
    }

    public boolean isSymmetric() {
        return symmetric;
    }

    public void setSymmetric(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public void setBuiltIn(boolean builtIn) {
        this.builtIn = builtIn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
