package org.steward.relationships.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.steward.constituents.ConstituentRef;
import org.steward.relationships.ConstituentRelationshipView;
import org.steward.relationships.RelationshipDirection;

/** How a relationship reads from one of its ends. */
public final class Perspective {

    /** Active first, then by label, then by the other constituent's name. */
    public static final Comparator<ConstituentRelationshipView> ORDER = Comparator.comparing(
                    ConstituentRelationshipView::active)
            .reversed()
            .thenComparing(v -> v.label().toLowerCase(Locale.ROOT))
            .thenComparing(v -> v.other().displayName().toLowerCase(Locale.ROOT))
            .thenComparing(ConstituentRelationshipView::id);

    private Perspective() {}

    /**
     * The relationship as {@code viewer} sees it: the type's label when the viewer is its {@code from}, the
     * inverse label when the viewer is its {@code to}.
     */
    public static ConstituentRelationshipView of(
            UUID viewer, Relationship relationship, RelationshipType type, ConstituentRef other) {
        boolean outgoing = relationship.getFromId().equals(viewer);
        if (!outgoing && !relationship.getToId().equals(viewer)) {
            throw new IllegalArgumentException(viewer + " is not an end of relationship " + relationship.getId());
        }
        return new ConstituentRelationshipView(
                relationship.getId(),
                relationship.getTypeCode(),
                outgoing ? type.getLabel() : type.getInverseLabel(),
                other,
                outgoing ? RelationshipDirection.OUTGOING : RelationshipDirection.INCOMING,
                relationship.getStartDate(),
                relationship.getEndDate(),
                relationship.isActive(),
                relationship.getNotes(),
                relationship.getVersion());
    }
}
