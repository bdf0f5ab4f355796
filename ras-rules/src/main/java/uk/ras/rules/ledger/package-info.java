/**
 * The ledger setup file (documented in {@code docs/ledger.md}; schema {@code docs/ledger.schema.json}):
 * the budget period, bank-holiday calendar, time bands, providers' notice periods, hospital policy, alert
 * thresholds, reconciliation rules, review rules by client group, and each person's weekly budget and
 * planned timetable, read into the core's {@code uk.ras.ledger} terms by {@link
 * uk.ras.rules.ledger.LedgerSetupReader}.
 */
package uk.ras.rules.ledger;
