package org.steward.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.scheduling.Schedule;
import org.steward.shared.scheduling.ScheduleHandler;
import org.steward.shared.scheduling.ScheduledTask;
import org.steward.shared.scheduling.Schedules;

/** A task bean runs on its cron; a user-defined schedule runs its handler with its data, and can be removed. */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "SchedulingIT")
class SchedulingIT {

    @Inject
    EverySecond task;

    @Inject
    RecordingHandler handler;

    @Inject
    Schedules schedules;

    @AfterEach
    void removeTheSchedule() {
        schedules.remove(RecordingHandler.NAME, "weekly-export-42");
    }

    @Test
    void aTaskBeanRunsOnItsCronOncePerFiring() throws InterruptedException {
        awaitAtLeast(task.runs, 3, 10);

        List<Instant> runs = List.copyOf(task.runs);
        assertThat(runs).doesNotHaveDuplicates();
        assertThat(runs).allSatisfy(time -> assertThat(time.getNano()).isZero());
    }

    @Test
    void aUserDefinedScheduleRunsItsHandlerUntilRemoved() throws InterruptedException {
        schedules.put(new Schedule(
                RecordingHandler.NAME,
                "weekly-export-42",
                "* * * * * ?",
                ZoneId.of("Europe/Paris"),
                Map.of("format", "xlsx")));

        assertThat(schedules.find(RecordingHandler.NAME, "weekly-export-42")).hasValueSatisfying(found -> {
            assertThat(found.cron()).isEqualTo("* * * * * ?");
            assertThat(found.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(found.data()).containsExactly(Map.entry("format", "xlsx"));
        });
        assertThat(schedules.nextRun(RecordingHandler.NAME, "weekly-export-42")).isPresent();
        awaitAtLeast(handler.runs, 2, 10);
        assertThat(handler.runs).allSatisfy(run -> assertThat(run).isEqualTo("weekly-export-42 {format=xlsx}"));

        assertThat(schedules.remove(RecordingHandler.NAME, "weekly-export-42")).isTrue();
        assertThat(schedules.find(RecordingHandler.NAME, "weekly-export-42")).isEmpty();
        assertThat(schedules.remove(RecordingHandler.NAME, "weekly-export-42")).isFalse();
        Thread.sleep(1500); // a firing already under way may still end
        int afterRemoval = handler.runs.size();
        Thread.sleep(2000);
        assertThat(handler.runs).hasSize(afterRemoval);
    }

    @Test
    void anInvalidCronIsRefusedAsInvalidInput() {
        assertThatThrownBy(() -> schedules.put(
                        new Schedule(RecordingHandler.NAME, "broken", "every monday", ZoneOffset.UTC, Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("cron"));
        assertThatThrownBy(() -> schedules.put(
                        new Schedule(RecordingHandler.NAME, "past", "0 0 0 1 1 ? 2001", ZoneOffset.UTC, Map.of())))
                .isInstanceOf(InvalidInputException.class);
    }

    static void awaitAtLeast(List<?> list, int count, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (list.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(list).as("runs within %d s", seconds).hasSizeGreaterThanOrEqualTo(count);
    }

    @Singleton
    @Requires(property = "spec.name", value = "SchedulingIT")
    static class EverySecond implements ScheduledTask {

        final List<Instant> runs = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "test.every-second";
        }

        @Override
        public String cron() {
            return "* * * * * ?";
        }

        @Override
        public void run(Instant scheduledTime) {
            runs.add(scheduledTime);
        }
    }

    @Singleton
    @Requires(property = "spec.name", value = "SchedulingIT")
    static class RecordingHandler implements ScheduleHandler {

        static final String NAME = "test.recording";
        final List<String> runs = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public void run(String key, Map<String, String> data, Instant scheduledTime) {
            runs.add(key + " " + data);
        }
    }
}
