-- Giving aggregates for reports (docs/adr/0023-giving-aggregates.md). Derived from the gift ledger and kept equal to
-- it in the transaction of every change (RollupRecomputer.refresh, under the donor's giving_rollups row lock); they
-- are caches of the ledger that nobody edits, so they carry no created/updated columns. Amounts are base-currency
-- DECIMAL(19,2), net of refunds, COMPLETED gifts only. ym = year * 100 + month of the date received. Key columns use
-- '' for "none" (no campaign, appeal or fund), as primary key columns cannot be NULL.

-- Per donor, month and kind: hard credit (the donor's gifts) and soft credit (on other donors' gifts).
-- Month first: reports read ranges of months for every donor.
CREATE TABLE giving_donor_months (
    ym             INT           NOT NULL,
    constituent_id CHAR(36)      NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    hard_total     DECIMAL(19,2) NOT NULL,
    hard_count     INT           NOT NULL,
    soft_total     DECIMAL(19,2) NOT NULL,
    soft_count     INT           NOT NULL,
    PRIMARY KEY (ym, constituent_id, kind)
);
CREATE INDEX ix_giving_donor_months_constituent ON giving_donor_months (constituent_id);

-- The same per calendar year; calendar_year 0 holds the donor's all-time totals per kind.
CREATE TABLE giving_donor_years (
    calendar_year  INT           NOT NULL,
    constituent_id CHAR(36)      NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    hard_total     DECIMAL(19,2) NOT NULL,
    hard_count     INT           NOT NULL,
    soft_total     DECIMAL(19,2) NOT NULL,
    soft_count     INT           NOT NULL,
    PRIMARY KEY (calendar_year, constituent_id, kind)
);
CREATE INDEX ix_giving_donor_years_constituent ON giving_donor_years (constituent_id);

-- Per donor, month, kind, campaign, appeal and fund: the donor's hard credit as the summary counts it. A split gift
-- has a line per fund with its apportioned part; hard_count counts it once (on its first fund), fund_count once per
-- fund. Read one donor at a time, to know what a change takes out of the summary.
CREATE TABLE giving_donor_designations (
    constituent_id CHAR(36)      NOT NULL,
    ym             INT           NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    campaign_key   VARCHAR(36)   NOT NULL,
    appeal_key     VARCHAR(36)   NOT NULL,
    fund_key       VARCHAR(36)   NOT NULL,
    hard_total     DECIMAL(19,2) NOT NULL,
    hard_count     INT           NOT NULL,
    fund_count     INT           NOT NULL,
    PRIMARY KEY (constituent_id, ym, kind, campaign_key, appeal_key, fund_key)
);

-- Raised and gift count per dimension (CAMPAIGN, APPEAL, FUND), month, key (the id, '' = none) and kind, for all
-- donors. Changed only by adding differences (INSERT ... ON DUPLICATE KEY UPDATE raised = raised + ?), in key order;
-- a row that went back to zero stays and counts nowhere. Months are the CAMPAIGN rows added up by ym.
CREATE TABLE giving_summary_months (
    dimension  VARCHAR(10)   NOT NULL,
    ym         INT           NOT NULL,
    key_id     VARCHAR(36)   NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    raised     DECIMAL(19,2) NOT NULL,
    gift_count BIGINT        NOT NULL,
    PRIMARY KEY (dimension, ym, key_id, kind)
);

-- Whether the tables above have been filled from the ledger. They start empty; at start-up an instance that finds
-- PENDING fills them (AggregatesBackfill, donor by donor under the same locks as every gift), then sets BUILT.
-- Until then GivingFacts answers from the ledger itself.
CREATE TABLE giving_aggregates_state (
    id         INT          NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    created_at DATETIME     NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME     NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO giving_aggregates_state (id, status, created_at, created_by, updated_at, updated_by)
VALUES (1, 'PENDING', '2026-12-08 00:00:00', 'system', '2026-12-08 00:00:00', 'system');
