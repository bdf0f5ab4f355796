package uk.ras.assessment;

/** How a personal budget is held (Care Act 2014 s26 and s31-33; DOMAIN "The pipeline", point 6). */
public enum BudgetHolding {
  /** The person or their family holds the money and buys support themselves. */
  DIRECT_PAYMENT,
  /** The council holds the money and buys what the person chooses (a virtual budget). */
  MANAGED,
  /** A virtual budget the person has not yet started to use. */
  INACTIVE_VIRTUAL,
  /** A provider holds the money for this person only: an Individual Service Fund. */
  INDIVIDUAL_SERVICE_FUND,
  /** Support is still bought through a block contract. */
  BLOCK_CONTRACT,
  /** A mix, with a stated amount under the person's or family's own control. */
  MIX
}
