-- Tokens ended by signing out before they expire (users.internal.TokenDenylist). A token is stored by the SHA-256
-- of its text, never the text itself; rows past expires_at are useless and are deleted as new ones arrive.
CREATE TABLE revoked_tokens (
    token_hash CHAR(64)     NOT NULL,
    expires_at DATETIME     NOT NULL,
    created_at DATETIME     NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (token_hash)
);

CREATE INDEX ix_revoked_tokens_expires_at ON revoked_tokens (expires_at);
