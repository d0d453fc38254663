-- Pairs a user said are two different constituents ("not a duplicate"): the duplicate rules still match them, but
-- the scan and a constituent's candidates leave them out. One row per unordered pair, the smaller id first. An
-- administrator removes a row to bring the pair back. Each change is audited on both constituents.
CREATE TABLE constituent_not_duplicates (
    low_id     CHAR(36)     NOT NULL,
    high_id    CHAR(36)     NOT NULL,
    reason     VARCHAR(500) NULL,
    created_at DATETIME     NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (low_id, high_id)
);
CREATE INDEX ix_constituent_not_duplicates_high ON constituent_not_duplicates (high_id);
