-- Reporting settings: one row. board_sees_donor_names: whether board members see named donor lists (LYBUNT, top
-- donors…); aggregates they always see.
CREATE TABLE report_settings (
    id                     INT          NOT NULL,
    board_sees_donor_names BOOLEAN      NOT NULL,
    version                BIGINT       NOT NULL,
    created_at             DATETIME     NOT NULL,
    created_by             VARCHAR(100) NOT NULL,
    updated_at             DATETIME     NOT NULL,
    updated_by             VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);
