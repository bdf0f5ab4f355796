-- Reviews in the ledger: a REVIEW entry names which review was held (CARE_PLAN or DIRECT_PAYMENT); other
-- kinds leave it empty. NEEDS_CHANGED entries need no column of their own (their note says what changed).
-- Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE ledger_entry ADD COLUMN review_kind VARCHAR(20);
