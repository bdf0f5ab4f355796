package uk.ras.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.PersonId;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Costing;
import uk.ras.costing.LineShare;
import uk.ras.costing.PaidBy;
import uk.ras.costing.PersonCost;
import uk.ras.costing.PlanLine;
import uk.ras.costing.RateVersion;
import uk.ras.costing.Rates;
import uk.ras.costing.StaffRate;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * The comparison reports and never adjusts, over generated groups (each rebuilt from one seed): every cost
 * figure is the costing's, uncapped; every difference is cost minus RAS; the tolerance flag is the exact
 * inequality; and what the plan spends on needs adds up to the person's shares of the lines that record
 * needs.
 */
class ComparisonProperties {
  private static final Calculator CALCULATOR = ComparisonTest.calculator();
  private static final String[] PC = {"none", "some", "all"};
  private static final String[] SF = {"none", "some", "high"};

  @Test
  void theComparisonReportsEveryFigureAsItIsAndCapsNothing() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int n = 1 + r.nextInt(6);
              List<PersonId> ids = new ArrayList<>();
              List<Budget> budgets = new ArrayList<>();
              CostPlan.Builder plan = CostPlan.builder().name("G");
              for (int i = 0; i < n; i++) {
                PersonId id = PersonId.of("P" + i);
                ids.add(id);
                plan.addPerson(id);
                budgets.add(
                    CALCULATOR.allocate(
                        Assessment.builder(id.value()).answer("pc", PC[r.nextInt(3)]).answer("sf", SF[r.nextInt(3)]).build()));
              }
              plan.addLine(PlanLine.sleepIns("core", PaidBy.everyone(), BigDecimal.valueOf(r.nextInt(8))).meeting(List.of("safety")));
              for (int i = 0; i < n; i++) {
                PlanLine own = PlanLine.hours("own" + i, PaidBy.person(ids.get(i)), "sw", Optional.empty(), BigDecimal.valueOf(r.nextInt(4000), 2), 1);
                plan.addLine(r.nextBoolean() ? own.meeting(List.of("personal_care", "safety")) : own);
              }
              RateVersion v =
                  RateVersion.builder()
                      .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
                      .addStaff(StaffRate.hourly("sw", Money.ofPence(r.nextLong(4000))))
                      .sleepIn(Money.ofPence(r.nextLong(20_000)))
                      .build();
              Costing costing =
                  plan.build()
                      .cost(Rates.of("R", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, List.of(v)), LocalDate.of(2026, 6, 1));
              BigDecimal tolerance = BigDecimal.valueOf(r.nextInt(5000), 2);
              ComparisonResult result = Comparison.of(budgets, List.of(costing), tolerance);
              assertEquals(n, result.people().size());
              for (int i = 0; i < n; i++) {
                PersonComparison p = result.people().get(i);
                PersonCost c = costing.people().get(i);
                assertEquals(c.weekly(), p.cost());
                assertEquals(budgets.get(i).weekly(), p.ras());
                assertEquals(p.cost().minus(p.ras()), p.difference());
                boolean within =
                    p.ras().isZero()
                        ? p.cost().isZero()
                        : new BigDecimal(Math.abs(p.difference().pence())).movePointRight(2).compareTo(tolerance.multiply(new BigDecimal(p.ras().pence()))) <= 0;
                assertEquals(within, p.withinTolerance());
                Money withNeeds = Money.zero();
                for (LineShare s : c.lines()) {
                  if (!s.name().startsWith("own") || costing.lines().stream().anyMatch(l -> l.name().equals(s.name()) && !l.needs().isEmpty())) {
                    withNeeds = withNeeds.plus(s.amount());
                  }
                }
                assertEquals(withNeeds, Money.total(p.needs().stream().map(NeedSpend::weekly).toList()));
              }
              assertEquals(costing.weekly(), result.costTotal());
            });
  }
}
