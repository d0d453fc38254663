-- Exact session revocation (docs/adr/0006): a token carries the generation its user had at sign-in and is good only
-- while the user still has it. Disabling, a role change and a password change or reset move it on.
ALTER TABLE users ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
-- The session that changed its own password keeps working (its other sessions end); null after any other change.
ALTER TABLE users ADD COLUMN kept_session_id CHAR(36) NULL;
