package uk.ras.ruleset;

/** What happens to an amount above the ceiling. */
public enum CeilingPolicy {
  /** The amount is reduced to the ceiling. */
  CAP,
  /**
   * The amount is left as it is and the budget is flagged for the resource allocation panel, which
   * decides; the usual practice, since a silent cap hides exactly the people with the most need.
   */
  REFER
}
