package uk.ras.ledger;

/** Which review an {@link EntryKind#REVIEW} entry records as done. */
public enum ReviewKind {
  /** A review of the person's care and support plan (Care Act 2014, s27). */
  CARE_PLAN,
  /**
   * A review of the making of direct payments (Care and Support (Direct Payments) Regulations 2014,
   * reg. 7).
   */
  DIRECT_PAYMENT
}
