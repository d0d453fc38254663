package org.steward.reporting;

import java.util.Set;
import org.steward.shared.security.Roles;

/**
 * Who a report is run for, which decides what it shows: a board member sees donors' names only when an
 * administrator allows it ({@code boardSeesDonorNames}); everyone else who may run the report sees them.
 */
public record ReportViewer(Set<String> roles, boolean boardSeesDonorNames) {

    public ReportViewer {
        roles = Set.copyOf(roles);
    }

    /** True when named donor lists are shown: any role but a board member's, or a board member when allowed. */
    public boolean seesDonorNames() {
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.DEVELOPMENT_OFFICER)) {
            return true;
        }
        return boardSeesDonorNames;
    }

    public boolean mayRun(String report) {
        if (roles.contains(Roles.ADMIN)
                || roles.contains(Roles.DEVELOPMENT_OFFICER)
                || roles.contains(Roles.BOARD_MEMBER)) {
            return true;
        }
        return roles.contains(Roles.EVENT_COORDINATOR) && "event-attendance".equals(report);
    }
}
