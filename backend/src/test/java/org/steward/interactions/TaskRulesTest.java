package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-11-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void doneRecordsWhenAndKeepsItUntilTheTaskIsReopenedOrCancelled() {
        assertThat(TaskRules.completedAt(TaskStatus.OPEN, null, TaskStatus.DONE, NOW))
                .isEqualTo(NOW);
        assertThat(TaskRules.completedAt(TaskStatus.DONE, EARLIER, TaskStatus.DONE, NOW))
                .isEqualTo(EARLIER);
        assertThat(TaskRules.completedAt(TaskStatus.DONE, EARLIER, TaskStatus.OPEN, NOW))
                .isNull();
        assertThat(TaskRules.completedAt(TaskStatus.DONE, EARLIER, TaskStatus.CANCELLED, NOW))
                .isNull();
        assertThat(TaskRules.completedAt(TaskStatus.OPEN, null, TaskStatus.IN_PROGRESS, NOW))
                .isNull();
    }

    @Test
    void onlyUnfinishedTasksDueBeforeTodayAreOverdue() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(TaskRules.overdue(TaskStatus.OPEN, yesterday, TODAY)).isTrue();
        assertThat(TaskRules.overdue(TaskStatus.IN_PROGRESS, yesterday, TODAY)).isTrue();
        assertThat(TaskRules.overdue(TaskStatus.OPEN, TODAY, TODAY)).isFalse();
        assertThat(TaskRules.overdue(TaskStatus.OPEN, null, TODAY)).isFalse();
        assertThat(TaskRules.overdue(TaskStatus.DONE, yesterday, TODAY)).isFalse();
        assertThat(TaskRules.overdue(TaskStatus.CANCELLED, yesterday, TODAY)).isFalse();
    }

    @Test
    void anAssigneeWithoutManagerRightsChangesOnlyTheStatusOfTheirOwnTasks() {
        var onlyStatus = new UpdateTaskCommand(" Call back ", "", "eve", TODAY, TaskStatus.DONE, 0);
        var retitled = new UpdateTaskCommand("Call later", null, "eve", TODAY, TaskStatus.DONE, 0);
        var moved = new UpdateTaskCommand("Call back", null, "eve", TODAY.plusDays(1), TaskStatus.OPEN, 0);

        assertThatCode(() -> check(false, "eve", onlyStatus)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(false, "eve", retitled))
                .isInstanceOf(NotYoursException.class)
                .hasFieldOrPropertyWithValue("code", "tasks.status-only");
        assertThatThrownBy(() -> check(false, "eve", moved)).hasFieldOrPropertyWithValue("code", "tasks.status-only");
        assertThatThrownBy(() ->
                        TaskRules.checkMayChange(false, "eve", "eve", "Call back", null, TODAY, onlyStatus, "dora"))
                .hasFieldOrPropertyWithValue("code", "tasks.status-only");
        assertThatThrownBy(() -> check(false, "mallory", onlyStatus))
                .hasFieldOrPropertyWithValue("code", "tasks.not-yours");
        assertThatCode(() -> check(true, "dora", retitled)).doesNotThrowAnyException();
    }

    @Test
    void onlyManagersSeeOthersTasks() {
        assertThatCode(() -> TaskRules.checkMaySee(false, "eve", "eve")).doesNotThrowAnyException();
        assertThatCode(() -> TaskRules.checkMaySee(true, "dora", "eve")).doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskRules.checkMaySee(false, "mallory", "eve"))
                .hasFieldOrPropertyWithValue("code", "tasks.not-yours");
        assertThat(new NotYoursException("x.y", "t", "d").status()).isEqualTo(403);
    }

    @Test
    void theOpenFilterMeansStillToDo() {
        assertThat(TaskFilter.OPEN.statuses()).containsExactly(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
        assertThat(TaskFilter.ALL.statuses()).containsExactlyInAnyOrder(TaskStatus.values());
    }

    private static void check(boolean manager, String actor, UpdateTaskCommand update) {
        TaskRules.checkMayChange(
                manager,
                actor,
                "eve",
                "Call back",
                null,
                TODAY,
                update,
                update.assignee().trim());
    }
}
