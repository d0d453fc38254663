package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.audit.internal.AuditEntityTypes;
import org.steward.audit.internal.AuditLogStore;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.StaffDirectory;

class AuditLogServiceTest {

    /** A module that answers for two types and remembers each question. */
    static final class FakeSubjects implements AuditSubjects {
        final List<String> asked = new ArrayList<>();

        @Override
        public Map<String, String> entityTypes() {
            return Map.of("gift", "Gift", "event", "Event");
        }

        @Override
        public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
            asked.add(entityType + ":" + entityIds.size());
            Map<String, AuditSubject> found = new HashMap<>();
            entityIds.stream()
                    .filter(id -> !id.equals("gone"))
                    .forEach(id -> found.put(id, AuditSubject.shownOn(entityType + " " + id, entityType, id)));
            return found;
        }
    }

    final AuditLogStore store = mock(AuditLogStore.class);
    final StaffDirectory staff = mock(StaffDirectory.class);
    final FakeSubjects subjects = new FakeSubjects();
    final AuditLogService service = new AuditLogService(store, new AuditEntityTypes(List.of(subjects)), staff);

    static AuditEntryView entry(String type, String id, String actor) {
        return AuditEntryView.recorded(UUID.randomUUID(), Instant.now(), actor, "UPDATED", type, id, List.of(), null);
    }

    @Test
    void namesAWholePageWithOneQuestionPerTypeAndOneForTheActors() {
        when(store.find(any(), anyLong(), anyInt()))
                .thenReturn(List.of(
                        entry("gift", "g1", "ada"),
                        entry("event", "e1", "system"),
                        entry("gift", "g2", "bob"),
                        entry("gift", "g1", "ada"),
                        entry("gift", "gone", "ada"),
                        entry("old-type", "x", "ada")));
        when(store.count(any())).thenReturn(60L);
        when(staff.displayNames(Set.of("ada", "system", "bob"))).thenReturn(Map.of("ada", "Ada Admin"));

        var page = service.find(new AuditQuery(null, null, null, null, null, null), 0, 6);

        assertThat(subjects.asked).containsExactlyInAnyOrder("gift:3", "event:1");
        verify(staff).displayNames(Set.of("ada", "system", "bob"));
        assertThat(page.getTotalSize()).isEqualTo(60);
        var items = page.getContent();
        assertThat(items.get(0).entityLabel()).isEqualTo("gift g1");
        assertThat(items.get(0).entityPage()).isEqualTo(new AuditEntityRef("gift", "g1"));
        assertThat(items.get(0).entityTypeLabel()).isEqualTo("Gift");
        assertThat(items.get(0).actorName()).isEqualTo("Ada Admin");
        assertThat(items.get(1).actorName()).isEqualTo(AuditLogService.SYSTEM_NAME);
        assertThat(items.get(2).actorName()).isNull(); // no such account: the page shows the username
        assertThat(items.get(4).entityLabel()).isNull();
        assertThat(items.get(5).entityTypeLabel()).isNull(); // a type no module declares any more
        assertThat(items.get(5).entityLabel()).isNull();
    }

    @Test
    void aShortPageNeedsNoCount() {
        when(store.find(any(), anyLong(), anyInt())).thenReturn(List.of(entry("gift", "g1", "ada")));

        var page = service.find(new AuditQuery(null, null, null, null, null, null), 2, 25);

        assertThat(page.getTotalSize()).isEqualTo(51);
        verify(store, never()).count(any());
    }

    @Test
    void badFiltersAreRefusedTogether() {
        assertThatThrownBy(() -> service.find(
                        new AuditQuery(
                                "gifts",
                                null,
                                null,
                                LocalDate.of(2026, 3, 2),
                                LocalDate.of(2026, 3, 1),
                                "Nowhere/Else"),
                        0,
                        10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("entityType", "zone", "to"));
        verify(store, never()).find(any(), anyLong(), anyInt());
    }

    @Test
    void twoModulesCannotDeclareOneType() {
        assertThatThrownBy(() -> new AuditEntityTypes(List.of(new FakeSubjects(), new FakeSubjects())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declared by both");
    }
}
