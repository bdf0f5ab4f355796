package uk.ras.calibration;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * Winners and losers in one client group.
 *
 * @param group not null
 * @param count people in the group
 * @param winners people whose proposed budget is above their current cost
 * @param losers people whose proposed budget is below it
 * @param unchanged people whose proposed budget equals it to the penny
 * @param currentWeekly the group's current weekly cost in total, not null
 * @param proposedWeekly the group's proposed weekly budgets in total, not null
 */
public record GroupChange(
    ClientGroup group, int count, int winners, int losers, int unchanged, Money currentWeekly, Money proposedWeekly) {
  public GroupChange {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(currentWeekly, "currentWeekly");
    Objects.requireNonNull(proposedWeekly, "proposedWeekly");
  }

  /** {@code proposedWeekly − currentWeekly}; never null. */
  public Money change() {
    return proposedWeekly.minus(currentWeekly);
  }
}
