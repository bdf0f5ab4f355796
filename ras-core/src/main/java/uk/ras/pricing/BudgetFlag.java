package uk.ras.pricing;

/**
 * Something about a budget that a person reviewing it should see: what the pricing did to it, or need
 * that no funding stream pays for.
 */
public enum BudgetFlag {
  /** The amount was raised to the rule set's floor. */
  FLOOR_APPLIED,
  /** The amount was reduced to the rule set's ceiling (policy {@code cap}). */
  CEILING_APPLIED,
  /** The amount is above the ceiling and goes to the resource allocation panel (policy {@code refer}). */
  REFERRED_TO_PANEL,
  /**
   * Some of the person's assessed need is paid by no funding stream they are eligible for: the points are
   * in {@code Budget.unfundedPoints()}, and are not priced. Set only for rule sets with funding streams.
   */
  UNFUNDED_NEED
}
