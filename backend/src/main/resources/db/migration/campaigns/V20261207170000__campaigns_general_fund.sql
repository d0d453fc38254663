-- A new organization can record its first gift at once: one unrestricted fund is there from the start. Admins may
-- rename or retire it like any other fund.
INSERT INTO funds (id, code, name, restricted, active, version, created_at, created_by, updated_at, updated_by)
VALUES ('00000000-0000-7000-8000-00000000f001', 'GENERAL', 'General fund', FALSE, TRUE, 0,
        '2026-12-07 00:00:00', 'system', '2026-12-07 00:00:00', 'system');
