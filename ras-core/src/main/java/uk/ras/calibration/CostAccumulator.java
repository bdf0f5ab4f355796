package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.allocation.Budget;
import uk.ras.allocation.DomainPoints;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;

/**
 * Collects people's points and current costs for a calibration; {@link #snapshot()} freezes them into
 * an immutable {@link CostSample} to fit. The usual shape:
 *
 * <pre>{@code
 * CostAccumulator people = CostAccumulator.forDomains(domainIds);
 * for (...) {
 *   Budget budget = calculator.allocate(assessment, Detail.FIGURES);
 *   people.add(budget, ClientGroup.MENTAL_HEALTH, Money.parse("182.50"));
 * }
 * PointsFit fit = people.snapshot().fit(FitModel.THROUGH_ORIGIN);
 * }</pre>
 *
 * <p>Not thread-safe: one thread adds, then takes a snapshot; the snapshot is immutable and
 * thread-safe, and later additions do not change it.
 */
public final class CostAccumulator {
  private final List<DomainId> domains;
  private final List<PersonCost> people = new ArrayList<>();
  /** The sum of the annual budgets of the people added from a budget, in pence. */
  private long indicativeAnnualPence;
  /** How many people were added from a budget. */
  private int fromBudgets;
  /** Each person's indicative annual budget, null for a person added without one. */
  private final List<Money> indicative = new ArrayList<>();

  private CostAccumulator(List<DomainId> domains) {
    this.domains = List.copyOf(domains);
  }

  /**
   * Starts an empty accumulator whose people have points in these domains, in this order.
   *
   * @param domains not null; may be empty if no per-domain fit is wanted
   * @return a new accumulator, never null
   */
  public static CostAccumulator forDomains(List<DomainId> domains) {
    Objects.requireNonNull(domains, "domains");
    return new CostAccumulator(domains);
  }

  /**
   * Adds a person.
   *
   * @param person not null
   * @return this accumulator, never null
   * @throws IllegalArgumentException if the person's domain points are not one per domain
   */
  public CostAccumulator add(PersonCost person) {
    Objects.requireNonNull(person, "person");
    if (person.domainPoints().size() != domains.size()) {
      throw new IllegalArgumentException(
          person.person() + " has points for " + person.domainPoints().size() + " domains, expected "
              + domains.size() + " " + domains);
    }
    people.add(person);
    indicative.add(null);
    return this;
  }

  /**
   * Adds a person from their budget under the current rules. The budget's annual amount is also added
   * to the sample's {@link CostSample#indicativeAnnualTotal() indicative annual total}, from which a
   * {@link Calibration} estimates take-up.
   *
   * @param budget not null; its domains must be this accumulator's, in order
   * @param group not null
   * @param currentWeekly the current package's weekly cost, not null, zero or more
   * @return this accumulator, never null
   * @throws IllegalArgumentException if the budget's domains differ from this accumulator's
   */
  public CostAccumulator add(Budget budget, ClientGroup group, Money currentWeekly) {
    Objects.requireNonNull(budget, "budget");
    List<DomainPoints> byDomain = budget.domains();
    List<Integer> points = new ArrayList<>(byDomain.size());
    for (int d = 0; d < byDomain.size(); d++) {
      if (d >= domains.size() || !byDomain.get(d).domain().equals(domains.get(d))) {
        throw new IllegalArgumentException(
            budget.person() + ": the budget's domains differ from " + domains);
      }
      points.add(byDomain.get(d).points());
    }
    // The points the rules price are those a stream the person is eligible for pays: the rest are
    // reported as unfunded, never priced.
    add(new PersonCost(budget.person(), group, budget.totalPoints(), points, currentWeekly,
        BigDecimal.valueOf(budget.totalPoints()).subtract(budget.unfundedPoints()), budget.eligibility()));
    indicativeAnnualPence = Math.addExact(indicativeAnnualPence, budget.annual().pence());
    indicative.set(indicative.size() - 1, budget.annual());
    fromBudgets++;
    return this;
  }

  /** {@return how many people were added} */
  public int count() {
    return people.size();
  }

  /** {@return the people added so far, as an immutable sample; never null} */
  public CostSample snapshot() {
    return new CostSample(
        domains, people, fromBudgets == people.size() ? Money.ofPence(indicativeAnnualPence) : null,
        fromBudgets == people.size() ? indicative : null);
  }
}
