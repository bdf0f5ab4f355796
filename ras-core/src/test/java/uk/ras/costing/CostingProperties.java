package uk.ras.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/** The invariants of issue 20 over generated plans and rates ({@link Plans}). */
class CostingProperties {
  private static final Gen<Long> SEEDS = longs().all();

  @Test
  void aPlansCostIsTheSumOfItsLinesAndOfItsPeoplesBudgets() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              Costing c = Plans.costing(seed);
              Money lines = Money.total(c.lines().stream().map(LineCost::weekly).toList());
              Money people = Money.total(c.people().stream().map(PersonCost::weekly).toList());
              assertEquals(lines, c.weekly());
              assertEquals(lines, people);
              assertEquals(c.core().plus(c.shared()).plus(c.personal()), lines);
              for (PersonCost p : c.people()) {
                assertEquals(p.weekly(), p.core().plus(p.shared()).plus(p.personal()));
                assertEquals(p.weekly(), Money.total(p.lines().stream().map(LineShare::amount).toList()));
                assertEquals(c.rates().weeksPerYear().annual(p.weekly(), c.rates().rounding()), p.annual());
              }
            });
  }

  @Test
  void sharedAndCoreLinesSplitExactlyAmongTheirUsersEachWithinAPennyOfTheExactShare() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              Costing c = Plans.costing(seed);
              Map<String, List<Money>> shares = new HashMap<>();
              Map<String, List<PersonId>> holders = new HashMap<>();
              for (PersonCost p : c.people()) {
                for (LineShare s : p.lines()) {
                  shares.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.amount());
                  holders.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(p.person());
                }
              }
              for (LineCost line : c.lines()) {
                List<Money> split = shares.get(line.name());
                assertEquals(line.weekly(), Money.total(split), line.name());
                assertEquals(
                    new java.util.HashSet<>(line.payers()), new java.util.HashSet<>(holders.get(line.name())));
                int n = split.size();
                BigDecimal exact = BigDecimal.valueOf(line.weekly().pence()).divide(BigDecimal.valueOf(n), 10, java.math.RoundingMode.HALF_UP);
                for (Money s : split) {
                  assertTrue(BigDecimal.valueOf(s.pence()).subtract(exact).abs().compareTo(BigDecimal.ONE) < 0, line.name());
                }
              }
              // Everyone's core share is an equal split of the core total: within a penny of each other.
              List<Money> cores = c.people().stream().map(PersonCost::core).toList();
              long min = cores.stream().mapToLong(Money::pence).min().orElse(0);
              long max = cores.stream().mapToLong(Money::pence).max().orElse(0);
              assertTrue(max - min <= 1);
            });
  }

  @Test
  void theOrderOfLinesChangesNoFigure() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              CostPlan plan = Plans.plan(seed);
              Rates rates = Plans.rates(seed);
              List<PlanLine> lines = new ArrayList<>(plan.lines());
              Collections.shuffle(lines, new java.util.Random(seed));
              Costing before = plan.cost(rates, Plans.DATE);
              Costing after = plan.withLines(lines).cost(rates, Plans.DATE);
              Map<String, Money> costs = new HashMap<>();
              before.lines().forEach(l -> costs.put(l.name(), l.weekly()));
              after.lines().forEach(l -> assertEquals(costs.get(l.name()), l.weekly(), l.name()));
              assertEquals(before.weekly(), after.weekly());
              assertEquals(before.annual(), after.annual());
              for (int i = 0; i < before.people().size(); i++) {
                PersonCost p = before.people().get(i);
                PersonCost q = after.people().get(i);
                assertEquals(
                    List.of(p.core(), p.shared(), p.personal(), p.weekly(), p.annual()),
                    List.of(q.core(), q.shared(), q.personal(), q.weekly(), q.annual()),
                    p.person().value());
              }
            });
  }

  @Test
  void raisingHoursNeverLowersAnyPersonsBudget() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              CostPlan plan = Plans.plan(seed);
              SplittableRandom r = new SplittableRandom(seed);
              List<Integer> raisable = new ArrayList<>();
              for (int j = 0; j < plan.lines().size(); j++) {
                if (plan.lines().get(j).quantity().isPresent()) {
                  raisable.add(j);
                }
              }
              if (raisable.isEmpty()) {
                return;
              }
              int j = raisable.get(r.nextInt(raisable.size()));
              PlanLine line = plan.lines().get(j);
              BigDecimal more = line.quantity().orElseThrow().add(BigDecimal.valueOf(1 + r.nextInt(100), 2));
              List<PlanLine> lines = new ArrayList<>(plan.lines());
              lines.set(j, line.withQuantity(more));
              Rates rates = Plans.rates(seed);
              Costing before = plan.cost(rates, Plans.DATE);
              Costing after = plan.withLines(lines).cost(rates, Plans.DATE);
              for (int i = 0; i < before.people().size(); i++) {
                assertFalse(
                    after.people().get(i).weekly().isLessThan(before.people().get(i).weekly()),
                    before.people().get(i).person().value());
                assertFalse(after.people().get(i).annual().isLessThan(before.people().get(i).annual()));
              }
            });
  }
}
