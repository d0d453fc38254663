-- Donations: recurring gifts (docs/adr/0014-recurring-gift-schedules.md). A schedule with an amount; its payments are
-- gifts of kind RECURRING_PAYMENT pointing back at it (gifts.recurring_gift_id, which already exists). Counts and
-- status are kept on the row, refreshed under its row lock by each payment and by the daily task.
-- No foreign keys to constituents: merges move rows through MergeParticipant.
CREATE TABLE recurring_gifts (
    id                   CHAR(36)      NOT NULL,
    constituent_id       CHAR(36)      NOT NULL,
    amount               DECIMAL(19,2) NOT NULL,
    currency             CHAR(3)       NOT NULL,
    fund_id              CHAR(36)      NULL,
    campaign_id          CHAR(36)      NULL,
    appeal_id            CHAR(36)      NULL,
    payment_method       VARCHAR(40)   NULL,
    frequency            VARCHAR(20)   NOT NULL,
    interval_count       INT           NOT NULL,
    day_of_month         INT           NULL,
    start_on             DATE          NOT NULL,
    -- the current schedule counts from schedule_start_on; prior_expected_count dates were expected before it
    schedule_start_on    DATE          NOT NULL,
    prior_expected_count INT           NOT NULL,
    end_on               DATE          NULL,
    max_payments         INT           NULL,
    status               VARCHAR(20)   NOT NULL,
    closed_reason        VARCHAR(20)   NULL,
    closed_on            DATE          NULL,
    paid_count           INT           NOT NULL,
    written_off_count    INT           NOT NULL,
    missed_count         INT           NOT NULL,
    next_expected_on     DATE          NULL,
    notes                TEXT          NULL,
    version              BIGINT        NOT NULL,
    created_at           DATETIME      NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           DATETIME      NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_recurring_gifts_constituent ON recurring_gifts (constituent_id);
CREATE INDEX ix_recurring_gifts_status ON recurring_gifts (status, id);

-- Pauses: expected dates from paused_on up to (not including) resumed_on are not expected. resumed_on NULL: open.
CREATE TABLE recurring_gift_pauses (
    id                CHAR(36)      NOT NULL,
    recurring_gift_id CHAR(36)      NOT NULL,
    paused_on         DATE          NOT NULL,
    resumed_on        DATE          NULL,
    reason            VARCHAR(1000) NULL,
    created_at        DATETIME      NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        DATETIME      NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recurring_gift_pauses_gift FOREIGN KEY (recurring_gift_id) REFERENCES recurring_gifts (id)
);
CREATE INDEX ix_recurring_gift_pauses_gift ON recurring_gift_pauses (recurring_gift_id, paused_on);

-- Append-only: each change of amount, schedule, end or status, from what to what, and why.
CREATE TABLE recurring_gift_changes (
    id                CHAR(36)      NOT NULL,
    recurring_gift_id CHAR(36)      NOT NULL,
    field             VARCHAR(40)   NOT NULL,
    old_value         VARCHAR(200)  NULL,
    new_value         VARCHAR(200)  NULL,
    effective_on      DATE          NOT NULL,
    reason            VARCHAR(1000) NULL,
    created_at        DATETIME      NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        DATETIME      NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recurring_gift_changes_gift FOREIGN KEY (recurring_gift_id) REFERENCES recurring_gifts (id)
);
CREATE INDEX ix_recurring_gift_changes_gift ON recurring_gift_changes (recurring_gift_id, created_at);

-- Which expected date (its position in the schedule, from 0) each payment covered.
CREATE TABLE recurring_gift_payments (
    gift_id           CHAR(36)     NOT NULL,
    recurring_gift_id CHAR(36)     NOT NULL,
    expected_index    INT          NOT NULL,
    expected_on       DATE         NULL,
    created_at        DATETIME     NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME     NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    PRIMARY KEY (gift_id),
    CONSTRAINT uq_recurring_gift_payments_slot UNIQUE (recurring_gift_id, expected_index),
    CONSTRAINT fk_recurring_gift_payments_gift FOREIGN KEY (recurring_gift_id) REFERENCES recurring_gifts (id)
);

CREATE INDEX ix_gifts_recurring ON gifts (recurring_gift_id);
