package uk.ras.ledger;

/** Why an invoice line and the ledger differ. */
public enum DifferenceKind {
  /** Invoiced, but the ledger has no such visit of the provider on that date and staff type. */
  NOT_DELIVERED,
  /** In the ledger, but not invoiced. */
  NOT_INVOICED,
  /** Matched by date and staff type, but the rounded times differ by more than the tolerance. */
  TIMES_DIFFER,
  /** Matched within the tolerance, but the amount invoiced is not the ledger's price. */
  AMOUNT_DIFFERS
}
