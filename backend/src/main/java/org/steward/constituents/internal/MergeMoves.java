package org.steward.constituents.internal;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ContactPoints;

/**
 * Everything a merge changed, stored as JSON in {@code constituent_merges.moved} so an administrator can undo it:
 * the survivor's fields before and after, the duplicate's rows that moved as they were (ids and primary flags),
 * the household change, and each participant's moved ids.
 */
@Serdeable
public record MergeMoves(
        List<MergePlan.FieldFill> fields,
        List<ContactPoints.Email> emails,
        List<ContactPoints.Phone> phones,
        List<ContactPoints.Address> addresses,
        List<String> tags,
        List<ContactPoints.ExternalId> externalIds,
        @Nullable HouseholdMove household,
        List<UUID> householdMemberships,
        List<ParticipantMove> participants,
        @Nullable List<PrimaryChange> primaries) {

    /** {@code primaries} is absent from merges stored before the merge screen offered the choice. */
    @Creator
    public MergeMoves {
        fields = fields == null ? List.of() : List.copyOf(fields);
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
        householdMemberships = householdMemberships == null ? List.of() : List.copyOf(householdMemberships);
        participants = participants == null ? List.of() : List.copyOf(participants);
        primaries = primaries == null ? List.of() : List.copyOf(primaries);
    }

    /**
     * The survivor's primary email, phone or address ({@code kind}: its table) that the user chose from the
     * duplicate: the row primary before ({@code before}, null when none) and after.
     */
    @Serdeable
    public record PrimaryChange(String kind, @Nullable UUID before, UUID after) {}

    /** What happened to an individual duplicate's open household membership. */
    public enum HouseholdAction {
        /** The survivor was in no household: the membership row now names the survivor. */
        SURVIVOR_TAKES_PLACE,
        /** The survivor has a household of its own: the duplicate's membership was ended on the merge day. */
        DUPLICATE_MEMBERSHIP_ENDED
    }

    @Serdeable
    public record HouseholdMove(UUID membershipId, UUID householdId, HouseholdAction action) {}

    @Serdeable
    public record ParticipantMove(String name, List<String> ids) {}
}
