package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.context.BeanProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.audit.internal.AuditEntityTypes;
import org.steward.audit.internal.AuditLogEntry;
import org.steward.audit.internal.AuditLogRepository;
import org.steward.audit.internal.AuditLogStore;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

class AuditTrailTest {

    final AuditLogRepository repository = mock(AuditLogRepository.class);
    final CurrentActor actor = mock(CurrentActor.class);
    final AuditEntityTypes types = new AuditEntityTypes(List.of(new AuditSubjects() {
        @Override
        public Map<String, String> entityTypes() {
            return Map.of("gift", "Gift");
        }

        @Override
        public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
            return Map.of();
        }
    }));

    AuditTrail trail(boolean knownTypesOnly) {
        when(actor.name()).thenReturn("ada");
        BeanProvider<AuditEntityTypes> provider = () -> types;
        return new AuditTrail(
                repository,
                mock(AuditLogStore.class),
                actor,
                new Timestamps(Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC)),
                provider,
                new AuditConfig(knownTypesOnly));
    }

    @Test
    void aDeclaredTypeIsRecorded() {
        trail(true).record("gift", "g1", AuditTrail.CREATED, List.of());
        verify(repository).save(any(AuditLogEntry.class));
    }

    @Test
    void anUndeclaredTypeFailsWhenOnlyKnownTypesAreAllowed() {
        assertThatThrownBy(() -> trail(true).record("gifts", "g1", AuditTrail.CREATED, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'gifts'");
        verify(repository, never()).save(any());
    }

    @Test
    void anUndeclaredTypeIsStillRecordedOtherwise() {
        trail(false).record("gifts", "g1", AuditTrail.CREATED, List.of());
        verify(repository).save(any(AuditLogEntry.class));
    }
}
