package org.steward.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentType;
import org.steward.relationships.internal.LiveConstituents;
import org.steward.relationships.internal.NetworkWalker;
import org.steward.relationships.internal.Relationship;
import org.steward.relationships.internal.RelationshipRepository;
import org.steward.relationships.internal.RelationshipType;
import org.steward.relationships.internal.RelationshipTypeRepository;
import org.steward.shared.errors.StewardException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

@ExtendWith(MockitoExtension.class)
class RelationshipServiceTest {

    static final ConstituentId ADA = new ConstituentId(UUID.fromString("0190a000-0000-7000-8000-00000000000b"));
    static final ConstituentId BOB = new ConstituentId(UUID.fromString("0190a000-0000-7000-8000-00000000000a"));

    @Mock
    RelationshipRepository relationships;

    @Mock
    RelationshipTypeRepository types;

    @Mock
    ConstituentService constituents;

    @Mock
    LiveConstituents live;

    @Mock
    NetworkWalker walker;

    @Mock
    AuditTrail audit;

    @Mock
    CurrentActor actor;

    RelationshipService service;

    @BeforeEach
    void setUp() {
        var timestamps = new Timestamps(Clock.fixed(Instant.parse("2026-11-23T12:00:00.500Z"), ZoneOffset.UTC));
        service = new RelationshipService(relationships, types, constituents, live, walker, audit, actor, timestamps);
        lenient().when(actor.name()).thenReturn("officer");
        lenient().when(constituents.requireActive(any())).thenAnswer(call -> ref(call.getArgument(0)));
        lenient().when(constituents.refs(anyCollection())).thenReturn(Map.of());
        lenient().when(relationships.save(any())).thenAnswer(call -> {
            Relationship saved = call.getArgument(0);
            saved.setVersion(0L); // as Micronaut Data does for @Version on insert
            return saved;
        });
        lenient().when(relationships.update(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void aSelfRelationshipIsRefusedBeforeAnythingIsLookedUp() {
        assertThatThrownBy(() -> service.create(command(ADA, ADA, "friend-of", null, null)))
                .hasFieldOrPropertyWithValue("code", "relationships.self");
        verifyNoInteractions(relationships, types, constituents, audit);
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThatThrownBy(() -> service.create(
                        command(ADA, BOB, "friend-of", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1))))
                .hasFieldOrPropertyWithValue("code", "relationships.dates");
        verify(relationships, never()).save(any());
    }

    @Test
    void anInactiveTypeCountsAsUnknownForNewRelationships() {
        RelationshipType retired = type("old-friend-of", true);
        retired.setActive(false);
        when(types.findById("old-friend-of")).thenReturn(Optional.of(retired));

        assertThatThrownBy(() -> service.create(command(ADA, BOB, " Old-Friend-Of ", null, null)))
                .hasFieldOrPropertyWithValue("code", "relationships.unknown-type");
        verify(relationships, never()).save(any());
    }

    @Test
    void symmetricTypesKeyThePairInOneOrderSoTheReverseIsADuplicate() {
        when(types.findById("spouse-of")).thenReturn(Optional.of(type("spouse-of", true)));
        String key = "spouse-of:" + BOB + ":" + ADA; // BOB's id sorts first
        when(relationships.existsByActiveKey(key)).thenReturn(false, true);

        RelationshipView created = service.create(command(ADA, BOB, "spouse-of", null, null));

        ArgumentCaptor<Relationship> saved = ArgumentCaptor.forClass(Relationship.class);
        verify(relationships).save(saved.capture());
        assertThat(saved.getValue().getActiveKey()).isEqualTo(key);
        assertThat(saved.getValue().getCreatedAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(created.label()).isEqualTo("spouse-of label");
        verify(audit).record(eq("relationship"), eq(created.id()), eq(AuditTrail.CREATED), anyList());
        assertThatThrownBy(() -> service.create(command(BOB, ADA, "spouse-of", null, null)))
                .hasFieldOrPropertyWithValue("code", "relationships.duplicate");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        Relationship stored = stored("friend-of", 4L);
        when(relationships.findById(stored.getId())).thenReturn(Optional.of(stored));

        assertThatThrownBy(() -> service.update(
                        stored.getId(), new UpdateRelationshipCommand("friend-of", null, null, true, "x", 3L)))
                .hasFieldOrPropertyWithValue("code", "common.stale-version");
        verify(relationships, never()).update(any());
        verifyNoInteractions(audit);
    }

    @Test
    void aRelationshipKeepsItsTypeAfterTheTypeIsRetired() {
        Relationship stored = stored("old-friend-of", 0L);
        RelationshipType retired = type("old-friend-of", true);
        retired.setActive(false);
        when(relationships.findById(stored.getId())).thenReturn(Optional.of(stored));
        when(types.findById("old-friend-of")).thenReturn(Optional.of(retired));

        RelationshipView updated = service.update(
                stored.getId(), new UpdateRelationshipCommand("old-friend-of", null, null, true, "still friends", 0L));

        assertThat(updated.notes()).isEqualTo("still friends");
        verify(relationships).update(stored);
        verify(audit).record(eq("relationship"), eq(stored.getId()), eq(AuditTrail.UPDATED), anyList());
    }

    @Test
    void aConcurrentDuplicateThatTripsTheUniqueKeyIsReportedAsADuplicate() {
        when(types.findById("friend-of")).thenReturn(Optional.of(type("friend-of", true)));
        doThrow(new DataAccessException(
                        "insert failed",
                        new SQLIntegrityConstraintViolationException(
                                "Duplicate entry 'friend-of:...' for key 'uq_relationships_active_key'", "23000")))
                .when(relationships)
                .save(any());

        assertThatThrownBy(() -> service.create(command(ADA, BOB, "friend-of", null, null)))
                .isInstanceOf(StewardException.class)
                .hasFieldOrPropertyWithValue("code", "relationships.duplicate");
        assertThat(RelationshipService.isActiveKeyViolation(new RuntimeException(
                        new SQLIntegrityConstraintViolationException("foreign key fk_relationships_type", "23000"))))
                .isFalse();
    }

    private static CreateRelationshipCommand command(
            ConstituentId from, ConstituentId to, String type, LocalDate start, LocalDate end) {
        return new CreateRelationshipCommand(from, to, type, start, end, null, null);
    }

    private static ConstituentRef ref(ConstituentId id) {
        return new ConstituentRef(id, ConstituentType.INDIVIDUAL, "C " + id, false);
    }

    private static RelationshipType type(String code, boolean symmetric) {
        RelationshipType type = new RelationshipType();
        type.setCode(code);
        type.setLabel(code + " label");
        type.setInverseLabel(symmetric ? code + " label" : code + " inverse");
        type.setSymmetric(symmetric);
        type.setActive(true);
        type.setVersion(0L);
        return type;
    }

    private static Relationship stored(String type, long version) {
        Relationship relationship = new Relationship();
        relationship.setId(UUID.randomUUID());
        relationship.setFromId(ADA.value());
        relationship.setToId(BOB.value());
        relationship.setTypeCode(type);
        relationship.setActive(true);
        relationship.setVersion(version);
        relationship.refreshActiveKey(true);
        return relationship;
    }
}
