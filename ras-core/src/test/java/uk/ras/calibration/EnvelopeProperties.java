package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static uk.ras.calibration.Caseloads.price;
import static uk.ras.calibration.Caseloads.rules;
import static uk.ras.calibration.Caseloads.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.RuleSet;

/**
 * Properties of the envelope over a phase-in: what is committed each year (budgets and transitional
 * grants, each person's at their client group's take-up) fits that year's envelope less contingency, and
 * the price is the largest at which every year fits. QuickTheories prints the seed of a falsified property; replay it with {@code
 * qt().withFixedSeed(seed)}.
 */
class EnvelopeProperties {
  private static final int EXAMPLES = 150;

  /** One generated case: a caseload, rules, an envelope over some years, a protection. */
  private record Case(CostSample sample, RuleSet rules, Envelope envelope, TransitionalProtection protection) {
    RuleSet at(BigDecimal pounds) {
      return rules.withPricing(rules.pricing().withMethod(price(pounds.toPlainString())));
    }
  }

  private static Case generated(List<Integer> points, List<Integer> pence, int pounds, int mix) {
    // QuickTheories takes four sources: the rest of the settings share one.
    int contingency = mix % 11;
    int percent = 1 + (mix / 11) % 40;
    int endYear = 1 + (mix / 440) % 8;
    int takeUpPercent = 60 + (mix / 3520) % 41;
    int yearsGiven = 1 + mix % 3;
    int uplift = (mix % 7) - 3;
    List<Integer> totals = new ArrayList<>(points);
    List<Long> costs = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      costs.add((long) pence.get(i));
    }
    RuleSet base = rules(120, price("1.00"));
    // Weeks per year that are not whole, half the time, so that annualising rounds.
    RuleSet rules = mix % 2 == 0 ? base : base.withWeeksPerYear(PeriodConversion.DAYS_365_25);
    if (mix % 5 == 0) {
      rules = rules.withPricing(rules.pricing().withFloor(Money.parse("15")));
    }
    List<Money> envelopes = new ArrayList<>();
    for (int y = 0; y < yearsGiven; y++) {
      // Given years go up and down by a few per cent.
      envelopes.add(Money.ofPence(pounds * 100L).multipliedBy(
          BigDecimal.valueOf(100 + ((mix >> y) % 9) - 4, 2), java.math.RoundingMode.HALF_UP));
    }
    // Older people and transition (two of Caseloads.sample's groups) spend their own shares.
    java.util.Map<ClientGroup, BigDecimal> byGroup = new java.util.EnumMap<>(ClientGroup.class);
    if (mix % 4 != 0) {
      byGroup.put(ClientGroup.OLDER_PEOPLE, BigDecimal.valueOf(55 + mix % 46, 2));
      byGroup.put(ClientGroup.TRANSITION, BigDecimal.valueOf(70 + mix % 31, 2));
    }
    return new Case(sample(totals, costs), rules,
        Envelope.ofYears(envelopes, BigDecimal.valueOf(uplift), BigDecimal.valueOf(contingency),
            BigDecimal.valueOf(takeUpPercent, 2)).withTakeUpByGroup(byGroup),
        TransitionalProtection.limitingFallTo(BigDecimal.valueOf(percent)).endingAfter(endYear));
  }

  private static void forEveryCase(CaseCheck check) {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(0, 120)).ofSizeBetween(1, 30),
            lists().of(integers().between(0, 60_000)).ofSize(30),
            integers().between(1_000, 400_000),
            integers().between(0, 3520 * 41 - 1))
        .checkAssert((points, pence, pounds, mix) -> check.check(generated(points, pence, pounds, mix)));
  }

  private interface CaseCheck {
    void check(Case c);
  }

  @Test
  void everyYearsBudgetsAndGrantsStayWithinThatYearsEnvelopeLessContingency() {
    forEveryCase(c -> {
      EnvelopeFit fit;
      try {
        fit = c.envelope().solve(c.rules(), c.sample(), c.protection());
      } catch (EnvelopeException e) {
        return;
      }
      assertTrue(fit.fits(), fit.toString());
      assertTrue(fitsEveryYear(c, fit.rules(), c.protection()), fit.toString());
      for (YearForecast y : fit.years()) {
        assertFalse(y.budgets().plus(y.grants()).isGreaterThan(
            c.envelope().annualIn(y.year()).minus(c.envelope().contingencyHeldBackIn(y.year()))), y.toString());
        assertFalse(y.grants().isNegative(), y.toString());
      }
      // Every year of the phase-in is forecast, and every year given.
      assertTrue(fit.years().size() >= c.envelope().givenYears().size());
      assertEquals(fit.years(), c.envelope().assess(fit.rules(), c.sample(), c.protection()).years());
    });
  }

  @Test
  void thePriceIsTheLargestThatFitsEveryYearToThePennyPerPoint() {
    forEveryCase(c -> {
      EnvelopeFit fit;
      try {
        fit = c.envelope().solve(c.rules(), c.sample(), c.protection());
      } catch (EnvelopeException e) {
        if (e.kind() != EnvelopeException.Kind.NOT_BINDING) {
          // Nothing fits: not even £0.00 a point.
          assertFalse(c.envelope().assess(c.at(BigDecimal.ZERO.setScale(2)), c.sample(), c.protection()).fits());
        }
        return;
      }
      BigDecimal solved = fit.pricePerPoint().orElseThrow();
      EnvelopeFit onePennyMore = c.envelope().assess(c.at(solved.add(new BigDecimal("0.01"))), c.sample(), c.protection());
      assertFalse(onePennyMore.fits(), "a penny more per point still fits: " + onePennyMore);
      assertFalse(fitsEveryYear(c, c.at(solved.add(new BigDecimal("0.01"))), c.protection()), "a penny more fits");
      assertEquals(fit.nextStep().orElseThrow(),
          onePennyMore.years().stream().filter(y -> !y.fits()).findFirst().orElseThrow());
      // Not just the penny above: any higher price fails (no year's forecast falls as the price rises).
      BigDecimal higher = solved.add(BigDecimal.valueOf(1 + solved.unscaledValue().longValue() % 997, 2));
      assertFalse(fitsEveryYear(c, c.at(higher), c.protection()), "a higher price fits: " + higher);
    });
  }

  @Test
  void aPriceThatFitsWithoutTheGrantsButNotWithThemIsNeverChosen() {
    forEveryCase(c -> {
      BigDecimal withoutGrants;
      BigDecimal withGrants;
      try {
        withoutGrants = c.envelope().solve(c.rules(), c.sample()).pricePerPoint().orElseThrow();
        withGrants = c.envelope().solve(c.rules(), c.sample(), c.protection()).pricePerPoint().orElseThrow();
      } catch (EnvelopeException e) {
        return;
      }
      assertTrue(withGrants.compareTo(withoutGrants) <= 0, withGrants + " > " + withoutGrants);
      assertTrue(fitsEveryYear(c, c.at(withoutGrants), null));
      if (!fitsEveryYear(c, c.at(withoutGrants), c.protection())) {
        assertNotEquals(withoutGrants, withGrants);
      }
      assertTrue(fitsEveryYear(c, c.at(withGrants), c.protection()));
    });
  }

  @Test
  void whenTheGrantsFitAtNoPriceTheProtectionNamedFitsAndOnePercentMoreProtectiveDoesNot() {
    forEveryCase(c -> {
      try {
        c.envelope().solve(c.rules(), c.sample(), c.protection());
        return;
      } catch (EnvelopeException e) {
        if (e.kind() != EnvelopeException.Kind.GRANTS_TOO_COSTLY) {
          assertTrue(e.protectionThatFits().isEmpty());
          return;
        }
        int percent = e.protectionThatFits().orElseThrow().intValueExact();
        assertTrue(percent > c.protection().percentPerYear().intValueExact(), e.getMessage());
        RuleSet free = c.at(BigDecimal.ZERO.setScale(2));
        assertTrue(fitsEveryYear(c, free, limit(percent, c.protection())), e.getMessage());
        assertFalse(fitsEveryYear(c, free, limit(percent - 1, c.protection())), e.getMessage());
        assertTrue(fitsEveryYear(c, free, null), e.getMessage());
      }
    });
  }

  /**
   * The oracle, worked apart from {@link Envelope}: each year, {@code takeUp × Σ annual(what the person is
   * paid that year)} rounded up, against {@code envelope − contingency}; the years are those given and
   * those of the plan. With {@code protection} null, everyone is paid their new budget.
   */
  private static boolean fitsEveryYear(Case c, RuleSet at, TransitionalProtection protection) {
    List<PersonChange> changes = Impact.of(c.sample(), at).people();
    TransitionPlan plan = protection == null ? null : protection.plan(changes, at.weeksPerYear(), at.rounding());
    int years = Math.max(plan == null ? 1 : plan.years(), c.envelope().givenYears().size());
    for (int y = 1; y <= years; y++) {
      BigDecimal paid = BigDecimal.ZERO;
      for (int i = 0; i < changes.size(); i++) {
        Money weekly = plan == null ? changes.get(i).proposedWeekly() : plan.people().get(i).weeklyIn(y);
        paid = paid.add(c.envelope().takeUpOf(changes.get(i).person().group())
            .multiply(BigDecimal.valueOf(at.weeksPerYear().annual(weekly, at.rounding()).pence())));
      }
      Money forecast = Money.ofPence(paid.setScale(0, java.math.RoundingMode.CEILING).longValueExact());
      if (forecast.isGreaterThan(c.envelope().availableIn(y))) {
        return false;
      }
    }
    return true;
  }

  private static TransitionalProtection limit(int percent, TransitionalProtection like) {
    return TransitionalProtection.limitingFallTo(BigDecimal.valueOf(percent)).endingAfter(like.endYear());
  }
}
