package org.steward.constituents.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentType;
import org.steward.shared.persistence.AuditedEntity;

/** The constituent row. Contact points, tags and external ids live in their own tables (ContactPoints). */
@MappedEntity("constituents")
public class Constituent extends AuditedEntity {

    @Id
    private UUID id;

    private ConstituentType type;

    @Nullable
    private String prefix;

    @Nullable
    private String firstName;

    @Nullable
    private String middleName;

    @Nullable
    private String lastName;

    @Nullable
    private String suffix;

    @Nullable
    private String preferredName;

    @Nullable
    private LocalDate birthDate;

    private boolean deceased;

    @Nullable
    private LocalDate deceasedDate;

    @Nullable
    private String name;

    private boolean nameGenerated;

    @Nullable
    private String formalSalutation;

    @Nullable
    private String informalSalutation;

    private String displayName;
    private String sortName;

    @Nullable
    private String firstKey;

    @Nullable
    private String lastKey;

    private String searchText;

    @Nullable
    private String source;

    @Nullable
    private String notes;

    private boolean doNotContact;
    private boolean doNotSolicit;

    @Nullable
    private Instant deletedAt;

    @Nullable
    private String deletedBy;

    @Nullable
    private UUID mergedIntoId;

    public ConstituentId constituentId() {
        return new ConstituentId(id);
    }

    public ConstituentRef ref() {
        return new ConstituentRef(constituentId(), type, displayName, deceased);
    }

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

    public ConstituentType getType() {
        return type;
    }

    public void setType(ConstituentType type) {
        this.type = type;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public boolean isDeceased() {
        return deceased;
    }

    public void setDeceased(boolean deceased) {
        this.deceased = deceased;
    }

    public LocalDate getDeceasedDate() {
        return deceasedDate;
    }

    public void setDeceasedDate(LocalDate deceasedDate) {
        this.deceasedDate = deceasedDate;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isNameGenerated() {
        return nameGenerated;
    }

    public void setNameGenerated(boolean nameGenerated) {
        this.nameGenerated = nameGenerated;
    }

    public String getFormalSalutation() {
        return formalSalutation;
    }

    public void setFormalSalutation(String formalSalutation) {
        this.formalSalutation = formalSalutation;
    }

    public String getInformalSalutation() {
        return informalSalutation;
    }

    public void setInformalSalutation(String informalSalutation) {
        this.informalSalutation = informalSalutation;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getSortName() {
        return sortName;
    }

    public void setSortName(String sortName) {
        this.sortName = sortName;
    }

    public String getFirstKey() {
        return firstKey;
    }

    public void setFirstKey(String firstKey) {
        this.firstKey = firstKey;
    }

    public String getLastKey() {
        return lastKey;
    }

    public void setLastKey(String lastKey) {
        this.lastKey = lastKey;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isDoNotContact() {
        return doNotContact;
    }

    public void setDoNotContact(boolean doNotContact) {
        this.doNotContact = doNotContact;
    }

    public boolean isDoNotSolicit() {
        return doNotSolicit;
    }

    public void setDoNotSolicit(boolean doNotSolicit) {
        this.doNotSolicit = doNotSolicit;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public void setDeletedBy(String deletedBy) {
        this.deletedBy = deletedBy;
    }

    public UUID getMergedIntoId() {
        return mergedIntoId;
    }

    public void setMergedIntoId(UUID mergedIntoId) {
        this.mergedIntoId = mergedIntoId;
    }
}
