/**
 * Keeping people's ledgers ({@link uk.ras.ledger.Ledger}) in a SQL database: {@code
 * LedgerStore}, append only, one transaction per write, on H2 for the command line
 * and on PostgreSQL alike.
 */
package uk.ras.examples.ledger;
