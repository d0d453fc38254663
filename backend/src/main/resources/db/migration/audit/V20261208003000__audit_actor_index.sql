-- The audit log's user filter (and the list of users it offers) reads by actor, newest first.
CREATE INDEX ix_audit_log_actor ON audit_log (actor, occurred_at);
