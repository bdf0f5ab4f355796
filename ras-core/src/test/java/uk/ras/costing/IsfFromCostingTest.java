package uk.ras.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.isf.CostKind;
import uk.ras.isf.CostLine;
import uk.ras.isf.LineAmount;
import uk.ras.isf.Period;
import uk.ras.isf.Person;
import uk.ras.isf.Setting;
import uk.ras.isf.Share;
import uk.ras.isf.Split;

/**
 * A house's ISFs built straight from its costed rota: each core line becomes an ISF core cost line,
 * each shared line a shared cost line with the same users, and each person's personal lines their
 * personal funding. The ISF split then gives every person the same core, shared and personal figures,
 * line by line, as the costing: the two split with the same apportionment.
 */
class IsfFromCostingTest {
  static Setting setting(Costing c) {
    Setting.Builder b = Setting.builder().name(c.planName()).period(Period.WEEK);
    for (PersonCost p : c.people()) {
      b.addPerson(Person.withPersonalFunding(p.person(), p.personal()));
    }
    for (LineCost l : c.lines()) {
      if (l.scope() == Scope.CORE) {
        b.addCost(CostLine.core(l.name(), l.weekly()));
      } else if (l.scope() == Scope.SHARED) {
        b.addCost(CostLine.shared(l.name(), l.weekly(), l.payers()));
      }
    }
    return b.build();
  }

  static void sameFigures(Costing c) {
    Split split = setting(c).split();
    assertEquals(c.weekly(), split.total());
    for (PersonCost p : c.people()) {
      Share s = split.shareOf(p.person());
      assertEquals(
          List.of(p.core(), p.shared(), p.personal(), p.weekly()),
          List.of(s.core(), s.shared(), s.personal(), s.total()),
          p.person().value());
      List<String> costed =
          p.lines().stream()
              .filter(l -> l.scope() != Scope.PERSONAL)
              .map(l -> l.name() + "=" + l.amount())
              .toList();
      List<String> isf = s.lines().stream().map(l -> l.name() + "=" + l.amount()).toList();
      assertEquals(costed, isf, p.person().value());
      for (LineAmount l : s.lines()) {
        assertEquals(
            l.kind() == CostKind.CORE ? Scope.CORE : Scope.SHARED,
            p.lines().stream().filter(x -> x.name().equals(l.name())).findFirst().orElseThrow().scope());
      }
    }
  }

  @Test
  void theSmallHousesIsfsAreItsCostedBudgets() {
    // Worked in CostingTest: A 266.69 + 80.01 + 200.00; B 266.69 + 7.49 + 1413.13; C 266.69 + 72.50 + 123.05.
    Costing c = CostingTest.house().cost(CostingTest.rates(), CostingTest.JUNE);
    sameFigures(c);
    assertEquals(BuildUpTest.m("546.70"), setting(c).split().shareOf(CostingTest.A).total());
  }

  @Test
  void everyGeneratedPlansIsfsAreItsCostedBudgets() {
    qt().forAll(longs().all()).checkAssert(seed -> sameFigures(Plans.costing(seed)));
  }
}
