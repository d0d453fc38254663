-- Pledges (docs/adr/0015-pledges-and-installments.md). A pledge is a promise, not a gift: it never counts in the
-- giving rollups; its payments are PLEDGE_PAYMENT gifts (gifts.pledge_id) and count like any gift. paid_amount and
-- written_off_amount are kept equal to the sums over the installments, under the pledge row's lock.
-- status: OPEN, FULFILLED (paid in full), WRITTEN_OFF (closed with a write-off), CANCELLED (nothing was paid).
CREATE TABLE pledges (
    id                 CHAR(36)      NOT NULL,
    constituent_id     CHAR(36)      NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    paid_amount        DECIMAL(19,2) NOT NULL,
    written_off_amount DECIMAL(19,2) NOT NULL,
    pledged_on         DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    fund_id            CHAR(36)      NULL,
    campaign_id        CHAR(36)      NULL,
    appeal_id          CHAR(36)      NULL,
    notes              TEXT          NULL,
    version            BIGINT        NOT NULL,
    created_at         DATETIME      NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME      NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_pledges_constituent ON pledges (constituent_id, pledged_on);
CREATE INDEX ix_pledges_status ON pledges (status, pledged_on);
CREATE INDEX ix_pledges_campaign ON pledges (campaign_id, pledged_on);

-- The schedule. An installment is open for amount - paid_amount - written_off_amount; sequence follows the due dates.
CREATE TABLE pledge_installments (
    id                 CHAR(36)      NOT NULL,
    pledge_id          CHAR(36)      NOT NULL,
    sequence_number    INT           NOT NULL,
    due_on             DATE          NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    paid_amount        DECIMAL(19,2) NOT NULL,
    written_off_amount DECIMAL(19,2) NOT NULL,
    created_at         DATETIME      NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME      NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pledge_installments_pledge FOREIGN KEY (pledge_id) REFERENCES pledges (id)
);
CREATE INDEX ix_pledge_installments_pledge ON pledge_installments (pledge_id, due_on);

-- How much of each payment (a gift) is applied to each installment now. A refund or a lower adjustment of the
-- payment lowers these rows (and deletes them at zero); the audit log keeps every application and reversal.
CREATE TABLE pledge_applications (
    id             CHAR(36)      NOT NULL,
    pledge_id      CHAR(36)      NOT NULL,
    gift_id        CHAR(36)      NOT NULL,
    installment_id CHAR(36)      NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    created_at     DATETIME      NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME      NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pledge_applications_pledge FOREIGN KEY (pledge_id) REFERENCES pledges (id),
    CONSTRAINT fk_pledge_applications_gift FOREIGN KEY (gift_id) REFERENCES gifts (id),
    CONSTRAINT fk_pledge_applications_installment FOREIGN KEY (installment_id) REFERENCES pledge_installments (id)
);
CREATE INDEX ix_pledge_applications_pledge ON pledge_applications (pledge_id);
CREATE INDEX ix_pledge_applications_gift ON pledge_applications (gift_id);

CREATE INDEX ix_gifts_pledge ON gifts (pledge_id);
