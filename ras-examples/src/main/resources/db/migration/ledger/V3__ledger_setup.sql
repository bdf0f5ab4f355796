-- The ledger's setup (its people, period, calendar, providers, policies) and the rates that price it, as
-- the texts of the files `ras ledger init` was given, so that every later command needs only the
-- ledger's folder. Append only: a re-init adds a version, the latest applies, the earlier ones stay as
-- the record of what applied before. Plain SQL that H2 and PostgreSQL both run unchanged.
CREATE TABLE ledger_setup (
  version INTEGER NOT NULL,
  stored_at TIMESTAMP NOT NULL,
  setup_source VARCHAR(1000) NOT NULL,
  setup_text TEXT NOT NULL,
  rates_source VARCHAR(1000) NOT NULL,
  rates_text TEXT NOT NULL,
  CONSTRAINT ledger_setup_pk PRIMARY KEY (version)
);
