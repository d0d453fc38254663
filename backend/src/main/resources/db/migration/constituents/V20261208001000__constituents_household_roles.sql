-- A household member's role: HEAD, SPOUSE_PARTNER, CHILD or OTHER; null where nobody has said (every membership
-- recorded before roles existed). At most one current head per household is checked by HouseholdService under a lock
-- on the household's row, not by an index: merges of two households may bring two heads together, and that must not
-- fail the merge.
ALTER TABLE household_memberships ADD COLUMN role VARCHAR(20) NULL;
