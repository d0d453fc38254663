-- Report schedules and their runs (docs/adr/0025-report-schedules-and-runs.md). A schedule's Quartz trigger (handler
-- reports.export, key = the schedule's id) lives in the QRTZ_* tables; this table is what users see and edit.
-- parameters: the report's parameters as a JSON object of strings (never asOf: a run is as of its own date in
-- time_zone); recipients: a JSON array of email addresses (1 to 20); format: XLSX, PDF or BOTH; owner: the username
-- whose roles a run is computed with, and who is alerted when a run fails.
CREATE TABLE report_schedules (
    id          CHAR(36)     NOT NULL,
    name        VARCHAR(200) NOT NULL,
    report      VARCHAR(100) NOT NULL,
    parameters  TEXT         NOT NULL,
    format      VARCHAR(10)  NOT NULL,
    cron        VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    recipients  TEXT         NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    owner       VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME     NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME     NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_report_schedules_owner ON report_schedules (owner);

-- One row per run of a schedule: a firing of its cron (scheduled_for = the time it was due) or a "run now"
-- (manual). The unique key on (schedule_id, scheduled_for) is the slot claim: of two instances firing the same slot
-- only one inserts the row, the other does nothing. status: RUNNING (running, or waiting for its next attempt at
-- next_attempt_at), SUCCEEDED, FAILED. claimed_by/claimed_until: the instance running an attempt and until when it
-- holds it (an attempt held longer, by an instance that died, is taken over). error: what went wrong, without personal
-- data. expires_at: when the run finished plus app.reports.run-retention; its files are deleted after that.
CREATE TABLE report_runs (
    id              CHAR(36)      NOT NULL,
    schedule_id     CHAR(36)      NOT NULL,
    scheduled_for   DATETIME      NOT NULL,
    manual          BOOLEAN       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempt         INT           NOT NULL,
    next_attempt_at DATETIME      NULL,
    claimed_by      VARCHAR(100)  NULL,
    claimed_until   DATETIME      NULL,
    started_at      DATETIME      NOT NULL,
    finished_at     DATETIME      NULL,
    duration_ms     BIGINT        NULL,
    row_count       BIGINT        NULL,
    names_hidden    BOOLEAN       NOT NULL,
    error           VARCHAR(1000) NULL,
    expires_at      DATETIME      NULL,
    created_at      DATETIME      NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME      NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_report_runs_slot UNIQUE (schedule_id, scheduled_for),
    CONSTRAINT fk_report_runs_schedule FOREIGN KEY (schedule_id) REFERENCES report_schedules (id) ON DELETE CASCADE
);
CREATE INDEX ix_report_runs_due ON report_runs (status, next_attempt_at);
CREATE INDEX ix_report_runs_expires ON report_runs (expires_at);

-- The files a successful run produced (one per format), kept in the database so that every instance serves them;
-- deleted once the run expires.
CREATE TABLE report_run_files (
    run_id     CHAR(36)     NOT NULL,
    format     VARCHAR(10)  NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    content    LONGBLOB     NOT NULL,
    size       BIGINT       NOT NULL,
    created_at DATETIME     NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME     NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (run_id, format),
    CONSTRAINT fk_report_run_files_run FOREIGN KEY (run_id) REFERENCES report_runs (id) ON DELETE CASCADE
);
