package org.steward.reporting;

import org.steward.shared.errors.NotFoundException;
import org.steward.shared.errors.StewardException;

/** The reporting module's failures with their stable codes (docs/problems.md). */
public final class ReportProblems {

    private ReportProblems() {}

    public static NotFoundException reportNotFound(String name) {
        return new NotFoundException(
                "reports.not-found",
                "Report not found",
                "There is no report named '" + name + "'; GET /api/reports lists them.");
    }

    public static StewardException namesHidden() {
        return new Forbidden(
                "reports.names-hidden",
                "Donor names are hidden",
                "An administrator has not allowed board members to see named donor lists.");
    }

    public static StewardException reportNotAllowed(String name) {
        return new Forbidden(
                "reports.not-allowed", "Report not allowed", "Your role may not run the report '" + name + "'.");
    }

    /** Refused for this user's role or settings: 403. */
    static final class Forbidden extends StewardException {
        Forbidden(String code, String title, String detail) {
            super(code, title, detail);
        }

        @Override
        public int status() {
            return 403;
        }
    }
}
