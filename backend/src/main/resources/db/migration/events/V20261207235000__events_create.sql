-- Events (docs/adr/0017-event-capacity-and-waitlist.md): an event with its ticket types and custom questions, and the
-- registrations of constituents with their guests and answers. Start, end and the registration window are local
-- date-times read in the event's IANA time zone. Every change of an event's registrations locks the event's row
-- (SELECT ... FOR UPDATE), so the seats counted under that lock are the seats taken. No foreign keys to
-- constituents or campaigns: merges move registrations through MergeParticipant.
CREATE TABLE events (
    id                     CHAR(36)      NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    description            TEXT          NULL,
    venue                  VARCHAR(300)  NULL,
    address                VARCHAR(1000) NULL,
    online_url             VARCHAR(1000) NULL,
    starts_at              DATETIME      NOT NULL,
    ends_at                DATETIME      NOT NULL,
    time_zone              VARCHAR(64)   NOT NULL,
    registration_opens_at  DATETIME      NULL,
    registration_closes_at DATETIME      NULL,
    capacity               INT           NULL,
    status                 VARCHAR(20)   NOT NULL,
    campaign_id            CHAR(36)      NULL,
    version                BIGINT        NOT NULL,
    created_at             DATETIME      NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    updated_at             DATETIME      NOT NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_events_starts ON events (starts_at);

CREATE TABLE event_questions (
    id         CHAR(36)      NOT NULL,
    event_id   CHAR(36)      NOT NULL,
    sort_order INT           NOT NULL,
    question   VARCHAR(500)  NOT NULL,
    required   BOOLEAN       NOT NULL,
    retired    BOOLEAN       NOT NULL,
    created_at DATETIME      NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    updated_at DATETIME      NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_questions_event FOREIGN KEY (event_id) REFERENCES events (id)
);
CREATE INDEX ix_event_questions_event ON event_questions (event_id, sort_order);

CREATE TABLE ticket_types (
    id                CHAR(36)      NOT NULL,
    event_id          CHAR(36)      NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    price             DECIMAL(19,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    fair_market_value DECIMAL(19,2) NOT NULL,
    capacity          INT           NULL,
    status            VARCHAR(20)   NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME      NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        DATETIME      NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ticket_types_event FOREIGN KEY (event_id) REFERENCES events (id)
);
CREATE INDEX ix_ticket_types_event ON ticket_types (event_id);

-- party_size = 1 + named guests + unnamed_guests: the seats a registration takes while REGISTERED, OFFERED,
-- ATTENDED or NO_SHOW. The waitlist is served in order of waitlisted_at, then id.
CREATE TABLE event_registrations (
    id                  CHAR(36)      NOT NULL,
    event_id            CHAR(36)      NOT NULL,
    ticket_type_id      CHAR(36)      NOT NULL,
    constituent_id      CHAR(36)      NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    unnamed_guests      INT           NOT NULL,
    party_size          INT           NOT NULL,
    dietary_notes       VARCHAR(1000) NULL,
    accessibility_notes VARCHAR(1000) NULL,
    waitlisted_at       DATETIME      NULL,
    offered_at          DATETIME      NULL,
    offer_expires_at    DATETIME      NULL,
    cancelled_at        DATETIME      NULL,
    cancel_reason       VARCHAR(500)  NULL,
    version             BIGINT        NOT NULL,
    created_at          DATETIME      NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    updated_at          DATETIME      NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_registrations_event FOREIGN KEY (event_id) REFERENCES events (id),
    CONSTRAINT fk_event_registrations_ticket_type FOREIGN KEY (ticket_type_id) REFERENCES ticket_types (id)
);
CREATE INDEX ix_event_registrations_event ON event_registrations (event_id, status, waitlisted_at);
CREATE INDEX ix_event_registrations_constituent ON event_registrations (constituent_id);
CREATE INDEX ix_event_registrations_ticket_type ON event_registrations (ticket_type_id, status);
CREATE INDEX ix_event_registrations_offers ON event_registrations (status, offer_expires_at);

CREATE TABLE event_registration_guests (
    id              CHAR(36)     NOT NULL,
    registration_id CHAR(36)     NOT NULL,
    sort_order      INT          NOT NULL,
    name            VARCHAR(200) NOT NULL,
    created_at      DATETIME     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME     NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_registration_guests_registration FOREIGN KEY (registration_id)
        REFERENCES event_registrations (id)
);
CREATE INDEX ix_event_registration_guests_registration ON event_registration_guests (registration_id, sort_order);

CREATE TABLE event_registration_answers (
    registration_id CHAR(36)      NOT NULL,
    question_id     CHAR(36)      NOT NULL,
    answer          VARCHAR(2000) NOT NULL,
    created_at      DATETIME      NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME      NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (registration_id, question_id),
    CONSTRAINT fk_event_registration_answers_registration FOREIGN KEY (registration_id)
        REFERENCES event_registrations (id)
);

-- An Idempotency-Key is its sender's own (as for gifts): the same user sending the same key gets the same
-- registration back.
CREATE TABLE event_registration_idempotency_keys (
    created_by      VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NULL,
    registration_id CHAR(36)     NOT NULL,
    created_at      DATETIME     NOT NULL,
    updated_at      DATETIME     NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (created_by, idempotency_key)
);
