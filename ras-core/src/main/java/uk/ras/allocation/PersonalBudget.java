package uk.ras.allocation;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * The three figures a personal budget must state (Care Act 2014, s26(1)): the cost of meeting the
 * person's needs, the amount the person must pay towards it (from their financial assessment), and the
 * amount the council must pay. Weekly amounts.
 *
 * <pre>
 * personContribution = min(assessed contribution, the chargeable part of the cost)
 * councilContribution = cost - personContribution
 * </pre>
 *
 * <p>The chargeable part excludes streams that are free to the person, such as section 117 after-care. A
 * contribution therefore never exceeds the cost and the council's share is never negative. Immutable and
 * thread-safe. Made only by the engine.
 */
public final class PersonalBudget {
  private final Money cost;
  private final Money personContribution;
  private final Money councilContribution;

  PersonalBudget(Money cost, Money personContribution, Money councilContribution) {
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(personContribution, "personContribution");
    Objects.requireNonNull(councilContribution, "councilContribution");
    this.cost = cost;
    this.personContribution = personContribution;
    this.councilContribution = councilContribution;
  }

  /** {@return the weekly cost of meeting the needs, never null} */
  public Money cost() {
    return cost;
  }

  /** {@return what the person pays a week, never null} */
  public Money personContribution() {
    return personContribution;
  }

  /** {@return what the council pays a week, never null} */
  public Money councilContribution() {
    return councilContribution;
  }

  /**
   * The three figures for a cost, by the rule above; how an agreed support plan (see {@code
   * uk.ras.plan}) states its personal budget by the same rule as an indicative one. The figures cannot
   * disagree: the person's contribution is worked out here, never given.
   *
   * @param cost the weekly cost of meeting the needs, not null, not negative
   * @param chargeable the part of {@code cost} the person may be charged for (excluding streams free to
   *     them, such as section 117 after-care), not null, from zero to {@code cost}
   * @param assessedContribution what the financial assessment says the person can pay a week, not
   *     null, not negative
   * @return the three figures, never null
   * @throws IllegalArgumentException if an amount is negative or {@code chargeable} is above {@code cost}
   */
  public static PersonalBudget forCost(Money cost, Money chargeable, Money assessedContribution) {
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(chargeable, "chargeable");
    Objects.requireNonNull(assessedContribution, "assessedContribution");
    if (cost.isNegative() || chargeable.isNegative() || assessedContribution.isNegative()) {
      throw new IllegalArgumentException(
          "amounts must not be negative: cost " + cost + ", chargeable " + chargeable + ", contribution " + assessedContribution);
    }
    if (chargeable.isGreaterThan(cost)) {
      throw new IllegalArgumentException("the chargeable part " + chargeable + " is above the cost " + cost);
    }
    return of(cost, chargeable, assessedContribution);
  }

  static PersonalBudget of(Money cost, Money chargeable, Money assessedContribution) {
    Money person = Money.min(assessedContribution, chargeable);
    return new PersonalBudget(cost, person, cost.minus(person));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PersonalBudget)) {
      return false;
    }
    PersonalBudget other = (PersonalBudget) o;
    return cost.equals(other.cost)
        && personContribution.equals(other.personContribution)
        && councilContribution.equals(other.councilContribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cost, personContribution, councilContribution);
  }

  @Override
  public String toString() {
    return "PersonalBudget[" + "cost=" + cost + ", " + "personContribution=" + personContribution + ", " + "councilContribution=" + councilContribution + "]";
  }
}
