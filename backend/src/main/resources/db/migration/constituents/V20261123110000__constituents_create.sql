-- Constituents: people, organizations and households, with their contact points, tags, external ids,
-- household membership history, the consent ledger, saved searches and merges.
CREATE TABLE constituents (
    id                    CHAR(36)     NOT NULL,
    type                  VARCHAR(20)  NOT NULL,
    prefix                VARCHAR(40)  NULL,
    first_name            VARCHAR(100) NULL,
    middle_name           VARCHAR(100) NULL,
    last_name             VARCHAR(100) NULL,
    suffix                VARCHAR(40)  NULL,
    preferred_name        VARCHAR(100) NULL,
    birth_date            DATE         NULL,
    deceased              BOOLEAN      NOT NULL,
    deceased_date         DATE         NULL,
    name                  VARCHAR(200) NULL,
    name_generated        BOOLEAN      NOT NULL,
    formal_salutation     VARCHAR(300) NULL,
    informal_salutation   VARCHAR(300) NULL,
    display_name          VARCHAR(300) NOT NULL,
    sort_name             VARCHAR(300) NOT NULL,
    first_key             VARCHAR(100) NULL,
    last_key              VARCHAR(200) NULL,
    search_text           TEXT         NOT NULL,
    source                VARCHAR(100) NULL,
    notes                 TEXT         NULL,
    do_not_contact        BOOLEAN      NOT NULL,
    do_not_solicit        BOOLEAN      NOT NULL,
    deleted_at            DATETIME     NULL,
    deleted_by            VARCHAR(100) NULL,
    merged_into_id        CHAR(36)     NULL,
    version               BIGINT       NOT NULL,
    created_at            DATETIME     NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    updated_at            DATETIME     NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_constituents_sort ON constituents (sort_name);
CREATE INDEX ix_constituents_first ON constituents (first_key);
CREATE INDEX ix_constituents_last ON constituents (last_key);
CREATE INDEX ix_constituents_updated ON constituents (updated_at);

CREATE TABLE constituent_emails (
    id             CHAR(36)     NOT NULL,
    constituent_id CHAR(36)     NOT NULL,
    address        VARCHAR(320) NOT NULL,
    address_key    VARCHAR(320) NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    is_primary     BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_constituent_emails_constituent FOREIGN KEY (constituent_id) REFERENCES constituents (id)
);
CREATE INDEX ix_constituent_emails_key ON constituent_emails (address_key);
CREATE INDEX ix_constituent_emails_owner ON constituent_emails (constituent_id);

CREATE TABLE constituent_phones (
    id             CHAR(36)    NOT NULL,
    constituent_id CHAR(36)    NOT NULL,
    number         VARCHAR(40) NOT NULL,
    digits         VARCHAR(40) NOT NULL,
    type           VARCHAR(20) NOT NULL,
    is_primary     BOOLEAN     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_constituent_phones_constituent FOREIGN KEY (constituent_id) REFERENCES constituents (id)
);
CREATE INDEX ix_constituent_phones_digits ON constituent_phones (digits);
CREATE INDEX ix_constituent_phones_owner ON constituent_phones (constituent_id);

CREATE TABLE constituent_addresses (
    id             CHAR(36)     NOT NULL,
    constituent_id CHAR(36)     NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    line1          VARCHAR(200) NULL,
    line2          VARCHAR(200) NULL,
    city           VARCHAR(100) NULL,
    region         VARCHAR(100) NULL,
    postal_code    VARCHAR(20)  NULL,
    postal_key     VARCHAR(20)  NULL,
    country        VARCHAR(2)   NULL,
    valid_from     DATE         NULL,
    valid_to       DATE         NULL,
    is_primary     BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_constituent_addresses_constituent FOREIGN KEY (constituent_id) REFERENCES constituents (id)
);
CREATE INDEX ix_constituent_addresses_postal ON constituent_addresses (postal_key);
CREATE INDEX ix_constituent_addresses_owner ON constituent_addresses (constituent_id);

CREATE TABLE constituent_tags (
    constituent_id CHAR(36)    NOT NULL,
    tag            VARCHAR(60) NOT NULL,
    PRIMARY KEY (constituent_id, tag),
    CONSTRAINT fk_constituent_tags_constituent FOREIGN KEY (constituent_id) REFERENCES constituents (id)
);
CREATE INDEX ix_constituent_tags_tag ON constituent_tags (tag);

CREATE TABLE constituent_external_ids (
    id             CHAR(36)     NOT NULL,
    constituent_id CHAR(36)     NOT NULL,
    source         VARCHAR(60)  NOT NULL,
    external_id    VARCHAR(120) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_constituent_external_ids UNIQUE (source, external_id),
    CONSTRAINT fk_constituent_external_ids_constituent FOREIGN KEY (constituent_id) REFERENCES constituents (id)
);
CREATE INDEX ix_constituent_external_ids_owner ON constituent_external_ids (constituent_id);

-- One open membership per member: current_member_id is the member while end_date is null, else null;
-- the unique index allows many nulls.
CREATE TABLE household_memberships (
    id                CHAR(36)     NOT NULL,
    household_id      CHAR(36)     NOT NULL,
    member_id         CHAR(36)     NOT NULL,
    current_member_id CHAR(36)     NULL,
    start_date        DATE         NOT NULL,
    end_date          DATE         NULL,
    created_at        DATETIME     NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME     NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_household_memberships_current UNIQUE (current_member_id),
    CONSTRAINT fk_household_memberships_household FOREIGN KEY (household_id) REFERENCES constituents (id),
    CONSTRAINT fk_household_memberships_member FOREIGN KEY (member_id) REFERENCES constituents (id)
);
CREATE INDEX ix_household_memberships_household ON household_memberships (household_id, end_date);
CREATE INDEX ix_household_memberships_member ON household_memberships (member_id);

-- A ledger: rows are only ever added; the latest per channel and purpose is the constituent's current choice.
CREATE TABLE consent_records (
    id             CHAR(36)     NOT NULL,
    constituent_id CHAR(36)     NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    purpose        VARCHAR(20)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    statement      VARCHAR(500) NULL,
    source         VARCHAR(100) NOT NULL,
    effective_date DATE         NOT NULL,
    recorded_at    DATETIME     NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_records_constituent FOREIGN KEY (constituent_id) REFERENCES constituents (id)
);
CREATE INDEX ix_consent_records_owner ON consent_records (constituent_id, channel, purpose, recorded_at);

CREATE TABLE segments (
    id          CHAR(36)     NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(500) NULL,
    criteria    TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME     NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME     NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_segments_name UNIQUE (name)
);

CREATE TABLE constituent_merges (
    id           CHAR(36)     NOT NULL,
    survivor_id  CHAR(36)     NOT NULL,
    duplicate_id CHAR(36)     NOT NULL,
    moved        MEDIUMTEXT   NOT NULL,
    merged_at    DATETIME     NOT NULL,
    merged_by    VARCHAR(100) NOT NULL,
    undone_at    DATETIME     NULL,
    undone_by    VARCHAR(100) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_constituent_merges_survivor ON constituent_merges (survivor_id);
CREATE INDEX ix_constituent_merges_duplicate ON constituent_merges (duplicate_id);
