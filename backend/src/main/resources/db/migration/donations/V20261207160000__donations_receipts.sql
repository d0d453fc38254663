-- Tax receipts (docs/adr/0013-receipt-serials.md). Serial numbers are gap-free per receipting (calendar) year: the
-- next number of a year is drawn from its receipt_serials row, locked and incremented in the same transaction that
-- inserts the receipt, so a rolled-back issue gives its number back.
CREATE TABLE receipt_serials (
    receipt_year INT          NOT NULL,
    next_number  BIGINT       NOT NULL,
    created_at   DATETIME     NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME     NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (receipt_year)
);

-- One issued receipt. Donor name and address are copied at issue: a receipt is a document, it does not change when
-- the constituent does. status: ISSUED, VOID (cancelled) or REPLACED (cancelled by replaced_by_receipt_id).
CREATE TABLE receipts (
    id                     CHAR(36)      NOT NULL,
    serial_number          VARCHAR(20)   NOT NULL,
    receipt_year           INT           NOT NULL,
    sequence_number        BIGINT        NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    constituent_id         CHAR(36)      NOT NULL,
    donor_name             VARCHAR(400)  NOT NULL,
    donor_address          VARCHAR(2000) NULL,
    issued_on              DATE          NOT NULL,
    currency               CHAR(3)       NOT NULL,
    total_amount           DECIMAL(19,2) NOT NULL,
    benefits_amount        DECIMAL(19,2) NOT NULL,
    eligible_amount        DECIMAL(19,2) NOT NULL,
    replaces_receipt_id    CHAR(36)      NULL,
    replaces_serial        VARCHAR(20)   NULL,
    replaced_by_receipt_id CHAR(36)      NULL,
    void_reason            VARCHAR(1000) NULL,
    voided_at              DATETIME      NULL,
    voided_by              VARCHAR(100)  NULL,
    print_count            INT           NOT NULL,
    version                BIGINT        NOT NULL,
    created_at             DATETIME      NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    updated_at             DATETIME      NOT NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_receipts_serial UNIQUE (serial_number),
    CONSTRAINT uq_receipts_year_sequence UNIQUE (receipt_year, sequence_number)
);
CREATE INDEX ix_receipts_constituent ON receipts (constituent_id, receipt_year);
CREATE INDEX ix_receipts_year ON receipts (receipt_year, sequence_number);

-- The gifts a receipt covers, with the amounts printed. active_gift_id is the gift's id while the receipt is
-- ISSUED and NULL once it is void or replaced: its unique key is what keeps a gift on at most one live receipt.
CREATE TABLE receipt_gifts (
    receipt_id      CHAR(36)      NOT NULL,
    gift_id         CHAR(36)      NOT NULL,
    active_gift_id  CHAR(36)      NULL,
    received_on     DATE          NOT NULL,
    description     VARCHAR(400)  NULL,
    amount          DECIMAL(19,2) NOT NULL,
    benefits_amount DECIMAL(19,2) NOT NULL,
    eligible_amount DECIMAL(19,2) NOT NULL,
    created_at      DATETIME      NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME      NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (receipt_id, gift_id),
    CONSTRAINT uq_receipt_gifts_active UNIQUE (active_gift_id),
    CONSTRAINT fk_receipt_gifts_receipt FOREIGN KEY (receipt_id) REFERENCES receipts (id),
    CONSTRAINT fk_receipt_gifts_gift FOREIGN KEY (gift_id) REFERENCES gifts (id)
);
CREATE INDEX ix_receipt_gifts_gift ON receipt_gifts (gift_id);

-- The organization's receipt template: one row (id 1) once an administrator saved it; defaults until then.
CREATE TABLE receipt_settings (
    id                          INT           NOT NULL,
    organization_name           VARCHAR(300)  NOT NULL,
    address_lines               VARCHAR(2000) NULL,
    charity_registration_number VARCHAR(100)  NULL,
    title                       VARCHAR(300)  NULL,
    signatory_name              VARCHAR(200)  NOT NULL,
    signatory_title             VARCHAR(200)  NULL,
    signature_text              VARCHAR(200)  NULL,
    legal_wording               TEXT          NULL,
    footer                      VARCHAR(1000) NULL,
    logo_png                    MEDIUMBLOB    NULL,
    version                     BIGINT        NOT NULL,
    created_at                  DATETIME      NOT NULL,
    created_by                  VARCHAR(100)  NOT NULL,
    updated_at                  DATETIME      NOT NULL,
    updated_by                  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id)
);

-- The thank-you of a gift: one row per acknowledged gift, replaced when recorded again.
CREATE TABLE gift_acknowledgements (
    gift_id         CHAR(36)      NOT NULL,
    method          VARCHAR(20)   NOT NULL,
    acknowledged_on DATE          NOT NULL,
    notes           VARCHAR(2000) NULL,
    created_at      DATETIME      NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME      NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (gift_id),
    CONSTRAINT fk_gift_acknowledgements_gift FOREIGN KEY (gift_id) REFERENCES gifts (id)
);
