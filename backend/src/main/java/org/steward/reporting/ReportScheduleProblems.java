package org.steward.reporting;

import java.time.Instant;
import java.util.UUID;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.errors.StewardException;

/** The failures of report schedules and runs, with their stable codes (docs/problems.md). */
public final class ReportScheduleProblems {

    private ReportScheduleProblems() {}

    public static NotFoundException scheduleNotFound(UUID id) {
        return new NotFoundException(
                "reports.schedule-not-found", "Report schedule not found", "There is no report schedule " + id + ".");
    }

    public static NotFoundException runNotFound(UUID id) {
        return new NotFoundException(
                "reports.run-not-found", "Report run not found", "There is no report run " + id + ".");
    }

    public static NotFoundException fileNotFound(UUID id, String format) {
        return new NotFoundException(
                "reports.file-not-found",
                "No such file",
                "Run " + id + " has no " + format + " file: it is still running, failed, or made other formats.");
    }

    public static StewardException notYours(UUID id) {
        return new Refused(
                403,
                "reports.schedule-not-yours",
                "Not your schedule",
                "Report schedule " + id + " belongs to someone else: board members see and change their own only.");
    }

    public static StewardException runExpired(UUID id, Instant expiredAt) {
        return new Refused(
                410,
                "reports.run-expired",
                "Run expired",
                "The files of run " + id + " were kept until " + expiredAt + " and are no longer available.");
    }

    public static StewardException namesHidden() {
        return new Refused(
                403,
                "reports.names-hidden",
                "Donor names are hidden",
                "An administrator has not allowed board members to see named donor lists.");
    }

    /** Refused with a status of its own. */
    static final class Refused extends StewardException {
        private final int status;

        Refused(int status, String code, String title, String detail) {
            super(code, title, detail);
            this.status = status;
        }

        @Override
        public int status() {
            return status;
        }
    }
}
