package uk.ras.ruleset;

/**
 * The Fair Access to Care Services eligibility bands that councils used before the Care Act 2014 (Department
 * of Health, "Prioritising need in the context of Putting People First", 2010), from the lowest to the
 * highest. Councils funded "from a threshold band up", such as substantial and critical.
 */
public enum FacsBand {
  LOW,
  MODERATE,
  SUBSTANTIAL,
  CRITICAL;

  /** {@return whether this band is {@code threshold} or above it} */
  public boolean isAtLeast(FacsBand threshold) {
    return compareTo(threshold) >= 0;
  }
}
