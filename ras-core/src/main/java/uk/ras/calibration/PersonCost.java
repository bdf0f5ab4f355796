package uk.ras.calibration;

import java.util.List;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One person of a calibration: their assessed points (in total and per domain, after caps and the
 * informal-support adjustment, as the calculator computed them) and what their current package costs a
 * week. Made only by the engine.
 */
public final class PersonCost {
  private final PersonId person;
  private final ClientGroup group;
  private final int totalPoints;
  private final List<Integer> domainPoints;
  private final Money currentWeekly;

  PersonCost(PersonId person, ClientGroup group, int totalPoints, List<Integer> domainPoints, Money currentWeekly) {
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
    this.person = person;
    this.group = group;
    this.totalPoints = totalPoints;
    this.domainPoints = domainPoints;
    this.currentWeekly = currentWeekly;
  }

  /** {@return the person; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the person's client group; {@link ClientGroup#NOT_STATED} when unknown; never null} */
  public ClientGroup group() {
    return group;
  }

  /** {@return the person's assessed total points, after caps and informal support; zero or more} */
  public int totalPoints() {
    return totalPoints;
  }

  /** {@return the points of each domain, in the order of {@link CostSample#domains()}; never null} */
  public List<Integer> domainPoints() {
    return domainPoints;
  }

  /** {@return the current package's weekly cost, zero or more; never null} */
  public Money currentWeekly() {
    return currentWeekly;
  }
  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if points or the cost are negative
   */

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PersonCost)) {
      return false;
    }
    PersonCost other = (PersonCost) o;
    return person.equals(other.person)
        && group.equals(other.group)
        && totalPoints == other.totalPoints
        && domainPoints.equals(other.domainPoints)
        && currentWeekly.equals(other.currentWeekly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, group, totalPoints, domainPoints, currentWeekly);
  }

  @Override
  public String toString() {
    return "PersonCost[" + "person=" + person + ", " + "group=" + group + ", " + "totalPoints=" + totalPoints + ", " + "domainPoints=" + domainPoints + ", " + "currentWeekly=" + currentWeekly + "]";
  }
}
