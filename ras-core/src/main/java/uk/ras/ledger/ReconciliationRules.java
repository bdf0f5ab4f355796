package uk.ras.ledger;

import java.util.Objects;

/**
 * How an invoice is matched to the ledger, as electronic call monitoring does: both the invoiced and
 * the recorded times are first rounded to the nearest {@code roundTo} minutes (half up: with 15, 10:07
 * becomes 10:00 and 10:08 becomes 10:15), then a visit matches when its rounded start and end are each
 * within {@code tolerance} minutes of the line's. Immutable and thread-safe.
 */
public final class ReconciliationRules {
  /** The widest tolerance. */
  public static final int MAX_TOLERANCE = 120;

  /** The coarsest rounding. */
  public static final int MAX_ROUND_TO = 60;

  private final int toleranceMinutes;
  private final int roundToMinutes;

  private ReconciliationRules(int toleranceMinutes, int roundToMinutes) {
    this.toleranceMinutes = toleranceMinutes;
    this.roundToMinutes = roundToMinutes;
  }

  /**
   * Rules.
   *
   * @param toleranceMinutes 0 to {@link #MAX_TOLERANCE}
   * @param roundToMinutes 1 (no rounding) to {@link #MAX_ROUND_TO}
   * @return the rules, never null
   * @throws IllegalArgumentException if either is out of range
   */
  public static ReconciliationRules of(int toleranceMinutes, int roundToMinutes) {
    if (toleranceMinutes < 0 || toleranceMinutes > MAX_TOLERANCE || roundToMinutes < 1 || roundToMinutes > MAX_ROUND_TO) {
      throw new IllegalArgumentException(
          "a tolerance must be 0 to " + MAX_TOLERANCE + " minutes and a rounding 1 to " + MAX_ROUND_TO
              + ", were " + toleranceMinutes + " and " + roundToMinutes);
    }
    return new ReconciliationRules(toleranceMinutes, roundToMinutes);
  }

  /** {@return the tolerance in minutes} */
  public int toleranceMinutes() {
    return toleranceMinutes;
  }

  /** {@return the rounding of times in minutes} */
  public int roundToMinutes() {
    return roundToMinutes;
  }

  /** A minute of the day rounded to the nearest multiple of {@code roundTo}, halves up. */
  int round(int minuteOfDay) {
    // Adding half (rounded down) before dividing rounds halves up: with 15, minute 7 goes down, 8 up.
    return (minuteOfDay + roundToMinutes / 2) / roundToMinutes * roundToMinutes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReconciliationRules
        && ((ReconciliationRules) o).toleranceMinutes == toleranceMinutes
        && ((ReconciliationRules) o).roundToMinutes == roundToMinutes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(toleranceMinutes, roundToMinutes);
  }

  @Override
  public String toString() {
    return "ReconciliationRules[toleranceMinutes=" + toleranceMinutes + ", roundToMinutes=" + roundToMinutes + "]";
  }
}
