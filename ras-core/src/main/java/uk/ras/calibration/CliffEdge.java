package uk.ras.calibration;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * The step in money from one total of points to the next.
 *
 * @param points the lower total; the step is to {@code points + 1}
 * @param weeklyAt the weekly amount at {@code points}, not null
 * @param weeklyNext the weekly amount at {@code points + 1}, not null
 * @param annualJump the step in the annual amounts, not null
 */
public record CliffEdge(int points, Money weeklyAt, Money weeklyNext, Money annualJump) {
  public CliffEdge {
    Objects.requireNonNull(weeklyAt, "weeklyAt");
    Objects.requireNonNull(weeklyNext, "weeklyNext");
    Objects.requireNonNull(annualJump, "annualJump");
  }

  /** {@code weeklyNext − weeklyAt}; never null. */
  public Money weeklyJump() {
    return weeklyNext.minus(weeklyAt);
  }
}
