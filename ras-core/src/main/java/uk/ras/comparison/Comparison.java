package uk.ras.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import uk.ras.allocation.Budget;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Costing;
import uk.ras.costing.LineCost;
import uk.ras.costing.LineShare;
import uk.ras.costing.PersonCost;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;

/**
 * Sets each person's RAS figure beside their cost figure. One call: {@link #of(List, List, BigDecimal)}.
 *
 * <ul>
 *   <li>{@code difference = cost - ras}, weekly; {@code differencePercent = difference / ras x 100}, to one
 *       decimal, half-up (none when the RAS figure is zero);
 *   <li>within tolerance: {@code |difference| x 100 <= tolerance% x ras}, compared exactly;
 *   <li>needs: each of the person's line shares split equally (largest remainder, {@link
 *       Apportionment#equally}) among the domains its plan line records, and added up by domain;
 *   <li>across the group: the least-squares line of weekly cost on points and Pearson's correlation,
 *       when there are at least three people and both points and cost vary (otherwise none, and the
 *       explanation says why).
 * </ul>
 *
 * <p>The comparison reports; it never caps the cost figure at the RAS figure. This class has no state; it
 * is thread-safe.
 */
public final class Comparison {
  private Comparison() {}

  /**
   * Compares the budgets of a group with the costings of their plans.
   *
   * @param budgets the RAS budgets, one per person, not null, no nulls
   * @param costings the costed plans, each of one person or a shared setting, not null, no nulls; their
   *     order is the order of the people in the result
   * @param tolerancePercent the declared tolerance, such as {@code 10} for 10%, not null, not negative
   * @return the comparison, never null
   * @throws IllegalArgumentException if {@code tolerancePercent} is negative, or a person has two budgets
   *     or is in two plans
   */
  public static ComparisonResult of(List<Budget> budgets, List<Costing> costings, BigDecimal tolerancePercent) {
    Objects.requireNonNull(budgets, "budgets");
    Objects.requireNonNull(costings, "costings");
    Objects.requireNonNull(tolerancePercent, "tolerancePercent");
    if (tolerancePercent.signum() < 0) {
      throw new IllegalArgumentException("the tolerance must not be negative, was " + tolerancePercent.toPlainString() + "%");
    }
    Map<PersonId, Budget> byPerson = new LinkedHashMap<>();
    for (Budget b : budgets) {
      if (byPerson.putIfAbsent(b.person(), b) != null) {
        throw new IllegalArgumentException("person \"" + b.person() + "\" has two budgets");
      }
    }
    Map<PersonId, String> planOf = new HashMap<>();
    List<PersonComparison> people = new ArrayList<>();
    List<PersonId> notAssessed = new ArrayList<>();
    for (Costing c : costings) {
      Map<String, LineCost> lines = new HashMap<>();
      c.lines().forEach(l -> lines.put(l.name(), l));
      for (PersonCost p : c.people()) {
        String earlier = planOf.putIfAbsent(p.person(), c.planName());
        if (earlier != null) {
          throw new IllegalArgumentException(
              "person \"" + p.person() + "\" is in two plans: \"" + earlier + "\" and \"" + c.planName() + "\"");
        }
        Budget b = byPerson.get(p.person());
        if (b == null) {
          notAssessed.add(p.person());
          continue;
        }
        people.add(compare(b, c.planName(), p, lines, tolerancePercent));
      }
    }
    List<PersonId> notCosted = new ArrayList<>();
    for (PersonId p : byPerson.keySet()) {
      if (!planOf.containsKey(p)) {
        notCosted.add(p);
      }
    }
    return new ComparisonResult(tolerancePercent, people, notAssessed, notCosted, predict(people));
  }

  private static PersonComparison compare(
      Budget budget, String plan, PersonCost cost, Map<String, LineCost> lines, BigDecimal tolerance) {
    Money ras = budget.weekly();
    Money weekly = cost.weekly();
    Money difference = weekly.minus(ras);
    Optional<BigDecimal> percent =
        ras.isZero()
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(difference.pence())
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(ras.pence()), 1, RoundingMode.HALF_UP));
    boolean within =
        ras.isZero()
            ? weekly.isZero()
            : BigDecimal.valueOf(Math.abs(difference.pence()))
                    .multiply(BigDecimal.valueOf(100))
                    .compareTo(tolerance.multiply(BigDecimal.valueOf(ras.pence())))
                <= 0;
    return new PersonComparison(
        cost.person(), plan, budget.totalPoints(), ras, weekly, percent, within, needs(cost, lines));
  }

  private static List<NeedSpend> needs(PersonCost cost, Map<String, LineCost> lines) {
    Map<String, Money> byDomain = new LinkedHashMap<>();
    for (LineShare share : cost.lines()) {
      List<String> domains = lines.get(share.name()).needs();
      if (domains.isEmpty()) {
        continue;
      }
      List<Money> parts = Apportionment.equally(share.amount(), domains.size());
      for (int i = 0; i < domains.size(); i++) {
        byDomain.merge(domains.get(i), parts.get(i), Money::plus);
      }
    }
    List<NeedSpend> out = new ArrayList<>();
    byDomain.forEach((d, m) -> out.add(new NeedSpend(d, m)));
    // Most first; a stable sort keeps ties in the order first met.
    out.sort((a, b) -> b.weekly().compareTo(a.weekly()));
    return out;
  }

  private static Optional<PointsPrediction> predict(List<PersonComparison> people) {
    if (people.size() < ComparisonResult.MIN_FOR_PREDICTION) {
      return Optional.empty();
    }
    boolean pointsVary = people.stream().mapToInt(PersonComparison::points).distinct().count() > 1;
    boolean costVaries = people.stream().map(PersonComparison::cost).distinct().count() > 1;
    if (!pointsVary || !costVaries) {
      return Optional.empty();
    }
    SimpleRegression r = new SimpleRegression();
    for (PersonComparison p : people) {
      r.addData(p.points(), p.cost().pounds().doubleValue());
    }
    return Optional.of(new PointsPrediction(people.size(), r.getR(), r.getSlope(), r.getIntercept()));
  }
}
