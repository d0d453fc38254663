package org.steward.platform.scheduling;

import org.quartz.JobKey;
import org.quartz.TriggerKey;

/** Where Steward's jobs live in Quartz's tables: tasks in one group, user-defined schedules in one group per handler. */
final class JobKeys {

    static final String TASKS = "tasks";
    private static final String SCHEDULES = "schedules:";

    private JobKeys() {}

    static JobKey task(String name) {
        return JobKey.jobKey(name, TASKS);
    }

    static TriggerKey taskTrigger(String name) {
        return TriggerKey.triggerKey(name, TASKS);
    }

    static String scheduleGroup(String handler) {
        return SCHEDULES + handler;
    }

    static JobKey schedule(String handler, String key) {
        return JobKey.jobKey(key, scheduleGroup(handler));
    }

    static TriggerKey scheduleTrigger(String handler, String key) {
        return TriggerKey.triggerKey(key, scheduleGroup(handler));
    }

    static String handlerOf(JobKey job) {
        return job.getGroup().substring(SCHEDULES.length());
    }
}
