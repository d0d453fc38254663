-- The mail outbox (docs/adr/0016): a message is written here in the transaction that decided to send it, as the
-- complete MIME message with its final Message-ID, and delivered after commit; retried until the server takes it.
-- status: PENDING (waiting for its next attempt), SENDING (claimed by an instance until claimed_until), SENT,
-- FAILED (refused for good, or out of attempts). dedupe_key makes "send once" hold for a repeated request.
CREATE TABLE mail_outbox (
    id              CHAR(36)      NOT NULL,
    dedupe_key      VARCHAR(200)  NULL,
    status          VARCHAR(20)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    message         LONGBLOB      NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME      NOT NULL,
    claimed_by      VARCHAR(100)  NULL,
    claimed_until   DATETIME      NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME      NULL,
    created_at      DATETIME      NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME      NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mail_outbox_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
