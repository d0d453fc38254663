package org.steward.interactions.internal;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.steward.shared.persistence.Sql;

/** How many unfinished tasks each assignee has, and how many of them are overdue: one grouped read. */
@Singleton
public class TaskWorkloads {

    private final Sql sql;

    TaskWorkloads(Sql sql) {
        this.sql = sql;
    }

    public record Workload(String assignee, long open, long overdue) {}

    /** Every assignee with at least one unfinished task; overdue means due before {@code today}. */
    public List<Workload> unfinishedByAssignee(LocalDate today) {
        return sql.list(
                "SELECT assignee_username, COUNT(*), SUM(CASE WHEN due_date < ? THEN 1 ELSE 0 END) FROM tasks"
                        + " WHERE status IN ('OPEN', 'IN_PROGRESS') GROUP BY assignee_username",
                rs -> new Workload(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                today);
    }
}
