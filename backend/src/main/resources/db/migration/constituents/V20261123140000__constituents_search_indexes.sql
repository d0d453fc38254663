-- Name-prefix search (ConstituentSearch) runs one branch per alternative (sort name, first name, first + last,
-- last + first), each a range on one of these indexes, which hold every column the branch filters and sorts on,
-- so no branch reads a row until the page's 25 are chosen. They replace the single-column indexes they start with.
-- ix_constituents_sort names id so that (sort_name, id) is its order: "ORDER BY sort_name, id LIMIT n" reads n
-- entries; deleted_at and first_key make it cover the one-word branches, so for a broad first-name prefix ("ma")
-- reading it in order until 25 match beats sorting thousands of first-name entries.
ALTER TABLE constituents DROP INDEX ix_constituents_sort;
ALTER TABLE constituents DROP INDEX ix_constituents_first;
ALTER TABLE constituents DROP INDEX ix_constituents_last;
CREATE INDEX ix_constituents_sort ON constituents (sort_name, id, deleted_at, first_key);
CREATE INDEX ix_constituents_first ON constituents (first_key, last_key, sort_name, deleted_at);
CREATE INDEX ix_constituents_last ON constituents (last_key, first_key, sort_name, deleted_at);

-- A search page shows each row's primary email, phone, city and postal code: these answer those look-ups from the
-- index alone (one page read each instead of two when the rows are not cached). The owner indexes stay: foreign
-- keys may be bound to them.
CREATE INDEX ix_constituent_emails_primary ON constituent_emails (constituent_id, is_primary, address);
CREATE INDEX ix_constituent_phones_primary ON constituent_phones (constituent_id, is_primary, number);
CREATE INDEX ix_constituent_addresses_primary ON constituent_addresses (constituent_id, is_primary, city, postal_code);
