-- Campaigns: funds (where money goes), campaigns (with a goal, optionally inside a parent campaign) and appeals
-- (the asks within a campaign). Never deleted: retiring sets active = FALSE, so gifts keep pointing at them.
CREATE TABLE funds (
    id          CHAR(36)     NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    restricted  BOOLEAN      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME     NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME     NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_funds_code UNIQUE (code)
);

CREATE TABLE campaigns (
    id            CHAR(36)      NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    goal_amount   DECIMAL(19,2) NULL,
    goal_currency CHAR(3)       NULL,
    start_date    DATE          NULL,
    end_date      DATE          NULL,
    parent_id     CHAR(36)      NULL,
    active        BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    DATETIME      NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    DATETIME      NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaigns_parent FOREIGN KEY (parent_id) REFERENCES campaigns (id)
);
CREATE INDEX ix_campaigns_name ON campaigns (name);

CREATE TABLE appeals (
    id          CHAR(36)     NOT NULL,
    campaign_id CHAR(36)     NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME     NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME     NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_appeals_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
);
CREATE INDEX ix_appeals_campaign ON appeals (campaign_id, name);
