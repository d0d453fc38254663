-- Check-in at the door (docs/adr/0019-check-in-at-the-door.md). An ATTENDED registration carries when it was checked
-- in (the tap's time at the door, which a check-in queued offline sends later), by whom, and how many of its guests
-- came; undoing the check-in clears them. attended_interaction_id is the "Attended" entry in the constituent's
-- interaction timeline (interactions module) that an undo removes; no foreign key across modules.
ALTER TABLE event_registrations ADD COLUMN checked_in_at DATETIME NULL;
ALTER TABLE event_registrations ADD COLUMN checked_in_by VARCHAR(100) NULL;
ALTER TABLE event_registrations ADD COLUMN guests_checked_in INT NOT NULL DEFAULT 0;
ALTER TABLE event_registrations ADD COLUMN attended_interaction_id CHAR(36) NULL;

-- The Idempotency-Keys used on a registration's check-in and undo: each tap at the door sends its own key, and a key
-- seen again (a queue replayed after a lost response) changes nothing. action: CHECK_IN or UNDO_CHECK_IN.
CREATE TABLE event_check_in_keys (
    registration_id CHAR(36)     NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    created_at      DATETIME     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME     NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (registration_id, idempotency_key),
    CONSTRAINT fk_event_check_in_keys_registration FOREIGN KEY (registration_id) REFERENCES event_registrations (id)
);
