package uk.ras.plan;

import static uk.ras.ValueContract.check;
import static uk.ras.ValueContract.sameTwice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.StreamId;

/**
 * The plan results compare as values: made twice from the same input they are equal, with equal hash
 * codes and text; unequal when any one field differs; written as {@code Name[field=value, ...]}.
 */
class ResultContractTest {
  private static final DomainId A = DomainId.of("a");
  private static final DomainId B = DomainId.of("b");

  private static Money m(String pounds) {
    return Money.parse(pounds);
  }

  @Test
  void anItemCostIsAValue() {
    Optional<HeldBy> isf = Optional.of(HeldBy.isf("Hillside"));
    check(
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(A), true, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(A), true, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("x")),
        "ItemCost[name=Core, kind=PROVIDER_QUOTE, heldBy=Individual Service Fund held by Hillside, needs=[a], meetsNeeds=true, weekly=£10.00, annual=£520.00, annualCharges=[£520.00], explanation=[x]]",
        new ItemCost("Cover", ItemKind.PROVIDER_QUOTE, isf, List.of(A), true, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.TRANSPORT, isf, List.of(A), true, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, Optional.of(HeldBy.council()), List.of(A), true, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(B), true, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(A), false, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(A), true, m("10.01"), m("520.00"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(A), true, m("10.00"), m("520.01"), List.of(m("520.00")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(A), true, m("10.00"), m("520.00"), List.of(m("520.01")), List.of("x")),
        new ItemCost("Core", ItemKind.PROVIDER_QUOTE, isf, List.of(A), true, m("10.00"), m("520.00"), List.of(m("520.00")), List.of("y")));
  }

  @Test
  void aControlTotalIsAValue() {
    check(
        new ControlTotal(HeldBy.directPayment("P"), m("5.00"), m("260.00"), List.of("PA")),
        new ControlTotal(HeldBy.directPayment("P"), m("5.00"), m("260.00"), List.of("PA")),
        "ControlTotal[heldBy=direct payment held by P, weekly=£5.00, annual=£260.00, items=[PA]]",
        new ControlTotal(HeldBy.directPayment("Q"), m("5.00"), m("260.00"), List.of("PA")),
        new ControlTotal(HeldBy.directPayment("P"), m("5.01"), m("260.00"), List.of("PA")),
        new ControlTotal(HeldBy.directPayment("P"), m("5.00"), m("260.01"), List.of("PA")),
        new ControlTotal(HeldBy.directPayment("P"), m("5.00"), m("260.00"), List.of("PA", "Taxi")));
  }

  @Test
  void aStreamPortionIsAValue() {
    Optional<StreamId> sc = Optional.of(StreamId.of("social_care"));
    check(
        new StreamPortion(sc, "Adult social care", true, m("5.00"), m("260.00"), m("1.00")),
        new StreamPortion(sc, "Adult social care", true, m("5.00"), m("260.00"), m("1.00")),
        "StreamPortion[stream=social_care, name=Adult social care, chargeable=true, weekly=£5.00, annual=£260.00, personContribution=£1.00]",
        new StreamPortion(Optional.empty(), "Adult social care", true, m("5.00"), m("260.00"), m("1.00")),
        new StreamPortion(sc, "Social care", true, m("5.00"), m("260.00"), m("1.00")),
        new StreamPortion(sc, "Adult social care", false, m("5.00"), m("260.00"), m("1.00")),
        new StreamPortion(sc, "Adult social care", true, m("5.01"), m("260.00"), m("1.00")),
        new StreamPortion(sc, "Adult social care", true, m("5.00"), m("260.01"), m("1.00")),
        new StreamPortion(sc, "Adult social care", true, m("5.00"), m("260.00"), m("1.01")));
  }

  @Test
  void aDecisionIsAValue() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    check(
        Decision.notApproved("Panel", day, "too costly"),
        Decision.notApproved("Panel", day, "too costly"),
        "Decision[approved=false, by=Panel, on=2026-06-01, reason=too costly]",
        Decision.approved("Panel", day),
        Decision.notApproved("Officer", day, "too costly"),
        Decision.notApproved("Panel", day.plusDays(1), "too costly"),
        Decision.notApproved("Panel", day, "unmet need"));
  }

  @Test
  void aHoldingIsAValue() {
    check(
        HeldBy.isf("Hillside"),
        HeldBy.isf("Hillside"),
        "HeldBy[control=ISF, holder=Hillside]",
        HeldBy.isf("Riverside"),
        HeldBy.directPayment("Hillside"));
  }

  @Test
  void checksAndAgreedBudgetsMadeTwiceAreEqual() {
    sameTwice(PlanScenarios.greenhouse().plan(), PlanScenarios.greenhouse().plan());
    for (PlanScenarios.Scenario s :
        List.of(PlanScenarios.familyPaAndCoreSupport(), PlanScenarios.jointlyFunded(), PlanScenarios.greenhouse(), PlanScenarios.aboveIndicative())) {
      PlanCheck first = s.check();
      PlanCheck second = s.check();
      sameTwice(first, second);
      Decision d = Decision.approved("Panel", PlanScenarios.DATE);
      sameTwice(first.decide(d).orElseThrow(), second.decide(d).orElseThrow());
      for (int i = 0; i < first.items().size(); i++) {
        sameTwice(first.items().get(i), second.items().get(i));
      }
    }
  }
}
