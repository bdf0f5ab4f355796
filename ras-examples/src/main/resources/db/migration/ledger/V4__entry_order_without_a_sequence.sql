-- A person's entries are ordered by a number the writer assigns (0 for the person's first entry, then one
-- more for each entry recorded after it) instead of by V1's IDENTITY column. The writer already holds the
-- person's row lock, so it knows how many entries are stored and no two writers take the same number; the
-- primary key (person, person_seq) checks it. No sequence is touched on the write path any more: H2 writes
-- an IDENTITY's sequence to the database's metadata every 32 values, in a transaction of its own, and after
-- a writer was killed the first write of the reopened database could spin there without end.
-- Rows already stored keep their order: numbered by person in V1's sequence order.
-- Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE ledger_entry ADD COLUMN person_seq BIGINT;

CREATE TABLE ledger_entry_order (
  person VARCHAR(200) NOT NULL,
  entry_id VARCHAR(200) NOT NULL,
  person_seq BIGINT NOT NULL,
  CONSTRAINT ledger_entry_order_pk PRIMARY KEY (person, entry_id)
);

INSERT INTO ledger_entry_order (person, entry_id, person_seq)
  SELECT person, entry_id, ROW_NUMBER() OVER (PARTITION BY person ORDER BY seq) - 1 FROM ledger_entry;

UPDATE ledger_entry SET person_seq = (SELECT o.person_seq FROM ledger_entry_order o
  WHERE o.person = ledger_entry.person AND o.entry_id = ledger_entry.entry_id);

DROP TABLE ledger_entry_order;

ALTER TABLE ledger_entry ALTER COLUMN person_seq SET NOT NULL;
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_pk;
-- Dropping the column drops its IDENTITY sequence with it, on both databases.
ALTER TABLE ledger_entry DROP COLUMN seq;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_pk PRIMARY KEY (person, person_seq);
