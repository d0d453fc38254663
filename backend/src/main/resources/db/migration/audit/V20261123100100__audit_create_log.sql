-- Append-only: the application inserts and reads, never updates or deletes (see AuditLogRepository).
CREATE TABLE audit_log (
    id          CHAR(36)     NOT NULL,
    occurred_at DATETIME     NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    changes     MEDIUMTEXT   NOT NULL,
    reason      VARCHAR(500) NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
