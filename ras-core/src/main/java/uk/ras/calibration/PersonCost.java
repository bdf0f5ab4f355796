package uk.ras.calibration;

import java.util.List;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One person of a calibration: their assessed points (in total and per domain, after caps and the
 * informal-support adjustment, as the calculator computed them) and what their current package costs a
 * week.
 *
 * @param person not null
 * @param group not null; {@link ClientGroup#NOT_STATED} when unknown
 * @param totalPoints zero or more
 * @param domainPoints the points of each domain, in the order of {@link CostSample#domains()}; not null
 * @param currentWeekly the current package's weekly cost, zero or more; not null
 */
public record PersonCost(
    PersonId person, ClientGroup group, int totalPoints, List<Integer> domainPoints, Money currentWeekly) {
  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if points or the cost are negative
   */
  public PersonCost {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(currentWeekly, "currentWeekly");
    domainPoints = List.copyOf(domainPoints);
    if (totalPoints < 0) {
      throw new IllegalArgumentException(person + ": total points " + totalPoints + " is negative");
    }
    for (int p : domainPoints) {
      if (p < 0) {
        throw new IllegalArgumentException(person + ": domain points " + p + " is negative");
      }
    }
    if (currentWeekly.isNegative()) {
      throw new IllegalArgumentException(person + ": current weekly cost " + currentWeekly + " is negative");
    }
  }
}
