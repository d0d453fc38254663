-- The EVENT_FEE gift (donations module) that records a paid registration's fee; null for free tickets, waitlisted
-- parties and registrations made before fees were recorded. No foreign key: modules refer to each other's rows by id.
ALTER TABLE event_registrations ADD COLUMN fee_gift_id CHAR(36) NULL;
