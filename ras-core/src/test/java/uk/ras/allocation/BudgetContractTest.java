package uk.ras.allocation;

import uk.ras.pricing.BudgetFlag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.BudgetHolding;
import uk.ras.assessment.Eligibility;
import uk.ras.ruleset.FacsBand;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.DomainId;

/** What a budget and its explanation carry, how they compare, and the lines of the explanation that vary. */
class BudgetContractTest {
  private static final Calculator TESTSHIRE = Calculator.compile(Testshire.rules());

  /** Personal care 6 + 0 = 6, not capped, half met by family: 3; safety 4. 7 × £5.00 = £35.00 - 10%. */
  private static Assessment.Builder story(String id) {
    return Assessment.builder(id)
        .date(LocalDate.of(2026, 6, 1))
        .answer("pc_wash", "all")
        .answer("pc_dress", "none")
        .answer("sf_home", "some")
        .answer("informal", "half");
  }

  @Test
  void aBudgetCarriesThePersonDateFlagsAndEligibility() {
    Budget b = TESTSHIRE.allocate(story("P1").eligibility(Eligibility.of(FacsBand.LOW, null)).build(), Detail.FIGURES);
    assertEquals(PersonId.of("P1"), b.person());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 1)), b.assessmentDate());
    assertEquals(Eligibility.of(FacsBand.LOW, null), b.eligibility());
    assertEquals(7, b.totalPoints());
    assertEquals(Money.ofPence(31_50), b.weekly());
    assertFalse(b.has(BudgetFlag.FLOOR_APPLIED));
    Budget small = TESTSHIRE.allocate(Assessment.builder("P2").answer("pc_wash", "some").answer("pc_dress", "none").answer("sf_home", "none").build());
    assertTrue(small.has(BudgetFlag.FLOOR_APPLIED));
    assertFalse(small.has(BudgetFlag.CEILING_APPLIED));
    assertEquals(Optional.empty(), small.assessmentDate());
    assertEquals("Budget{P1, 7 points, £31.50 a week, £1,638.00 a year}", b.toString());
    assertEquals("Budget{P2, 3 points, £20.00 a week, £1,040.00 a year, [FLOOR_APPLIED]}", small.toString());
  }

  @Test
  void budgetsAreEqualWhenEveryFigureIsEqual() {
    Budget b = TESTSHIRE.allocate(story("P1").build(), Detail.FIGURES);
    assertEquals(b, TESTSHIRE.allocate(story("P1").build(), Detail.EXPLAINED));
    assertEquals(b.hashCode(), TESTSHIRE.allocate(story("P1").build(), Detail.FIGURES).hashCode());
    assertNotEquals(b, "P1");
    assertNotEquals(b, TESTSHIRE.allocate(story("P2").build(), Detail.FIGURES));
    assertNotEquals(b, TESTSHIRE.allocate(story("P1").date(LocalDate.of(2026, 6, 2)).build(), Detail.FIGURES));
    assertNotEquals(b, TESTSHIRE.allocate(story("P1").answer("sf_home", "high").build(), Detail.FIGURES));
    assertNotEquals(
        b, TESTSHIRE.allocate(story("P1").contribution(Money.ofPence(1_00)).build(), Detail.FIGURES));
    assertNotEquals(
        b, TESTSHIRE.allocate(story("P1").holding(BudgetHolding.DIRECT_PAYMENT, null).build(), Detail.FIGURES));
  }

  @Test
  void aBudgetsAndItsExplanationsListsCannotBeChanged() {
    // Both are views of arrays rather than copies (Budget.domains, Calculator.frozen): no way to write
    // through them may be left open.
    Budget b = TESTSHIRE.allocate(story("P1").build(), Detail.EXPLAINED);
    Explanation e = b.explanation().orElseThrow();
    for (List<?> list : List.of(b.domains(), e.answers(), e.domains())) {
      assertFalse(list.isEmpty());
      assertThrows(UnsupportedOperationException.class, () -> set(list, 0, list.get(0)));
      assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
      assertThrows(UnsupportedOperationException.class, () -> list.clear());
      assertThrows(UnsupportedOperationException.class, () -> list.sort((x, y) -> 0));
    }
    assertEquals(List.of(new DomainPoints(DomainId.of("personal_care"), 3), new DomainPoints(DomainId.of("safety"), 4)), b.domains());
    assertThrows(IndexOutOfBoundsException.class, () -> b.domains().get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> b.domains().get(-1));
  }

  @SuppressWarnings("unchecked")
  private static <T> void set(List<T> list, int i, Object value) {
    list.set(i, (T) value);
  }

  @Test
  void anExplanationCarriesEveryFigureAndComparesByThem() {
    Budget b = TESTSHIRE.allocate(story("P1").build(), Detail.EXPLAINED);
    Explanation e = b.explanation().orElseThrow();
    assertEquals(PersonId.of("P1"), e.person());
    assertEquals("testshire 1", e.ruleSetLabel());
    assertEquals(LocalDate.of(2026, 4, 1), e.effectiveFrom());
    assertEquals("About half", e.informalSupport().orElseThrow().label());
    assertEquals(List.of(), e.streams());
    assertEquals(Money.ofPence(31_50), e.weekly());
    assertEquals(Money.ofPence(1_638_00), e.annual());
    assertEquals(PeriodConversion.WEEKS_52, e.weeksPerYear());
    assertEquals(new PersonalBudget(Money.ofPence(31_50), Money.zero(), Money.ofPence(31_50)), e.personalBudget());
    assertEquals(e.toText(), e.toString());

    Explanation same = TESTSHIRE.allocate(story("P1").build(), Detail.EXPLAINED).explanation().orElseThrow();
    assertEquals(e, same);
    assertEquals(e.hashCode(), same.hashCode());
    assertNotEquals(e, "P1");
    assertNotEquals(e, TESTSHIRE.allocate(story("P2").build(), Detail.EXPLAINED).explanation().orElseThrow());
    assertNotEquals(
        e, TESTSHIRE.allocate(story("P1").answer("sf_home", "high").build(), Detail.EXPLAINED).explanation().orElseThrow());
  }

  @Test
  void informalSupportWithoutACapStillShowsTheResultingPoints() {
    String text = TESTSHIRE.allocate(story("P1").build(), Detail.EXPLAINED).explanation().orElseThrow().toText();
    assertTrue(text.contains("\n  Personal care: 6 points, less 50% met by informal support = 3 points\n"), text);
    assertTrue(text.contains("\n  Safety: 4 points\n"), text);
    assertFalse(text.contains("Personal budget:"), text);
  }

  @Test
  void onePointIsSingularAndAContributionIsShown() {
    // Dressing "Some" 2 points, halved by family: 1 point, all to social care.
    Assessment one =
        Assessment.builder("P1")
            .answer("pc_wash", "none")
            .answer("pc_dress", "some")
            .answer("sf_home", "none")
            .answer("informal", "half")
            .eligibility(Eligibility.of(FacsBand.SUBSTANTIAL, null))
            .build();
    String text = Calculator.compile(FundingTest.rules(true)).allocate(one, Detail.EXPLAINED).explanation().orElseThrow().toText();
    assertTrue(text.contains("\n  Total: 1 point\n"), text);
    assertTrue(
        text.contains(
            "\n  Personal care: 1 point to Social care: eligible (FACS substantial or above, or Care Act eligible;"
                + " person: FACS substantial)\n"),
        text);
    // FundingTest: £40.50 a week, the person pays £12.00 of it, the council £28.50.
    Assessment paying =
        Assessment.builder("P2")
            .answer("pc_wash", "all")
            .answer("pc_dress", "all")
            .answer("sf_home", "some")
            .answer("informal", "half")
            .eligibility(Eligibility.of(FacsBand.CRITICAL, null))
            .contribution(Money.ofPence(12_00))
            .build();
    String paid = Calculator.compile(FundingTest.rules(false)).allocate(paying, Detail.EXPLAINED).explanation().orElseThrow().toText();
    // Supporting People (£9.00 of it) is free to the person here, so the £12.00 is all taken against
    // social care (£31.50), and the explanation says why none is taken against Supporting People.
    assertTrue(
        paid.endsWith(
            "\nPersonal budget: cost £40.50, your contribution £12.00, council's contribution £28.50 a week\n"
                + "  Assessed contribution: £12.00 a week\n"
                + "  Taken against Social care: £12.00\n"
                + "  No contribution is taken against Supporting People (£9.00 a week): the rule set declares it"
                + " free to the person (chargeable: false)\n"),
        paid);
  }

  @Test
  void sheetsBelongToTheirCalculator() {
    AnswerSheet sheet = TESTSHIRE.encode(story("P1").build());
    assertEquals(PersonId.of("P1"), sheet.person());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 1)), sheet.date());
    assertEquals(7, TESTSHIRE.totalPoints(sheet));
    Calculator other = Calculator.compile(Testshire.rules());
    assertThrows(IllegalArgumentException.class, () -> other.totalPoints(sheet));
    assertThrows(IllegalArgumentException.class, () -> other.allocate(sheet, Detail.FIGURES));
  }

  @Test
  void noRuleSetInForceSaysForWhichDate() {
    NoRuleSetInForceException e =
        assertThrows(
            NoRuleSetInForceException.class,
            () -> RuleSetRegistry.of(List.of(TESTSHIRE)).inForceOn(LocalDate.of(2026, 3, 31)));
    assertEquals(LocalDate.of(2026, 3, 31), e.date());
    assertEquals(LocalDate.of(2026, 4, 1), e.earliest());
  }

  @Test
  void informalSupportsFirstOptionIsTracedAndStreamsAreInTheExplanation() {
    // "None" is informal support's first option (share 0): traced, reducing nothing. 6 + 0 + 4 = 10 points.
    Budget b = TESTSHIRE.allocate(story("P1").answer("informal", "none").build(), Detail.EXPLAINED);
    Explanation e = b.explanation().orElseThrow();
    assertEquals("None", e.informalSupport().orElseThrow().label());
    assertEquals(10, b.totalPoints());
    assertTrue(e.toText().contains("\n  Informal support: \"None\": family and friends meet 0% of need\n"), e.toText());
    Budget funded =
        Calculator.compile(FundingTest.rules(true))
            .allocate(story("P2").eligibility(Eligibility.of(FacsBand.SUBSTANTIAL, null)).build(), Detail.EXPLAINED);
    assertEquals(2, funded.streams().size());
    assertEquals(funded.streams(), funded.explanation().orElseThrow().streams());
  }

  @Test
  void anInvalidAssessmentNamesTheRuleSet() {
    InvalidAssessmentException e =
        assertThrows(InvalidAssessmentException.class, () -> TESTSHIRE.allocate(Assessment.builder("P9").answer("pc_wash", "lots").build()));
    assertEquals("testshire 1", e.ruleSetLabel());
    assertEquals(e.problems().get(0).message(), e.problems().get(0).toString());
  }
}
