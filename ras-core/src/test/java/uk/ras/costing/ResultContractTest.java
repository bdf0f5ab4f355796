package uk.ras.costing;

import static uk.ras.ValueContract.check;
import static uk.ras.ValueContract.sameTwice;
import static uk.ras.costing.BuildUpTest.m;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.money.PeriodConversion;

/**
 * The costing results compare as values: made twice from the same input they are equal, with equal hash
 * codes and text; unequal when any one field differs; written as {@code Name[field=value, ...]}.
 */
class ResultContractTest {
  @Test
  void anHourlyRateMadeTwiceIsEqual() {
    sameTwice(
        BuildUpTest.card(RoundingMode.HALF_UP, BuildUpTest.worked(OverheadMethod.MARGIN)).hourly("support-worker", "weekend"),
        BuildUpTest.card(RoundingMode.HALF_UP, BuildUpTest.worked(OverheadMethod.MARGIN)).hourly("support-worker", "weekend"));
  }

  @Test
  void anHourlyRateIsAValue() {
    check(
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("a")),
        "HourlyRate[staffType=sw, band=weekend, base=£20.00, rate=£30.00, explanation=[a]]",
        new HourlyRate("nurse", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.empty(), m("20.00"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.01"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.01"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("b")));
  }

  @Test
  void costedLinesAndPeopleMadeTwiceAreEqual() {
    Costing first = CostingTest.house().cost(CostingTest.rates(), CostingTest.JUNE);
    Costing second = CostingTest.house().cost(CostingTest.rates(), CostingTest.JUNE);
    assertEquals(9, first.lines().size());
    for (int i = 0; i < first.lines().size(); i++) {
      sameTwice(first.lines().get(i), second.lines().get(i));
    }
    for (int i = 0; i < first.people().size(); i++) {
      sameTwice(first.people().get(i), second.people().get(i));
      for (int j = 0; j < first.people().get(i).lines().size(); j++) {
        sameTwice(first.people().get(i).lines().get(j), second.people().get(i).lines().get(j));
      }
    }
  }

  @Test
  void aLineShareIsAValue() {
    check(
        new LineShare("Vehicle", Scope.SHARED, m("5.01")),
        new LineShare("Vehicle", Scope.SHARED, m("5.01")),
        "LineShare[name=Vehicle, scope=SHARED, amount=£5.01]",
        new LineShare("Van", Scope.SHARED, m("5.01")),
        new LineShare("Vehicle", Scope.CORE, m("5.01")),
        new LineShare("Vehicle", Scope.SHARED, m("5.00")));
  }

  @Test
  void aLineCostIsAValue() {
    PersonId a = PersonId.of("A");
    PersonId b = PersonId.of("B");
    HourlyRate rate = new HourlyRate("sw", Optional.empty(), m("20.00"), m("20.00"), List.of("a"));
    check(
        new LineCost("Outings", LineKind.HOURS, Scope.SHARED, List.of(a, b), m("40.00"), Optional.of(rate), "x", List.of("pc")),
        new LineCost("Outings", LineKind.HOURS, Scope.SHARED, List.of(a, b), m("40.00"), Optional.of(rate), "x", List.of("pc")),
        "LineCost[name=Outings, kind=HOURS, scope=SHARED, payers=[A, B], weekly=£40.00, rate=£20.00, explanation=x, needs=[pc]]",
        new LineCost("Trips", LineKind.HOURS, Scope.SHARED, List.of(a, b), m("40.00"), Optional.of(rate), "x", List.of("pc")),
        new LineCost("Outings", LineKind.FIXED, Scope.SHARED, List.of(a, b), m("40.00"), Optional.of(rate), "x", List.of("pc")),
        new LineCost("Outings", LineKind.HOURS, Scope.CORE, List.of(a, b), m("40.00"), Optional.of(rate), "x", List.of("pc")),
        new LineCost("Outings", LineKind.HOURS, Scope.SHARED, List.of(a), m("40.00"), Optional.of(rate), "x", List.of("pc")),
        new LineCost("Outings", LineKind.HOURS, Scope.SHARED, List.of(a, b), m("40.01"), Optional.of(rate), "x", List.of("pc")),
        new LineCost("Outings", LineKind.HOURS, Scope.SHARED, List.of(a, b), m("40.00"), Optional.empty(), "x", List.of("pc")),
        new LineCost("Outings", LineKind.HOURS, Scope.SHARED, List.of(a, b), m("40.00"), Optional.of(rate), "y", List.of("pc")),
        new LineCost("Outings", LineKind.HOURS, Scope.SHARED, List.of(a, b), m("40.00"), Optional.of(rate), "x", List.of()));
  }

  @Test
  void aPersonCostIsAValue() {
    PersonId a = PersonId.of("A");
    List<LineShare> lines =
        List.of(new LineShare("Sleep-in", Scope.CORE, m("100.00")), new LineShare("Outings", Scope.SHARED, m("40.00")), new LineShare("1:1", Scope.PERSONAL, m("200.00")));
    PeriodConversion w = PeriodConversion.WEEKS_52;
    RoundingMode h = RoundingMode.HALF_UP;
    check(
        new PersonCost(a, lines, w, h),
        new PersonCost(a, List.copyOf(lines), w, h),
        "PersonCost[person=A, core=£100.00, shared=£40.00, personal=£200.00, annual=£17,680.00, lines=[LineShare[name=Sleep-in, scope=CORE, amount=£100.00], LineShare[name=Outings, scope=SHARED, amount=£40.00], LineShare[name=1:1, scope=PERSONAL, amount=£200.00]]]",
        new PersonCost(PersonId.of("B"), lines, w, h),
        new PersonCost(a, List.of(lines.get(0), lines.get(2)), w, h),
        new PersonCost(a, List.of(new LineShare("Sleep-in", Scope.CORE, m("100.01")), lines.get(1), lines.get(2)), w, h),
        new PersonCost(a, List.of(lines.get(0), lines.get(1)), w, h),
        new PersonCost(a, lines, PeriodConversion.DAYS_365, h),
        new PersonCost(a, List.of(lines.get(0), lines.get(1), new LineShare("1:1", Scope.PERSONAL, m("200.01"))), w, h));
  }
}
