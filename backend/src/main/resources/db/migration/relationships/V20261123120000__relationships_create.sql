-- Relationships between constituents (person to person, person to organization, ...), typed by relationship_types.
-- A row reads "from <label> to": "Ada is Employee of Acme"; seen from the other side it uses the inverse label
-- ("Acme is Employer of Ada"). Symmetric types read the same both ways (label = inverse_label).
-- Constituents are referenced by id only (no foreign key into the constituents module's tables).

CREATE TABLE relationship_types (
    code          VARCHAR(60)  NOT NULL,
    label         VARCHAR(100) NOT NULL,
    inverse_label VARCHAR(100) NOT NULL,
    is_symmetric  BOOLEAN      NOT NULL,
    built_in      BOOLEAN      NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME     NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME     NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (code)
);

-- active_key is "type:from:to" (for symmetric types the two ids in ascending order) while the relationship is
-- active, else null: the unique constraint allows one active relationship per pair and type, and many nulls.
CREATE TABLE relationships (
    id         CHAR(36)     NOT NULL,
    from_id    CHAR(36)     NOT NULL,
    to_id      CHAR(36)     NOT NULL,
    type_code  VARCHAR(60)  NOT NULL,
    start_date DATE         NULL,
    end_date   DATE         NULL,
    active     BOOLEAN      NOT NULL,
    active_key VARCHAR(140) NULL,
    notes      TEXT         NULL,
    version    BIGINT       NOT NULL,
    created_at DATETIME     NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME     NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_relationships_active_key UNIQUE (active_key),
    CONSTRAINT fk_relationships_type FOREIGN KEY (type_code) REFERENCES relationship_types (code)
);
CREATE INDEX ix_relationships_from ON relationships (from_id);
CREATE INDEX ix_relationships_to ON relationships (to_id);

-- Built-in types: the code is the slug of the label, as for types administrators add.
INSERT INTO relationship_types
    (code, label, inverse_label, is_symmetric, built_in, active, version, created_at, created_by, updated_at, updated_by)
VALUES
    ('employee-of',         'Employee of',         'Employer of',         FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('board-member-of',     'Board member of',     'Has board member',    FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('member-of',           'Member of',           'Has member',          FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('volunteer-at',        'Volunteer at',        'Has volunteer',       FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('primary-contact-for', 'Primary contact for', 'Has primary contact', FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('parent-of',           'Parent of',           'Child of',            FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('grandparent-of',      'Grandparent of',      'Grandchild of',       FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('mentor-of',           'Mentor of',           'Mentee of',           FALSE, TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('spouse-of',           'Spouse of',           'Spouse of',           TRUE,  TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('partner-of',          'Partner of',          'Partner of',          TRUE,  TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('sibling-of',          'Sibling of',          'Sibling of',          TRUE,  TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('relative-of',         'Relative of',         'Relative of',         TRUE,  TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('friend-of',           'Friend of',           'Friend of',           TRUE,  TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system'),
    ('colleague-of',        'Colleague of',        'Colleague of',        TRUE,  TRUE, TRUE, 0, '2026-11-23 12:00:00', 'system', '2026-11-23 12:00:00', 'system');
