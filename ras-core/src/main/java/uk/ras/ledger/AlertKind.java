package uk.ras.ledger;

/** What an alert warns of, in the order alerts are listed. */
public enum AlertKind {
  /** What is spent, committed and banked exceeds the budget. */
  PROJECTED_OVERSPEND,
  /** More minutes are banked than the declared limit. */
  BANKED_ABOVE_LIMIT,
  /** Nothing was spent for the declared number of weeks. */
  MONEY_UNUSED,
  /** The direct-payment account holds more than the declared number of weeks' budget. */
  DIRECT_PAYMENT_SURPLUS,
  /** A review falls due soon ({@link ReviewStatus#DUE}): within the rules' due-soon days of its date. */
  REVIEW_DUE,
  /** A review is past its date ({@link ReviewStatus#OVERDUE}). */
  REVIEW_OVERDUE
}
