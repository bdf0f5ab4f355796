package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One person of a calibration: their assessed points (in total and per domain, after caps and the
 * informal-support adjustment, as the calculator computed them), the points the rules price for them
 * (those a funding stream they are eligible for pays), their eligibility facts, and what their current
 * package costs a week. Made only by the engine.
 */
public final class PersonCost {
  private final PersonId person;
  private final ClientGroup group;
  private final int totalPoints;
  private final List<Integer> domainPoints;
  private final Money currentWeekly;
  private final BigDecimal pricedPoints;
  private final Eligibility eligibility;

  /** A person whose points are all priced (rules without funding streams), with no eligibility facts. */
  PersonCost(PersonId person, ClientGroup group, int totalPoints, List<Integer> domainPoints, Money currentWeekly) {
    this(person, group, totalPoints, domainPoints, currentWeekly, BigDecimal.valueOf(totalPoints),
        Eligibility.unknown());
  }

  PersonCost(
      PersonId person, ClientGroup group, int totalPoints, List<Integer> domainPoints, Money currentWeekly,
      BigDecimal pricedPoints, Eligibility eligibility) {
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
    Objects.requireNonNull(pricedPoints, "pricedPoints");
    if (pricedPoints.signum() < 0 || pricedPoints.compareTo(BigDecimal.valueOf(totalPoints)) > 0) {
      throw new IllegalArgumentException(
          person + ": priced points " + pricedPoints + " are not from 0 to the total, " + totalPoints);
    }
    // Without trailing zeros, so that 27.50 and 27.5 are the same value.
    BigDecimal stripped = pricedPoints.stripTrailingZeros();
    this.pricedPoints = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
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
   * {@return the points the rules price: the total less the points no funding stream the person is
   * eligible for pays ({@code Budget.unfundedPoints()}); the total for rules without streams; from 0 to
   * the total, never null}
   */
  public BigDecimal pricedPoints() {
    return pricedPoints;
  }

  /** {@return {@code totalPoints − pricedPoints}: assessed need no eligible stream pays for; never null} */
  public BigDecimal unfundedPoints() {
    return BigDecimal.valueOf(totalPoints).subtract(pricedPoints);
  }

  /** {@return the eligibility facts recorded on the person's assessment; never null} */
  public Eligibility eligibility() {
    return eligibility;
  }

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
        && currentWeekly.equals(other.currentWeekly)
        && pricedPoints.equals(other.pricedPoints)
        && eligibility.equals(other.eligibility);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, group, totalPoints, domainPoints, currentWeekly, pricedPoints, eligibility);
  }

  @Override
  public String toString() {
    return "PersonCost[" + "person=" + person + ", " + "group=" + group + ", " + "totalPoints=" + totalPoints + ", " + "domainPoints=" + domainPoints + ", " + "currentWeekly=" + currentWeekly + ", pricedPoints=" + pricedPoints + ", eligibility=" + eligibility + "]";
  }
}
