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
 * thread-safe.
 *
 * @param cost the weekly cost of meeting the needs, not null
 * @param personContribution what the person pays a week, not null
 * @param councilContribution what the council pays a week, not null
 */
public record PersonalBudget(Money cost, Money personContribution, Money councilContribution) {
  public PersonalBudget {
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(personContribution, "personContribution");
    Objects.requireNonNull(councilContribution, "councilContribution");
  }

  static PersonalBudget of(Money cost, Money chargeable, Money assessedContribution) {
    Money person = Money.min(assessedContribution, chargeable);
    return new PersonalBudget(cost, person, cost.minus(person));
  }
}
