-- The check-in token of a registration: random, unguessable (128 bits, base64url), what its QR code carries (ADR 0018).
-- Registrations made before this have none.
ALTER TABLE event_registrations ADD COLUMN check_in_token VARCHAR(32) NULL;
CREATE UNIQUE INDEX ux_event_registrations_check_in_token ON event_registrations (check_in_token);
