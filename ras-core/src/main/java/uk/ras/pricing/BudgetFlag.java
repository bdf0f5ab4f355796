package uk.ras.pricing;

/** Something the pricing did to a budget that a person reviewing it should see. */
public enum BudgetFlag {
  /** The amount was raised to the rule set's floor. */
  FLOOR_APPLIED,
  /** The amount was reduced to the rule set's ceiling (policy {@code cap}). */
  CEILING_APPLIED,
  /** The amount is above the ceiling and goes to the resource allocation panel (policy {@code refer}). */
  REFERRED_TO_PANEL
}
