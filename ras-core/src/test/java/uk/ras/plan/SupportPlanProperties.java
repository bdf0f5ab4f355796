package uk.ras.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import uk.ras.Examples;
import uk.ras.allocation.Budget;
import uk.ras.allocation.PersonalBudget;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/** The invariants of issue 21 over generated plans ({@link GeneratedPlans}). */
class SupportPlanProperties {
  private static final Gen<Long> SEEDS = longs().all();

  private static PlanCheck check(PlanScenarios.Scenario s) {
    return s.check();
  }

  @Test
  void aPlansCostIsIndependentOfTheOrderOfItsItems() {
    qt().withExamples(Examples.or(300))
        .forAll(SEEDS)
        .checkAssert(
            seed -> {
              PlanScenarios.Scenario s = GeneratedPlans.scenario(seed);
              List<PlanItem> shuffled = new ArrayList<>(s.plan().items());
              Collections.shuffle(shuffled, new Random(seed));
              PlanCheck a = check(s);
              PlanCheck b = new PlanScenarios.Scenario(s.assessment(), SupportPlan.of(s.plan().person(), shuffled)).check();
              assertEquals(a.weekly(), b.weekly());
              assertEquals(a.annual(), b.annual());
              assertEquals(a.streams(), b.streams());
              assertEquals(a.unmetNeeds(), b.unmetNeeds());
              assertEquals(new HashSet<>(a.items()), new HashSet<>(b.items()));
              for (Control c : Control.values()) {
                assertEquals(a.weekly(c), b.weekly(c));
              }
            });
  }

  @Test
  void controlPortionsAddUpExactlyToTheCost() {
    qt().withExamples(Examples.or(300))
        .forAll(SEEDS)
        .checkAssert(
            seed -> {
              PlanCheck c = check(GeneratedPlans.scenario(seed));
              assertEquals(c.weekly(), Money.total(c.controls().stream().map(ControlTotal::weekly).toList()));
              assertEquals(c.annual(), Money.total(c.controls().stream().map(ControlTotal::annual).toList()));
              Money byKind = Money.zero();
              for (Control k : Control.values()) {
                byKind = byKind.plus(c.weekly(k));
              }
              assertEquals(c.weekly(), byKind);
            });
  }

  @Test
  void theAgreedBudgetIsThePlansCostWhateverTheIndicativeFigure() {
    qt().withExamples(Examples.or(300))
        .forAll(SEEDS)
        .checkAssert(
            seed -> {
              PlanScenarios.Scenario s = GeneratedPlans.scenario(seed);
              PlanCheck c = s.check();
              Budget indicative = c.indicative();
              PersonalBudget pb = c.decide(Decision.approved("panel", PlanScenarios.DATE)).orElseThrow().personalBudget();
              assertEquals(c.weekly(), pb.cost());
              assertEquals(pb.cost(), pb.personContribution().plus(pb.councilContribution()));
              assertTrue(!pb.personContribution().isGreaterThan(indicative.assessedContribution()));
              assertTrue(!pb.councilContribution().isNegative());
              if (c.withinIndicative()) {
                assertEquals(indicative.weekly(), c.weekly().plus(c.headroom()));
              } else {
                assertEquals(c.weekly(), indicative.weekly().plus(c.excess()));
                assertTrue(!Money.total(c.excessDrivers().stream().map(ItemCost::weekly).toList()).isLessThan(c.excess()));
              }
            });
  }

  @Test
  void unpaidSupportNeverAddsCostAndCountsOnlyFromSomeoneWillingAndAble() {
    qt().withExamples(Examples.or(300))
        .forAll(SEEDS)
        .checkAssert(
            seed -> {
              PlanScenarios.Scenario s = GeneratedPlans.scenario(seed);
              SplittableRandom r = new SplittableRandom(seed);
              List<PlanItem> more = new ArrayList<>(s.plan().items());
              PlanItem unpaid = GeneratedPlans.unpaid(r, "unpaid extra");
              more.add(r.nextInt(more.size() + 1), unpaid);
              PlanCheck a = s.check();
              PlanCheck b = new PlanScenarios.Scenario(s.assessment(), SupportPlan.of(s.plan().person(), more)).check();
              assertEquals(a.weekly(), b.weekly());
              assertEquals(a.annual(), b.annual());
              assertEquals(a.controls(), b.controls());
              assertEquals(a.streams(), b.streams());
              if (unpaid.willingness().orElseThrow() != Willingness.WILLING_AND_ABLE) {
                assertEquals(a.unmetNeeds(), b.unmetNeeds());
              } else {
                assertTrue(b.unmetNeeds().stream().noneMatch(d -> unpaid.needs().contains(d.domain())));
              }
            });
  }

  @Test
  void theStreamAttributionOfTheAgreedBudgetAddsUpExactly() {
    qt().withExamples(Examples.or(300))
        .forAll(SEEDS)
        .checkAssert(
            seed -> {
              PlanCheck c = GeneratedPlans.scenario(seed).check();
              AgreedBudget agreed = c.decide(Decision.approved("panel", PlanScenarios.DATE)).orElseThrow();
              List<StreamPortion> streams = agreed.streams();
              assertEquals(agreed.personalBudget().cost(), Money.total(streams.stream().map(StreamPortion::weekly).toList()));
              assertEquals(agreed.annual(), Money.total(streams.stream().map(StreamPortion::annual).toList()));
              assertEquals(
                  agreed.personalBudget().personContribution(),
                  Money.total(streams.stream().map(StreamPortion::personContribution).toList()));
              for (StreamPortion p : streams) {
                assertTrue(!p.personContribution().isGreaterThan(p.weekly()), p.toString());
              }
            });
  }

  @Test
  void aOneOffPurchaseAnnualisedOverNYearsCostsExactlyItsPriceOverTheNYears() {
    qt().withExamples(Examples.or(1000))
        .forAll(longs().between(0, 1_000_000_000L), integers().between(1, 50), integers().between(0, 2))
        .checkAssert(
            (pence, years, w) -> {
              PeriodConversion weeks = PeriodConversion.values()[w];
              Money price = Money.ofPence(pence);
              PlanItem item = PlanItem.oneOffOverYears("Greenhouse", List.of(PlanScenarios.WELLBEING), HeldBy.council(), price, years);
              PlanScenarios.Scenario s = PlanScenarios.greenhouse();
              uk.ras.costing.Rates rates =
                  uk.ras.costing.Rates.of("r", RoundingMode.HALF_UP, weeks,
                      List.of(PlanScenarios.version2026().employerCosts(PlanScenarios.employerCosts()).build()));
              ItemCost cost =
                  SupportPlan.of(s.plan().person(), List.of(item)).check(s.indicative(), PlanScenarios.northshire(), rates, PlanScenarios.DATE).items().get(0);
              List<Money> charges = cost.annualCharges();
              assertEquals(years, charges.size());
              assertEquals(price, Money.total(charges));
              for (int i = 1; i < charges.size(); i++) {
                // The odd pennies go to the earliest years: never less than a later year, at most a penny more.
                long d = charges.get(i - 1).pence() - charges.get(i).pence();
                assertTrue(d == 0 || d == 1, charges.toString());
              }
              assertEquals(charges.get(0), cost.annual());
              assertEquals(weeks.weekly(charges.get(0), RoundingMode.HALF_UP), cost.weekly());
            });
  }
}
