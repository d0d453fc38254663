package org.steward.reporting.internal.schedules;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.steward.reporting.ReportResult;
import org.steward.reporting.internal.schedules.ScheduleStore.ScheduleRow;
import org.steward.shared.mail.Mail;

/**
 * The emails of scheduled runs: the report to each recipient (its files attached when they are small enough), and
 * the alert to the owner when a run failed for good. Neither carries a stack trace; the alert names the failure by
 * its kind only. Each has a dedupe key, so a run mails each address once whatever happens to its instance.
 */
final class DeliveryMails {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DeliveryMails() {}

    /** A file a run produced. */
    record Produced(String format, String fileName, String mediaType, byte[] content) {}

    static String deliveryKey(UUID runId, String address) {
        return "report-run:" + runId + ":"
                + UUID.nameUUIDFromBytes(address.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    static String alertKey(UUID runId) {
        return "report-run-failed:" + runId;
    }

    static Mail delivery(
            ScheduleRow schedule,
            UUID runId,
            Instant scheduledFor,
            ReportResult result,
            List<Produced> files,
            boolean attach,
            Instant expires,
            String address) {
        String asOf = result.parameters().asOf().format(DAY);
        StringBuilder text = new StringBuilder();
        text.append("The scheduled report \"")
                .append(schedule.name())
                .append("\" ran for ")
                .append(when(scheduledFor, schedule.zone()))
                .append(".\n\n");
        text.append(result.title())
                .append(" as of ")
                .append(asOf)
                .append(": ")
                .append(result.rowCount())
                .append(result.rowCount() == 1 ? " row" : " rows")
                .append(".\n");
        text.append(result.definition().definition()).append("\n");
        for (String line : result.parameterLines()) {
            text.append("- ").append(line).append("\n");
        }
        if (result.namesHidden()) {
            text.append("\nDonor names are hidden from board members in Steward's settings: the list of donors is left"
                    + " out, the figures stay.\n");
        }
        List<String> names = files.stream().map(Produced::fileName).toList();
        if (attach) {
            text.append("\nAttached: ").append(String.join(", ", names)).append(".\n");
        } else {
            text.append("\nThe files (")
                    .append(String.join(", ", names))
                    .append(") are too large to attach: download them in Steward, in the schedule's run history.\n");
        }
        text.append("They can be downloaded in Steward until ")
                .append(expires.atZone(schedule.zone()).format(DAY))
                .append(".\n\nRun ")
                .append(runId)
                .append("\n");
        List<Mail.Attachment> attachments = new ArrayList<>();
        if (attach) {
            for (Produced f : files) {
                attachments.add(new Mail.Attachment(f.fileName(), f.mediaType(), f.content(), null));
            }
        }
        return new Mail(
                deliveryKey(runId, address),
                new Mail.Recipient(address, null),
                schedule.name() + ": " + result.title() + " as of " + asOf,
                text.toString(),
                null,
                attachments);
    }

    static Mail alert(
            ScheduleRow schedule,
            UUID runId,
            Instant scheduledFor,
            int attempts,
            String error,
            String address,
            String displayName) {
        String text = "Hello " + displayName + ",\n\n"
                + "the scheduled report \"" + schedule.name() + "\" (" + schedule.report() + ") due "
                + when(scheduledFor, schedule.zone()) + " failed after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + " and was not sent.\n\n"
                + "Last error: " + error + "\n\n"
                + "Its run history in Steward shows each run; an administrator finds the details in the log under run "
                + runId + ".\n";
        return Mail.text(
                alertKey(runId),
                new Mail.Recipient(address, displayName),
                "Scheduled report failed: " + schedule.name(),
                text);
    }

    static String when(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(WHEN) + " (" + zone.getId() + ")";
    }
}
