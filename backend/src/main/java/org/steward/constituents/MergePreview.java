package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What merging {@code duplicate} into {@code survivor} would do: the survivor's empty fields the duplicate fills,
 * the contact points, tags and external ids that move (as they would land: only the survivor keeps primaries), what
 * happens to household membership, and how many rows each other module would move.
 */
@Serdeable
public record MergePreview(
        ConstituentView survivor,
        ConstituentView duplicate,
        List<FieldFill> fields,
        Moves moves,
        HouseholdChange household,
        List<ParticipantCount> participants,
        List<Choice> choices) {

    /**
     * A field both records hold with different values, which the user may take from the duplicate instead (send
     * {@code field} in the merge's {@code fromDuplicate}); the survivor's is kept otherwise. {@code primaryEmail},
     * {@code primaryPhone} and {@code primaryAddress} choose which primary one the merged record keeps.
     */
    @Serdeable
    public record Choice(String field, String survivorValue, String duplicateValue) {}

    /** A survivor field that is empty ({@code survivorValue} null, or false for a flag) and gets the duplicate's. */
    @Serdeable
    public record FieldFill(String field, @Nullable String survivorValue, String duplicateValue) {}

    @Serdeable
    public record Moves(
            List<ContactPoints.Email> emails,
            List<ContactPoints.Phone> phones,
            List<ContactPoints.Address> addresses,
            List<String> tags,
            List<ContactPoints.ExternalId> externalIds) {}

    /**
     * {@code NONE}; {@code SURVIVOR_TAKES_PLACE} (the survivor, in no household, takes the duplicate's place in its
     * household); {@code DUPLICATE_MEMBERSHIP_ENDED} (the survivor keeps its own household, the duplicate's
     * membership ends); {@code MEMBERS_MOVE} (merging households: {@code members} current members move over).
     */
    @Serdeable
    public record HouseholdChange(String action, @Nullable ConstituentRef household, int members) {}

    @Serdeable
    public record ParticipantCount(String name, long count) {}
}
