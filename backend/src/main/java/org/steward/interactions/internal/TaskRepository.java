package org.steward.interactions.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.steward.interactions.TaskStatus;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TaskRepository extends CrudRepository<Task, UUID> {

    /** Overdue (unfinished and due before today) first, then by due date, undated last. */
    String WORK_ORDER = " ORDER BY CASE WHEN task_.status IN ('OPEN', 'IN_PROGRESS') AND task_.due_date < :today"
            + " THEN 0 ELSE 1 END, CASE WHEN task_.due_date IS NULL THEN 1 ELSE 0 END, task_.due_date,"
            + " task_.created_at, task_.id LIMIT :limit OFFSET :offset";

    @Query("SELECT task_.* FROM tasks task_ WHERE task_.assignee_username = :assignee"
            + " AND task_.status IN (:statuses)" + WORK_ORDER)
    List<Task> findAssigned(String assignee, Collection<String> statuses, LocalDate today, int limit, int offset);

    long countByAssigneeUsernameAndStatusIn(String assigneeUsername, Collection<TaskStatus> statuses);

    /** Everyone's tasks in the work order. */
    @Query("SELECT task_.* FROM tasks task_ WHERE task_.status IN (:statuses)" + WORK_ORDER)
    List<Task> findWithStatus(Collection<String> statuses, LocalDate today, int limit, int offset);

    long countByStatusIn(Collection<TaskStatus> statuses);

    /**
     * The first {@code perAssignee} unfinished tasks of each assignee in the work order, by assignee: one ranked read
     * (window functions: MariaDB 10.2+, MySQL 8, H2).
     */
    @Query("SELECT task_.* FROM tasks task_ JOIN (SELECT t.id, ROW_NUMBER() OVER (PARTITION BY t.assignee_username"
            + " ORDER BY CASE WHEN t.due_date < :today THEN 0 ELSE 1 END, CASE WHEN t.due_date IS NULL THEN 1 ELSE 0"
            + " END, t.due_date, t.created_at, t.id) AS rn FROM tasks t WHERE t.status IN ('OPEN', 'IN_PROGRESS'))"
            + " ranked ON ranked.id = task_.id WHERE ranked.rn <= :perAssignee"
            + " ORDER BY task_.assignee_username, ranked.rn")
    List<Task> findFirstUnfinishedPerAssignee(LocalDate today, int perAssignee);

    @Query("SELECT task_.* FROM tasks task_ WHERE task_.constituent_id = :constituentId"
            + " AND task_.status IN (:statuses)" + WORK_ORDER)
    List<Task> findForConstituent(
            UUID constituentId, Collection<String> statuses, LocalDate today, int limit, int offset);

    long countByConstituentIdAndStatusIn(UUID constituentId, Collection<TaskStatus> statuses);

    /** Every task about the constituent, whatever its status: a merge moves them all. */
    List<UUID> findIdByConstituentId(UUID constituentId);

    long countByConstituentId(UUID constituentId);

    /** The follow-ups of these interactions, oldest first. */
    @Query("SELECT task_.* FROM tasks task_ WHERE task_.interaction_id IN (:interactionIds)"
            + " ORDER BY task_.created_at, task_.id")
    List<Task> findFollowUps(Collection<UUID> interactionIds);

    /** Moves these tasks from one constituent to another, bumping their version; returns the rows moved. */
    @Query("UPDATE tasks SET constituent_id = :to, version = version + 1, updated_at = :at, updated_by = :by"
            + " WHERE constituent_id = :from AND id IN (:ids)")
    long moveConstituent(UUID from, UUID to, Collection<UUID> ids, Instant at, String by);
}
