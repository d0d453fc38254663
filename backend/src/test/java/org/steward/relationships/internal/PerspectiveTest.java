package org.steward.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentType;
import org.steward.relationships.ConstituentRelationshipView;
import org.steward.relationships.RelationshipDirection;

class PerspectiveTest {

    static final UUID ADA = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    static final UUID ACME = UUID.fromString("00000000-0000-7000-8000-00000000000b");

    @Test
    void theFromSideReadsTheLabelAndTheToSideTheInverse() {
        Relationship employment = relationship(ADA, ACME, "employee-of", true);
        RelationshipType type = type("employee-of", "Employee of", "Employer of", false);

        ConstituentRelationshipView adas = Perspective.of(ADA, employment, type, ref(ACME, "Acme"));
        ConstituentRelationshipView acmes = Perspective.of(ACME, employment, type, ref(ADA, "Ada"));

        assertThat(adas.label()).isEqualTo("Employee of");
        assertThat(adas.direction()).isEqualTo(RelationshipDirection.OUTGOING);
        assertThat(adas.other().displayName()).isEqualTo("Acme");
        assertThat(acmes.label()).isEqualTo("Employer of");
        assertThat(acmes.direction()).isEqualTo(RelationshipDirection.INCOMING);
        assertThat(acmes.startDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(acmes.version()).isEqualTo(3);
        assertThatThrownBy(() -> Perspective.of(UUID.randomUUID(), employment, type, ref(ADA, "Ada")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void activeComeFirstThenByLabelThenByName() {
        RelationshipType friend = type("friend-of", "Friend of", "Friend of", true);
        RelationshipType employee = type("employee-of", "Employee of", "Employer of", false);
        List<ConstituentRelationshipView> views = new ArrayList<>(List.of(
                Perspective.of(
                        ADA, relationship(ADA, UUID.randomUUID(), "employee-of", false), employee, ref(ACME, "Old Co")),
                Perspective.of(ADA, relationship(ADA, UUID.randomUUID(), "friend-of", true), friend, ref(ACME, "zed")),
                Perspective.of(ADA, relationship(UUID.randomUUID(), ADA, "friend-of", true), friend, ref(ACME, "Bea")),
                Perspective.of(
                        ADA, relationship(ADA, UUID.randomUUID(), "employee-of", true), employee, ref(ACME, "Acme"))));

        views.sort(Perspective.ORDER);

        assertThat(views)
                .extracting(v -> v.label() + " " + v.other().displayName() + (v.active() ? "" : " (ended)"))
                .containsExactly("Employee of Acme", "Friend of Bea", "Friend of zed", "Employee of Old Co (ended)");
    }

    @Test
    void theActiveKeyTreatsSymmetricPairsAsOneAndIgnoresInactiveRows() {
        assertThat(Relationship.activeKey("spouse-of", ACME, ADA, true, true))
                .isEqualTo(Relationship.activeKey("spouse-of", ADA, ACME, true, true))
                .isEqualTo("spouse-of:" + ADA + ":" + ACME);
        assertThat(Relationship.activeKey("employee-of", ACME, ADA, false, true))
                .isNotEqualTo(Relationship.activeKey("employee-of", ADA, ACME, false, true));
        assertThat(Relationship.activeKey("employee-of", ADA, ACME, false, false))
                .isNull();
    }

    static Relationship relationship(UUID from, UUID to, String type, boolean active) {
        Relationship relationship = new Relationship();
        relationship.setId(UUID.randomUUID());
        relationship.setFromId(from);
        relationship.setToId(to);
        relationship.setTypeCode(type);
        relationship.setActive(active);
        relationship.setStartDate(LocalDate.of(2020, 1, 1));
        relationship.setVersion(3L);
        return relationship;
    }

    static RelationshipType type(String code, String label, String inverse, boolean symmetric) {
        RelationshipType type = new RelationshipType();
        type.setCode(code);
        type.setLabel(label);
        type.setInverseLabel(inverse);
        type.setSymmetric(symmetric);
        type.setActive(true);
        type.setVersion(0L);
        return type;
    }

    static ConstituentRef ref(UUID id, String name) {
        return new ConstituentRef(new ConstituentId(id), ConstituentType.INDIVIDUAL, name, false);
    }
}
