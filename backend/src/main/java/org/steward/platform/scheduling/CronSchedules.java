package org.steward.platform.scheduling;

import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;

/** Cron expressions as Quartz reads them; empty when the expression is not valid or never fires again. */
final class CronSchedules {

    private CronSchedules() {}

    static Optional<CronScheduleBuilder> parse(String cron, ZoneId zone) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            if (expression.getNextValidTimeAfter(new Date()) == null) {
                return Optional.empty();
            }
            return Optional.of(CronScheduleBuilder.cronSchedule(expression));
        } catch (java.text.ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
