-- Interactions: the contact timeline of a constituent (calls, emails, meetings...), soft-deleted only,
-- and follow-up tasks assigned to staff, optionally about a constituent and/or an interaction.
-- No foreign keys to constituents: merges move rows between constituents through MergeParticipant.
CREATE TABLE interactions (
    id             CHAR(36)     NOT NULL,
    constituent_id CHAR(36)     NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    direction      VARCHAR(10)  NOT NULL,
    subject        VARCHAR(300) NOT NULL,
    notes          TEXT         NULL,
    occurred_at    DATETIME     NOT NULL,
    staff_username VARCHAR(100) NOT NULL,
    deleted_at     DATETIME     NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME     NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME     NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_interactions_timeline ON interactions (constituent_id, occurred_at);

CREATE TABLE tasks (
    id                CHAR(36)     NOT NULL,
    constituent_id    CHAR(36)     NULL,
    interaction_id    CHAR(36)     NULL,
    title             VARCHAR(300) NOT NULL,
    notes             TEXT         NULL,
    assignee_username VARCHAR(100) NOT NULL,
    due_date          DATE         NULL,
    status            VARCHAR(20)  NOT NULL,
    completed_at      DATETIME     NULL,
    version           BIGINT       NOT NULL,
    created_at        DATETIME     NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME     NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tasks_interaction FOREIGN KEY (interaction_id) REFERENCES interactions (id)
);
CREATE INDEX ix_tasks_assignee ON tasks (assignee_username, status, due_date);
CREATE INDEX ix_tasks_constituent ON tasks (constituent_id, status);
