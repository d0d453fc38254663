package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.steward.constituents.ConstituentService;
import org.steward.constituents.HouseholdService;
import org.steward.interactions.internal.Interaction;
import org.steward.interactions.internal.InteractionRepository;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;
import org.steward.shared.security.StaffDirectory;
import org.steward.shared.time.Timestamps;

@ExtendWith(MockitoExtension.class)
class InteractionServiceTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00.750Z");
    static final ConstituentId ADA = new ConstituentId(UUID.randomUUID());

    @Mock
    InteractionRepository repository;

    @Mock
    TaskService tasks;

    @Mock
    ConstituentService constituents;

    @Mock
    HouseholdService households;

    @Mock
    StaffDirectory staff;

    @Mock
    AuditTrail audit;

    @Mock
    CurrentActor actor;

    InteractionService service;

    @BeforeEach
    void setUp() {
        var timestamps = new Timestamps(Clock.fixed(NOW, ZoneOffset.UTC));
        service = new InteractionService(repository, tasks, constituents, households, staff, audit, actor, timestamps);
    }

    @Test
    void logsAsTheSignedInUserNowAndCreatesTheFollowUpLinkedToIt() {
        when(actor.name()).thenReturn("dora");
        when(staff.displayNameOf("dora")).thenReturn(Optional.of("Dora Development"));
        when(repository.save(any(Interaction.class))).thenAnswer(call -> call.getArgument(0));
        when(tasks.create(any())).thenReturn(null);
        LocalDate due = LocalDate.parse("2026-11-30");

        InteractionView view = service.log(new LogInteractionCommand(
                ADA,
                Channel.PHONE,
                Direction.OUTBOUND,
                " Thank-you call ",
                " ",
                null,
                null,
                new FollowUpCommand("Send the report", null, "eve", due)));

        assertThat(view.occurredAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(view.staffUsername()).isEqualTo("dora");
        assertThat(view.staffDisplayName()).isEqualTo("Dora Development");
        assertThat(view.subject()).isEqualTo("Thank-you call");
        assertThat(view.notes()).isNull();
        verify(constituents).requireActive(ADA);
        verify(audit).record(eq("interaction"), eq(view.id()), eq(AuditTrail.CREATED), anyList());
        var followUp = ArgumentCaptor.forClass(CreateTaskCommand.class);
        verify(tasks).create(followUp.capture());
        assertThat(followUp.getValue())
                .isEqualTo(new CreateTaskCommand(ADA, view.id(), "Send the report", null, "eve", due));
    }

    @Test
    void anUnknownStaffMemberIsRefusedBeforeAnythingIsSaved() {
        when(staff.displayNameOf("ghost")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.log(new LogInteractionCommand(
                        ADA, Channel.EMAIL, Direction.INBOUND, "Question", null, null, " Ghost ", null)))
                .hasFieldOrPropertyWithValue("code", "interactions.unknown-staff");
        verify(repository, never()).save(any());
        verifyNoInteractions(tasks, audit);
    }

    @Test
    void aDateMoreThanADayAheadIsRefused() {
        assertThatThrownBy(() -> service.log(new LogInteractionCommand(
                        ADA, Channel.EMAIL, Direction.INBOUND, "Question", null, NOW.plusSeconds(90_000), null, null)))
                .hasFieldOrPropertyWithValue("code", "interactions.future-date");
        verify(repository, never()).save(any());
    }

    @Test
    void anEventCoordinatorChangesAndDeletesOnlyTheirOwnInteractions() {
        Interaction theirs = interaction("dora");
        when(repository.findById(theirs.getId())).thenReturn(Optional.of(theirs));
        when(actor.name()).thenReturn("eve");
        when(actor.hasAnyRole(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER)).thenReturn(false);

        assertThatThrownBy(() -> service.update(theirs.getId(), update(0)))
                .isInstanceOf(NotYoursException.class)
                .hasFieldOrPropertyWithValue("code", "interactions.not-yours");
        assertThatThrownBy(() -> service.delete(theirs.getId()))
                .hasFieldOrPropertyWithValue("code", "interactions.not-yours");
        verify(repository, never()).update(any());
        verifyNoInteractions(audit);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Interaction interaction = interaction("dora");
        interaction.setVersion(3L);
        when(repository.findById(interaction.getId())).thenReturn(Optional.of(interaction));
        when(actor.hasAnyRole(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER)).thenReturn(true);

        assertThatThrownBy(() -> service.update(interaction.getId(), update(2)))
                .isInstanceOf(StaleVersionException.class)
                .hasFieldOrPropertyWithValue("code", "common.stale-version");
        verify(repository, never()).update(any());
    }

    @Test
    void aDeletedInteractionIsNotFound() {
        Interaction deleted = interaction("dora");
        deleted.setDeletedAt(NOW);
        when(repository.findById(deleted.getId())).thenReturn(Optional.of(deleted));

        assertThatThrownBy(() -> service.get(deleted.getId()))
                .hasFieldOrPropertyWithValue("code", "interactions.not-found");
    }

    @Test
    void recordsWhatAnotherModuleSawAsSystemWhenNobodyIsSignedInWithoutCheckingTheStaffAccount() {
        when(actor.name()).thenReturn(CurrentActor.SYSTEM);
        when(repository.save(any(Interaction.class))).thenAnswer(call -> call.getArgument(0));

        InteractionView view = service.record(new LogInteractionCommand(
                ADA, Channel.EVENT, Direction.INBOUND, "Registered for Gala", null, null, null, null));

        assertThat(view.staffUsername()).isEqualTo("system");
        assertThat(view.staffDisplayName()).isEqualTo("system");
        assertThat(view.occurredAt()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        verify(constituents).requireActive(ADA);
        verify(audit).record(eq("interaction"), eq(view.id()), eq(AuditTrail.CREATED), anyList());
        verifyNoInteractions(tasks);
    }

    @Test
    void retractsAnotherModulesInteractionWhoeverLoggedItAndOnlyOnce() {
        when(actor.name()).thenReturn("eve");
        Interaction attended = interaction("someone-else");
        when(repository.findById(attended.getId())).thenReturn(Optional.of(attended));

        service.retract(attended.getId(), "Check-in undone");
        assertThat(attended.getDeletedAt()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        verify(repository).update(attended);
        verify(audit)
                .record(
                        eq("interaction"),
                        eq(attended.getId()),
                        eq(AuditTrail.DELETED),
                        anyList(),
                        eq("Check-in undone"));

        service.retract(attended.getId(), "Check-in undone");
        verify(repository, org.mockito.Mockito.times(1)).update(attended);
    }

    private static UpdateInteractionCommand update(long version) {
        return new UpdateInteractionCommand(
                Channel.MEETING, Direction.OUTBOUND, "Lunch", null, NOW.minusSeconds(3600), "dora", version);
    }

    private static Interaction interaction(String by) {
        Interaction interaction = new Interaction();
        interaction.setId(UUID.randomUUID());
        interaction.setConstituentId(ADA.value());
        interaction.setChannel(Channel.PHONE);
        interaction.setDirection(Direction.INBOUND);
        interaction.setSubject("Call");
        interaction.setOccurredAt(NOW.minusSeconds(86_400));
        interaction.setStaffUsername(by);
        interaction.setVersion(0L);
        interaction.setCreatedAt(NOW);
        interaction.setCreatedBy(by);
        interaction.setUpdatedAt(NOW);
        interaction.setUpdatedBy(by);
        return interaction;
    }
}
