-- The team view and the list of everyone's tasks read unfinished tasks across assignees, overdue first.
CREATE INDEX ix_tasks_status ON tasks (status, due_date);
