package uk.ras.assessment;

import uk.ras.ruleset.FacsBand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/** What an assessment and its eligibility facts promise: ranges, equality and words. */
class AssessmentContractTest {
  private static final CareActDetermination ELIGIBLE =
      new CareActDetermination(EnumSet.of(CareActOutcome.NUTRITION, CareActOutcome.TOILET_NEEDS), true, true);
  private static final CareActDetermination NOT_ELIGIBLE =
      new CareActDetermination(EnumSet.of(CareActOutcome.NUTRITION), true, true);

  @Test
  void aContributionMayBeZeroButNotNegative() {
    Assessment a = Assessment.builder("P1").build();
    assertEquals(Money.zero(), a.withContribution(Money.zero()).contribution());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.withContribution(Money.ofPence(-1)));
    assertEquals("a contribution cannot be negative: -£0.01", e.getMessage());
  }

  @Test
  void onlyAMixHasAPersonallyControlledAmountAndItIsNotNegative() {
    Assessment a = Assessment.builder("P1").build();
    Assessment mix = a.withHolding(BudgetHolding.MIX, Money.zero());
    assertEquals(Optional.of(BudgetHolding.MIX), mix.holding());
    assertEquals(Optional.of(Money.zero()), mix.personallyControlled());
    Assessment direct = a.withHolding(BudgetHolding.DIRECT_PAYMENT, null);
    assertEquals(Optional.of(BudgetHolding.DIRECT_PAYMENT), direct.holding());
    assertEquals(Optional.empty(), direct.personallyControlled());
    IllegalArgumentException mixWithout =
        assertThrows(IllegalArgumentException.class, () -> a.withHolding(BudgetHolding.MIX, null));
    assertEquals(
        "an amount under the person's own control is given for a MIX, and only for a MIX (holding MIX)",
        mixWithout.getMessage());
    assertThrows(IllegalArgumentException.class, () -> a.withHolding(BudgetHolding.DIRECT_PAYMENT, Money.ofPence(5)));
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> a.withHolding(BudgetHolding.MIX, Money.ofPence(-1)));
    assertEquals("a personally controlled amount cannot be negative", negative.getMessage());
    Assessment built = Assessment.builder("P1").holding(BudgetHolding.MIX, Money.ofPence(10_00)).build();
    assertEquals(Optional.of(Money.ofPence(10_00)), built.personallyControlled());
  }

  @Test
  void assessmentsAreEqualOnlyWhenEveryFactIsEqual() {
    Assessment base = Assessment.builder("P1").date(LocalDate.of(2026, 5, 1)).answer("q", "a").build();
    Assessment same = Assessment.builder("P1").date(LocalDate.of(2026, 5, 1)).answer("q", "a").build();
    assertEquals(base, same);
    assertEquals(base.hashCode(), same.hashCode());
    assertNotEquals(base, "P1");
    assertNotEquals(base, Assessment.builder("P2").date(LocalDate.of(2026, 5, 1)).answer("q", "a").build());
    assertNotEquals(base, Assessment.builder("P1").answer("q", "a").build());
    assertNotEquals(base, Assessment.builder("P1").date(LocalDate.of(2026, 5, 1)).answer("q", "b").build());
    assertNotEquals(base, base.withEligibility(Eligibility.of(FacsBand.LOW, null)));
    assertNotEquals(base, base.withContribution(Money.ofPence(1)));
    assertNotEquals(base, base.withHolding(BudgetHolding.DIRECT_PAYMENT, null));
    assertNotEquals(
        base.withHolding(BudgetHolding.MIX, Money.ofPence(1)), base.withHolding(BudgetHolding.MIX, Money.ofPence(2)));
    assertEquals("Assessment{P1, 2026-05-01, {q=a}}", base.toString());
    assertEquals("Assessment{P1, {q=a}}", Assessment.builder("P1").answer("q", "a").build().toString());
  }

  @Test
  void eligibilityWithNoFactsIsUnknownAndReadsAsWords() {
    assertSame(Eligibility.unknown(), Eligibility.of(null, null));
    assertEquals(Optional.of(FacsBand.LOW), Eligibility.of(FacsBand.LOW, null).facsBand());
    assertEquals(Optional.of(ELIGIBLE), Eligibility.of(null, ELIGIBLE).careAct());
    assertTrue(Eligibility.of(null, ELIGIBLE).isCareActEligible());
    assertFalse(Eligibility.of(null, NOT_ELIGIBLE).isCareActEligible());
    assertFalse(Eligibility.of(FacsBand.CRITICAL, null).isCareActEligible());

    assertEquals("no eligibility facts", Eligibility.unknown().toString());
    assertEquals("FACS substantial", Eligibility.of(FacsBand.SUBSTANTIAL, null).toString());
    assertEquals("Care Act eligible", Eligibility.of(null, ELIGIBLE).toString());
    assertEquals("not Care Act eligible", Eligibility.of(null, NOT_ELIGIBLE).toString());
    assertEquals("FACS low, Care Act eligible", Eligibility.of(FacsBand.LOW, ELIGIBLE).toString());

    assertEquals(Eligibility.of(FacsBand.LOW, ELIGIBLE), Eligibility.of(FacsBand.LOW, ELIGIBLE));
    assertEquals(Eligibility.of(FacsBand.LOW, ELIGIBLE).hashCode(), Eligibility.of(FacsBand.LOW, ELIGIBLE).hashCode());
    assertNotEquals(Eligibility.of(FacsBand.LOW, ELIGIBLE), Eligibility.of(FacsBand.LOW, NOT_ELIGIBLE));
    assertNotEquals(Eligibility.of(FacsBand.LOW, ELIGIBLE), Eligibility.of(FacsBand.MODERATE, ELIGIBLE));
    assertNotEquals(Eligibility.of(FacsBand.LOW, null), FacsBand.LOW);
  }

  @Test
  void theCareActNeedsTwoOutcomesAndBothOtherConditions() {
    // SI 2015/313 regulation 2(1): (a) impairment, (b) two or more outcomes, (c) significant impact.
    assertTrue(ELIGIBLE.isEligible());
    assertFalse(NOT_ELIGIBLE.isEligible());
    Set<CareActOutcome> two = Set.of(CareActOutcome.NUTRITION, CareActOutcome.PERSONAL_HYGIENE);
    assertFalse(new CareActDetermination(two, false, true).isEligible());
    assertFalse(new CareActDetermination(two, true, false).isEligible());
    CareActDetermination none = new CareActDetermination(Set.of(), true, true);
    assertEquals(Set.of(), none.unableToAchieve());
    assertFalse(none.isEligible());
  }

  @Test
  void personIdsAreNotBlankAndSortByValue() {
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> PersonId.of(" "));
    assertEquals("a person id must not be blank", blank.getMessage());
    assertEquals(
        List.of(PersonId.of("A"), PersonId.of("B"), PersonId.of("a")),
        List.of(PersonId.of("a"), PersonId.of("B"), PersonId.of("A")).stream().sorted().toList());
    assertTrue(PersonId.of("A").compareTo(PersonId.of("B")) < 0);
    assertEquals(0, PersonId.of("A").compareTo(PersonId.of("A")));
  }
}
