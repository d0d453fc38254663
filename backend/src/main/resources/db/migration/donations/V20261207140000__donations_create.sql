-- Donations: the gift ledger (docs/adr/0010-gift-ledger-and-rollups.md). Amounts are DECIMAL(19,2) with a CHAR(3)
-- ISO 4217 currency; base_amount is the amount in the configured base currency at the gift's exchange rate.
-- A completed gift's amount, date and donor change only through gift_adjustments and gift_refunds rows, which
-- are never updated or deleted. No foreign keys to constituents: merges move rows through MergeParticipant.
CREATE TABLE gifts (
    id                            CHAR(36)      NOT NULL,
    constituent_id                CHAR(36)      NOT NULL,
    amount                        DECIMAL(19,2) NOT NULL,
    currency                      CHAR(3)       NOT NULL,
    exchange_rate                 DECIMAL(19,8) NOT NULL,
    exchange_rate_date            DATE          NULL,
    base_amount                   DECIMAL(19,2) NOT NULL,
    base_currency                 CHAR(3)       NOT NULL,
    refunded_amount               DECIMAL(19,2) NOT NULL,
    refunded_base_amount          DECIMAL(19,2) NOT NULL,
    received_on                   DATE          NOT NULL,
    status                        VARCHAR(20)   NOT NULL,
    kind                          VARCHAR(30)   NOT NULL,
    fund_id                       CHAR(36)      NULL,
    campaign_id                   CHAR(36)      NULL,
    appeal_id                     CHAR(36)      NULL,
    payment_method                VARCHAR(40)   NULL,
    reference                     VARCHAR(200)  NULL,
    anonymous                     BOOLEAN       NOT NULL,
    tribute_type                  VARCHAR(20)   NULL,
    tribute_honoree_name          VARCHAR(200)  NULL,
    tribute_notify_constituent_id CHAR(36)      NULL,
    description                   VARCHAR(2000) NULL,
    fair_market_value             DECIMAL(19,2) NULL,
    notes                         TEXT          NULL,
    recurring_gift_id             CHAR(36)      NULL,
    pledge_id                     CHAR(36)      NULL,
    batch_id                      CHAR(36)      NULL,
    version                       BIGINT        NOT NULL,
    created_at                    DATETIME      NOT NULL,
    created_by                    VARCHAR(100)  NOT NULL,
    updated_at                    DATETIME      NOT NULL,
    updated_by                    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_gifts_constituent ON gifts (constituent_id, received_on);
CREATE INDEX ix_gifts_campaign ON gifts (campaign_id, received_on);
CREATE INDEX ix_gifts_received ON gifts (received_on);
CREATE INDEX ix_gifts_tribute_notify ON gifts (tribute_notify_constituent_id);

CREATE TABLE gift_allocations (
    id         CHAR(36)      NOT NULL,
    gift_id    CHAR(36)      NOT NULL,
    fund_id    CHAR(36)      NOT NULL,
    amount     DECIMAL(19,2) NOT NULL,
    created_at DATETIME      NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    updated_at DATETIME      NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_gift_allocations_gift FOREIGN KEY (gift_id) REFERENCES gifts (id)
);
CREATE INDEX ix_gift_allocations_fund ON gift_allocations (fund_id);

CREATE TABLE gift_soft_credits (
    id             CHAR(36)      NOT NULL,
    gift_id        CHAR(36)      NOT NULL,
    constituent_id CHAR(36)      NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    credit_role    VARCHAR(40)   NULL,
    created_at     DATETIME      NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME      NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_gift_soft_credits_gift FOREIGN KEY (gift_id) REFERENCES gifts (id)
);
CREATE INDEX ix_gift_soft_credits_constituent ON gift_soft_credits (constituent_id);

-- Append-only: what an adjustment changed, from what to what, and why.
CREATE TABLE gift_adjustments (
    id                      CHAR(36)      NOT NULL,
    gift_id                 CHAR(36)      NOT NULL,
    previous_constituent_id CHAR(36)      NOT NULL,
    new_constituent_id      CHAR(36)      NOT NULL,
    previous_amount         DECIMAL(19,2) NOT NULL,
    new_amount              DECIMAL(19,2) NOT NULL,
    previous_base_amount    DECIMAL(19,2) NOT NULL,
    new_base_amount         DECIMAL(19,2) NOT NULL,
    previous_received_on    DATE          NOT NULL,
    new_received_on         DATE          NOT NULL,
    reason                  VARCHAR(1000) NOT NULL,
    created_at              DATETIME      NOT NULL,
    created_by              VARCHAR(100)  NOT NULL,
    updated_at              DATETIME      NOT NULL,
    updated_by              VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_gift_adjustments_gift FOREIGN KEY (gift_id) REFERENCES gifts (id)
);

-- Append-only: each refund, in the gift's currency and in the base currency.
CREATE TABLE gift_refunds (
    id          CHAR(36)      NOT NULL,
    gift_id     CHAR(36)      NOT NULL,
    amount      DECIMAL(19,2) NOT NULL,
    base_amount DECIMAL(19,2) NOT NULL,
    refunded_on DATE          NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    created_at  DATETIME      NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  DATETIME      NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_gift_refunds_gift FOREIGN KEY (gift_id) REFERENCES gifts (id)
);

-- Idempotency-Key of POST /api/gifts: written in the gift's transaction, so a key is taken exactly once.
CREATE TABLE gift_idempotency_keys (
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    gift_id         CHAR(36)     NOT NULL,
    created_at      DATETIME     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME     NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (idempotency_key)
);

-- Rollups, kept current in each gift's transaction (the row is the lock that serializes one donor's changes).
CREATE TABLE giving_rollups (
    constituent_id      CHAR(36)      NOT NULL,
    base_currency       CHAR(3)       NOT NULL,
    lifetime_total      DECIMAL(19,2) NOT NULL,
    gift_count          INT           NOT NULL,
    soft_credit_total   DECIMAL(19,2) NOT NULL,
    first_gift_date     DATE          NULL,
    first_gift_amount   DECIMAL(19,2) NULL,
    last_gift_date      DATE          NULL,
    last_gift_amount    DECIMAL(19,2) NULL,
    largest_gift_date   DATE          NULL,
    largest_gift_amount DECIMAL(19,2) NULL,
    created_at          DATETIME      NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    updated_at          DATETIME      NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (constituent_id)
);

CREATE TABLE giving_years (
    constituent_id CHAR(36)      NOT NULL,
    fiscal_year    INT           NOT NULL,
    total          DECIMAL(19,2) NOT NULL,
    soft_total     DECIMAL(19,2) NOT NULL,
    gift_count     INT           NOT NULL,
    created_at     DATETIME      NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME      NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (constituent_id, fiscal_year)
);
