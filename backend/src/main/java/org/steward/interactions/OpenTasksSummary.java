package org.steward.interactions;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The {@code openTasks} section of a constituent's summary: unfinished tasks, soonest due first (at most
 * {@link TaskService#SUMMARY_LIMIT}), and how many are unfinished in all.
 */
@Serdeable
public record OpenTasksSummary(List<TaskView> items, long total) {}
