-- Duplicate detection: which matching rules administrators have switched on, and the indexes the rules join on.
CREATE TABLE duplicate_rules (
    code       VARCHAR(40)  NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    created_at DATETIME     NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME     NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (code)
);
INSERT INTO duplicate_rules (code, enabled, created_at, created_by, updated_at, updated_by) VALUES
    ('same-email', TRUE, '2026-11-23 13:00:00', 'system', '2026-11-23 13:00:00', 'system'),
    ('same-phone', TRUE, '2026-11-23 13:00:00', 'system', '2026-11-23 13:00:00', 'system'),
    ('same-name-postal', TRUE, '2026-11-23 13:00:00', 'system', '2026-11-23 13:00:00', 'system'),
    ('same-name-birthdate', TRUE, '2026-11-23 13:00:00', 'system', '2026-11-23 13:00:00', 'system'),
    ('same-org-name', TRUE, '2026-11-23 13:00:00', 'system', '2026-11-23 13:00:00', 'system');

-- same-name-birthdate joins on the birth date (then the name keys); same-name-postal on last name and postal key.
CREATE INDEX ix_constituents_birth ON constituents (birth_date, last_key);
CREATE INDEX ix_constituents_merged_into ON constituents (merged_into_id);
