-- The ledger's entries, one row each, written once and never updated or deleted (a correction is a
-- reversal entry). Plain SQL that H2 and PostgreSQL both run unchanged.

-- One row per person: a writer locks it (SELECT ... FOR UPDATE) for its transaction, so two writers to
-- the same ledger take turns and each checks its batch against everything committed before it.
CREATE TABLE ledger_person (
  person VARCHAR(200) NOT NULL,
  CONSTRAINT ledger_person_pk PRIMARY KEY (person)
);

CREATE TABLE ledger_entry (
  -- The order entries were recorded in, so a reloaded ledger lists them as the original did.
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  person VARCHAR(200) NOT NULL,
  entry_id VARCHAR(200) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  entry_date DATE NOT NULL,
  until_date DATE,
  day_of_week SMALLINT,
  start_time TIME,
  end_time TIME,
  provider VARCHAR,
  staff_type VARCHAR,
  cancelled_by VARCHAR(20),
  notified TIMESTAMP,
  minutes BIGINT NOT NULL,
  miles NUMERIC(9, 2),
  amount_pence BIGINT,
  reverses VARCHAR(200),
  note VARCHAR NOT NULL,
  CONSTRAINT ledger_entry_pk PRIMARY KEY (seq),
  -- The same entry id is never stored twice for a person, whatever the writers do.
  CONSTRAINT ledger_entry_id_uk UNIQUE (person, entry_id),
  CONSTRAINT ledger_entry_person_fk FOREIGN KEY (person) REFERENCES ledger_person (person)
);

CREATE INDEX ledger_entry_person_date ON ledger_entry (person, entry_date);
