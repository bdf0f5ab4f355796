package uk.ras.calibration;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * The step in money from one total of points to the next. Made only by the engine.
 */
public final class CliffEdge {
  private final int points;
  private final Money weeklyAt;
  private final Money weeklyNext;
  private final Money annualJump;

  CliffEdge(int points, Money weeklyAt, Money weeklyNext, Money annualJump) {
    Objects.requireNonNull(weeklyAt, "weeklyAt");
    Objects.requireNonNull(weeklyNext, "weeklyNext");
    Objects.requireNonNull(annualJump, "annualJump");
    this.points = points;
    this.weeklyAt = weeklyAt;
    this.weeklyNext = weeklyNext;
    this.annualJump = annualJump;
  }

  /** {@return the lower total; the step is to {@code points + 1}} */
  public int points() {
    return points;
  }

  /** {@return the weekly amount at {@code points}, never null} */
  public Money weeklyAt() {
    return weeklyAt;
  }

  /** {@return the weekly amount at {@code points + 1}, never null} */
  public Money weeklyNext() {
    return weeklyNext;
  }

  /** {@return the step in the annual amounts, never null} */
  public Money annualJump() {
    return annualJump;
  }

  /** {@return {@code weeklyNext − weeklyAt}; never null} */
  public Money weeklyJump() {
    return weeklyNext.minus(weeklyAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CliffEdge)) {
      return false;
    }
    CliffEdge other = (CliffEdge) o;
    return points == other.points
        && weeklyAt.equals(other.weeklyAt)
        && weeklyNext.equals(other.weeklyNext)
        && annualJump.equals(other.annualJump);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, weeklyAt, weeklyNext, annualJump);
  }

  @Override
  public String toString() {
    return "CliffEdge[" + "points=" + points + ", " + "weeklyAt=" + weeklyAt + ", " + "weeklyNext=" + weeklyNext + ", " + "annualJump=" + annualJump + "]";
  }
}
