package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import uk.ras.funding.StreamAllocator;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.pricing.PriceSchedule;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.RuleSet;

/**
 * Prices a caseload under a rule set with the engine's own {@link PriceSchedule}, so that a forecast and
 * the calculator can never disagree about a person's amount, and works out what each year of a phase-in
 * commits (see {@link Envelope}). Not API.
 */
final class Forecast {
  private final List<PersonCost> people;
  private final int maxTotal;

  Forecast(List<PersonCost> people) {
    this.people = people;
    int max = 0;
    for (PersonCost p : people) {
      max = Math.max(max, p.totalPoints());
    }
    this.maxTotal = max;
  }

  /** The schedule of a rule set with this pricing, up to the highest total in the caseload. */
  PriceSchedule schedule(RuleSet rules, Pricing pricing) {
    return PriceSchedule.compile(pricing, rules.rounding(), rules.weeksPerYear(), maxTotal);
  }

  /**
   * Each person's weekly budget under the rules, in the caseload's order, as the calculator would allocate
   * it: for rules with funding streams through the {@link StreamAllocator}, with the person's domain
   * points and eligibility, so that points no eligible stream pays for are never priced.
   */
  List<PersonChange> changes(RuleSet rules) {
    List<PersonChange> changes = new ArrayList<>(people.size());
    if (rules.streams().isEmpty()) {
      PriceSchedule schedule = schedule(rules, rules.pricing());
      for (PersonCost p : people) {
        changes.add(new PersonChange(p, schedule.weekly(p.totalPoints())));
      }
      return changes;
    }
    StreamAllocator streams = StreamAllocator.of(rules);
    int domains = rules.domains().size();
    for (PersonCost p : people) {
      if (p.domainPoints().size() != domains) {
        throw new IllegalArgumentException(p.person() + " has points for " + p.domainPoints().size()
            + " domains; the rules " + rules.label() + " have " + domains);
      }
      int[] points = new int[domains];
      for (int d = 0; d < domains; d++) {
        points[d] = p.domainPoints().get(d);
      }
      changes.add(new PersonChange(p, streams.allocate(points, p.eligibility(), false).weekly()));
    }
    return changes;
  }

  /**
   * Every year's forecast under the rules: years 1 to the later of the envelope's given years and the
   * plan's last year (1 without protection).
   *
   * @param protection null for none
   */
  List<YearForecast> years(Envelope envelope, RuleSet rules, TransitionalProtection protection) {
    List<PersonChange> changes = changes(rules);
    PeriodConversion weeks = rules.weeksPerYear();
    RoundingMode rounding = rules.rounding();
    TransitionPlan plan = protection == null ? null : protection.plan(changes, weeks, rounding);
    int planYears = plan == null ? 1 : plan.years();
    int years = Math.max(planYears, envelope.givenYears().size());
    // Each person's spend at their group's take-up, summed exactly and rounded up once: so the forecast
    // never falls as a price rises (see Envelope).
    BigDecimal budgets = BigDecimal.ZERO;
    BigDecimal[] committed = new BigDecimal[planYears];
    java.util.Arrays.fill(committed, BigDecimal.ZERO);
    for (int i = 0; i < changes.size(); i++) {
      PersonChange c = changes.get(i);
      BigDecimal takeUp = envelope.takeUpOf(c.person().group());
      budgets = budgets.add(takeUp.multiply(BigDecimal.valueOf(weeks.annual(c.proposedWeekly(), rounding).pence())));
      for (int y = 1; y <= planYears; y++) {
        Money paid = plan == null ? c.proposedWeekly() : plan.people().get(i).weeklyIn(y);
        committed[y - 1] = committed[y - 1].add(takeUp.multiply(BigDecimal.valueOf(weeks.annual(paid, rounding).pence())));
      }
    }
    Money budgetsForecast = Money.ofPence(budgets.setScale(0, RoundingMode.CEILING).longValueExact());
    List<YearForecast> result = new ArrayList<>(years);
    for (int y = 1; y <= years; y++) {
      Money forecast = y <= planYears
          ? Money.ofPence(committed[y - 1].setScale(0, RoundingMode.CEILING).longValueExact()) : budgetsForecast;
      result.add(new YearForecast(y, envelope.annualIn(y), envelope.contingencyHeldBackIn(y), budgetsForecast,
          forecast.minus(budgetsForecast)));
    }
    return result;
  }
}
