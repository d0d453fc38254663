-- Search keys, second version (ADR 0027).
-- Phones: e164 holds the number read by libphonenumber ("+16175550101"), NULL when it cannot be read as a whole
-- number; digits becomes the key phones are compared and searched on: the E.164 digits (with "x" and the
-- extension), or the digits as typed when there is no E.164 form.
ALTER TABLE constituent_phones ADD COLUMN e164 VARCHAR(20) NULL;

-- The words of a name that a prefix of its sort name, first or last name key cannot reach ("johnson" in "The
-- Johnson Household"), folded like the keys; name-prefix search matches them too.
CREATE TABLE constituent_name_words (
    word           VARCHAR(100) NOT NULL,
    constituent_id CHAR(36)     NOT NULL,
    PRIMARY KEY (word, constituent_id),
    CONSTRAINT fk_constituent_name_words_constituent FOREIGN KEY (constituent_id) REFERENCES constituents (id)
);
CREATE INDEX ix_constituent_name_words_owner ON constituent_name_words (constituent_id);

-- Which version of the key rules (Names.KEYS_VERSION) the stored keys were made by. At start-up an instance that
-- finds an older one makes every constituent's keys, words and phone keys again (SearchKeysRefresh), then sets it.
CREATE TABLE constituent_keys_state (
    id           INT      NOT NULL,
    keys_version INT      NOT NULL,
    updated_at   DATETIME NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO constituent_keys_state (id, keys_version, updated_at) VALUES (1, 1, '2026-12-08 00:00:00');
