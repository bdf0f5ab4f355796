package uk.ras.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One person's RAS figure beside their cost figure, weekly. {@code difference = cost - ras}: positive when
 * the costed support needs more than the RAS gives. Immutable and thread-safe. Made only by the engine.
 */
public final class PersonComparison {
  private final PersonId person;
  private final String plan;
  private final int points;
  private final Money ras;
  private final Money cost;
  private final Optional<BigDecimal> differencePercent;
  private final boolean withinTolerance;
  private final List<NeedSpend> needs;

  PersonComparison(
      PersonId person,
      String plan,
      int points,
      Money ras,
      Money cost,
      Optional<BigDecimal> differencePercent,
      boolean withinTolerance,
      List<NeedSpend> needs) {
    this.person = person;
    this.plan = plan;
    this.points = points;
    this.ras = ras;
    this.cost = cost;
    this.differencePercent = differencePercent;
    this.withinTolerance = withinTolerance;
    this.needs = List.copyOf(needs);
  }

  /** {@return the person; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the name of the cost plan the person's cost figure comes from; never null} */
  public String plan() {
    return plan;
  }

  /** {@return the person's assessed points} */
  public int points() {
    return points;
  }

  /** {@return the RAS figure: the weekly budget the rule set allocated; never null} */
  public Money ras() {
    return ras;
  }

  /** {@return the cost figure: the person's weekly budget from the costed plan, uncapped; never null} */
  public Money cost() {
    return cost;
  }

  /** {@return {@code cost - ras}; never null} */
  public Money difference() {
    return cost.minus(ras);
  }

  /**
   * {@return the difference as a percentage of the RAS figure, to one decimal (half-up); empty when the RAS
   * figure is zero}
   */
  public Optional<BigDecimal> differencePercent() {
    return differencePercent;
  }

  /**
   * {@return whether the difference, either way, is at most the tolerance's share of the RAS figure
   * (exactly, before the percentage is rounded); with a RAS figure of zero, whether the cost is zero too}
   */
  public boolean withinTolerance() {
    return withinTolerance;
  }

  /**
   * {@return what the plan spends on each domain's needs, most first (ties in the order first met); empty
   * when the plan records no needs; never null}
   */
  public List<NeedSpend> needs() {
    return needs;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PersonComparison)) {
      return false;
    }
    PersonComparison p = (PersonComparison) o;
    return person.equals(p.person)
        && plan.equals(p.plan)
        && points == p.points
        && ras.equals(p.ras)
        && cost.equals(p.cost)
        && differencePercent.equals(p.differencePercent)
        && withinTolerance == p.withinTolerance
        && needs.equals(p.needs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, plan, points, ras, cost, differencePercent, withinTolerance, needs);
  }

  @Override
  public String toString() {
    return "PersonComparison[person="
        + person
        + ", plan="
        + plan
        + ", points="
        + points
        + ", ras="
        + ras
        + ", cost="
        + cost
        + ", differencePercent="
        + differencePercent.map(BigDecimal::toPlainString).orElse("")
        + ", withinTolerance="
        + withinTolerance
        + ", needs="
        + needs
        + "]";
  }
}
