-- Batch gift entry (issue 16, docs/adr/0010-gift-ledger-and-rollups.md, "Batches"). A batch is entered row by row
-- while OPEN; posting turns every row into a COMPLETED gift (gifts.batch_id) in one transaction and makes it POSTED.
-- Rows are not gifts: they count nowhere until posted. All rows are in the batch's currency.
CREATE TABLE gift_batches (
    id             CHAR(36)      NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    currency       CHAR(3)       NOT NULL,
    expected_count INT           NOT NULL,
    expected_total DECIMAL(19,2) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    posted_at      DATETIME      NULL,
    posted_by      VARCHAR(100)  NULL,
    created_at     DATETIME      NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME      NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_gift_batches_status ON gift_batches (status, created_at);

CREATE TABLE gift_batch_rows (
    id                 CHAR(36)      NOT NULL,
    batch_id           CHAR(36)      NOT NULL,
    constituent_id     CHAR(36)      NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    exchange_rate      DECIMAL(19,8) NULL,
    exchange_rate_date DATE          NULL,
    received_on        DATE          NOT NULL,
    fund_id            CHAR(36)      NULL,
    campaign_id        CHAR(36)      NULL,
    appeal_id          CHAR(36)      NULL,
    payment_method     VARCHAR(40)   NULL,
    reference          VARCHAR(200)  NULL,
    anonymous          BOOLEAN       NOT NULL,
    notes              TEXT          NULL,
    gift_id            CHAR(36)      NULL,
    created_at         DATETIME      NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME      NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_gift_batch_rows_batch FOREIGN KEY (batch_id) REFERENCES gift_batches (id)
);
CREATE INDEX ix_gift_batch_rows_batch ON gift_batch_rows (batch_id, id);

CREATE INDEX ix_gifts_batch ON gifts (batch_id);
