package uk.ras.ruleset;

/**
 * The Fair Access to Care Services eligibility bands that councils used before the Care Act 2014 (Department
 * of Health, "Prioritising need in the context of Putting People First", 2010), from the lowest to the
 * highest. Councils funded "from a threshold band up", such as substantial and critical.
 */
public enum FacsBand {
  /** Low risk to independence: for example, unable to do one or two personal care or domestic routines. */
  LOW,
  /** Moderate risk: for example, unable to do several personal care or domestic routines. */
  MODERATE,
  /** Substantial risk: for example, unable to do the majority of personal care or domestic routines. */
  SUBSTANTIAL,
  /** Critical risk: for example, life is threatened, or vital personal care cannot be carried out. */
  CRITICAL;

  /**
   * {@return whether this band is {@code threshold} or above it}
   *
   * @param threshold the lowest band that qualifies, not null
   */
  public boolean isAtLeast(FacsBand threshold) {
    return compareTo(threshold) >= 0;
  }
}
