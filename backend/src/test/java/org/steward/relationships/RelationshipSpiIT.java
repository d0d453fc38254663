package org.steward.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;
import org.steward.constituents.MergeParticipant;
import org.steward.support.ConstituentRows;

/** The two contributions to the constituents module: merging duplicates and the summary section. */
@MicronautTest(transactional = false)
class RelationshipSpiIT {

    @Inject
    List<MergeParticipant> participants;

    @Inject
    List<ConstituentSummarySection> sections;

    @Inject
    RelationshipService relationships;

    @Inject
    AuditTrail audit;

    @Inject
    DataSource dataSource;

    final List<UUID> constituents = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        RelationshipDb.cleanUp(dataSource, constituents, List.of());
    }

    @Test
    void aMergeMovesTheDuplicatesRelationshipsAndUndoRestoresExactlyTheOriginalRows() {
        ConstituentId duplicate = person("Ada", "Lovelace (dup)");
        ConstituentId survivor = person("Ada", "Lovelace");
        ConstituentId acme = person("Acme", "Inc");
        ConstituentId anne = person("Anne", "Isabella");
        ConstituentId mary = person("Mary", "Somerville");
        ConstituentId club = person("Analytical", "Society");

        String employee = relate(duplicate, acme, "employee-of", true);
        String parent = relate(anne, duplicate, "parent-of", true);
        String formerMember = relate(duplicate, club, "member-of", false);
        String betweenTheTwo = relate(duplicate, survivor, "sibling-of", true);
        String sameFriendship = relate(mary, duplicate, "friend-of", true);
        String survivorsFriendship = relate(survivor, mary, "friend-of", true);
        List<String> all = List.of(employee, parent, formerMember, betweenTheTwo, sameFriendship, survivorsFriendship);
        Map<String, Map<String, Object>> before = RelationshipDb.rows(dataSource, all);
        MergeParticipant participant = participant();

        assertThat(participant.countFor(duplicate, survivor)).isEqualTo(3);
        List<String> moved = participant.move(duplicate, survivor);

        assertThat(moved).containsExactlyInAnyOrder(employee, parent, formerMember);
        Map<String, Map<String, Object>> after = RelationshipDb.rows(dataSource, all);
        assertThat(after.get(employee)).containsEntry("from_id", survivor.toString());
        assertThat(after.get(employee).get("active_key")).isEqualTo("employee-of:" + survivor + ":" + acme);
        assertThat(after.get(parent)).containsEntry("to_id", survivor.toString());
        assertThat(after.get(formerMember)).containsEntry("from_id", survivor.toString());
        assertThat(after.get(betweenTheTwo)).isEqualTo(before.get(betweenTheTwo));
        assertThat(after.get(sameFriendship)).isEqualTo(before.get(sameFriendship));
        assertThat(after.get(survivorsFriendship)).isEqualTo(before.get(survivorsFriendship));
        assertThat(participant.countFor(duplicate, survivor)).isZero();
        assertThat(relationships.summaryFor(survivor))
                .extracting(ConstituentRelationshipView::label)
                .containsExactly("Child of", "Employee of", "Friend of", "Sibling of", "Member of");
        RelationshipDb.deleteConstituent(dataSource, duplicate.value()); // as the merge does
        assertThat(relationships.summaryFor(survivor))
                .extracting(ConstituentRelationshipView::label)
                .containsExactly("Child of", "Employee of", "Friend of", "Member of");
        var entries = audit.find("relationship", employee, 0, 10).getContent();
        assertThat(entries.get(0).action()).isEqualTo(AuditTrail.UPDATED);
        assertThat(entries.get(0).reason()).contains(duplicate.toString(), survivor.toString());

        participant.undo(duplicate, survivor, moved);

        assertThat(RelationshipDb.rows(dataSource, all)).isEqualTo(before);
        assertThat(participant.countFor(duplicate, survivor)).isEqualTo(3);
        assertThat(audit.find("relationship", parent, 0, 10).getContent())
                .extracting(e -> e.action())
                .containsExactly(AuditTrail.UPDATED, AuditTrail.UPDATED, AuditTrail.CREATED);
    }

    @Test
    void undoMovesBackOnlyTheRowsItWasGiven() {
        ConstituentId duplicate = person("Dup", "Licate");
        ConstituentId survivor = person("Sur", "Vivor");
        ConstituentId other = person("Oth", "Er");
        String moved = relate(duplicate, other, "colleague-of", true);
        String survivorsOwn = relate(survivor, other, "employee-of", true);
        MergeParticipant participant = participant();

        assertThat(participant.move(duplicate, survivor)).containsExactly(moved);
        participant.undo(duplicate, survivor, List.of(moved));

        var rows = RelationshipDb.rows(dataSource, List.of(moved, survivorsOwn));
        assertThat(rows.get(moved)).containsEntry("from_id", duplicate.toString());
        assertThat(rows.get(survivorsOwn)).containsEntry("from_id", survivor.toString());
        participant.undo(duplicate, survivor, List.of());
    }

    @Test
    void theSummarySectionListsActiveRelationshipsFirstAndAtMostFifty() {
        ConstituentId hub = person("Hub", "Person");
        ConstituentId former = person("Former", "Colleague");
        relate(former, hub, "colleague-of", false);
        for (int i = 0; i < RelationshipService.SUMMARY_LIMIT; i++) {
            relate(person("Friend", String.format("%02d", i)), hub, "friend-of", true);
        }
        ConstituentSummarySection section = sections.stream()
                .filter(s -> s.key().equals("relationships"))
                .findFirst()
                .orElseThrow();

        @SuppressWarnings("unchecked")
        List<ConstituentRelationshipView> shown = (List<ConstituentRelationshipView>) section.sectionFor(hub);

        assertThat(shown).hasSize(RelationshipService.SUMMARY_LIMIT);
        assertThat(shown).allSatisfy(r -> assertThat(r.active()).isTrue());
        assertThat(shown.get(0).other().displayName()).isEqualTo("Friend 00");
        assertThat(relationships.forConstituent(hub, null)).hasSize(RelationshipService.SUMMARY_LIMIT + 1);
        assertThat((List<?>) section.sectionFor(person("No", "Body"))).isEmpty();
    }

    private MergeParticipant participant() {
        return participants.stream()
                .filter(p -> p.name().equals("relationships"))
                .findFirst()
                .orElseThrow();
    }

    private String relate(ConstituentId from, ConstituentId to, String type, boolean active) {
        return relationships
                .create(new CreateRelationshipCommand(from, to, type, null, null, active, null))
                .id()
                .toString();
    }

    private ConstituentId person(String first, String last) {
        UUID id = ConstituentRows.individual(dataSource, first, last);
        constituents.add(id);
        return new ConstituentId(id);
    }
}
