package uk.ras.calibration;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * Winners and losers in one client group. Made only by the engine.
 */
public final class GroupChange {
  private final ClientGroup group;
  private final int count;
  private final int winners;
  private final int losers;
  private final int unchanged;
  private final Money currentWeekly;
  private final Money proposedWeekly;

  GroupChange(ClientGroup group, int count, int winners, int losers, int unchanged, Money currentWeekly, Money proposedWeekly) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(currentWeekly, "currentWeekly");
    Objects.requireNonNull(proposedWeekly, "proposedWeekly");
    this.group = group;
    this.count = count;
    this.winners = winners;
    this.losers = losers;
    this.unchanged = unchanged;
    this.currentWeekly = currentWeekly;
    this.proposedWeekly = proposedWeekly;
  }

  /** {@return the group; never null} */
  public ClientGroup group() {
    return group;
  }

  /** {@return the number of people in the group} */
  public int count() {
    return count;
  }

  /** {@return the number of people whose proposed budget is above their current cost} */
  public int winners() {
    return winners;
  }

  /** {@return the number of people whose proposed budget is below their current cost} */
  public int losers() {
    return losers;
  }

  /** {@return the number of people whose proposed budget equals their current cost to the penny} */
  public int unchanged() {
    return unchanged;
  }

  /** {@return the group's current weekly cost in total, never null} */
  public Money currentWeekly() {
    return currentWeekly;
  }

  /** {@return the group's proposed weekly budgets in total, never null} */
  public Money proposedWeekly() {
    return proposedWeekly;
  }

  /** {@return {@code proposedWeekly − currentWeekly}; never null} */
  public Money change() {
    return proposedWeekly.minus(currentWeekly);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GroupChange)) {
      return false;
    }
    GroupChange other = (GroupChange) o;
    return group.equals(other.group)
        && count == other.count
        && winners == other.winners
        && losers == other.losers
        && unchanged == other.unchanged
        && currentWeekly.equals(other.currentWeekly)
        && proposedWeekly.equals(other.proposedWeekly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, count, winners, losers, unchanged, currentWeekly, proposedWeekly);
  }

  @Override
  public String toString() {
    return "GroupChange[" + "group=" + group + ", " + "count=" + count + ", " + "winners=" + winners + ", " + "losers=" + losers + ", " + "unchanged=" + unchanged + ", " + "currentWeekly=" + currentWeekly + ", " + "proposedWeekly=" + proposedWeekly + "]";
  }
}
