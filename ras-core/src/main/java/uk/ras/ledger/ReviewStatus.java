package uk.ras.ledger;

/** Where a review stands on a date. */
public enum ReviewStatus {
  /** Not due yet. */
  NOT_YET,
  /** Due within the declared number of days, or today. */
  DUE,
  /** Its date has passed. */
  OVERDUE
}
