package uk.ras.allocation;

import uk.ras.funding.StreamAmounts;
import uk.ras.pricing.BudgetFlag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.BudgetHolding;
import uk.ras.assessment.CareActDetermination;
import uk.ras.assessment.CareActOutcome;
import uk.ras.assessment.Eligibility;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.funding.StreamAmount;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;
import uk.ras.money.Money;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;

/**
 * The stories of who pays, worked out by hand. Testshire with two streams: social care (FACS substantial
 * or above, or Care Act eligible) pays for personal care; safety is half social care, falling back to
 * Supporting People for people below the threshold, and half Supporting People (open to anyone).
 */
class FundingTest {
  static final StreamId SC = StreamId.of("social_care");
  static final StreamId SP = StreamId.of("supporting_people");

  static RuleSet rules(boolean supportingPeopleChargeable) {
    RuleSet base = Testshire.rules();
    Domain care = base.domains().get(0).withFunding(StreamShare.builder().stream(SC).build());
    Domain safety =
        base.domains()
            .get(1)
            .withFunding(
                StreamShare.builder().stream(SC).share(BigDecimal.valueOf(50)).otherwise(SP).build(),
                StreamShare.builder().stream(SP).share(BigDecimal.valueOf(50)).build());
    return base.withDomains(care, safety)
        .withStreams(
            FundingStream.builder()
                .id(SC)
                .name("Social care")
                .eligibility(StreamEligibility.requiring(FacsBand.SUBSTANTIAL, true))
                .annualEnvelope(Money.ofPence(1_000_000_00))
                .build(),
            FundingStream.builder()
                .id(SP)
                .name("Supporting People")
                .chargeable(supportingPeopleChargeable)
                .annualEnvelope(Money.ofPence(300_000_00))
                .build());
  }

  private static Assessment story(FacsBand band) {
    return Assessment.builder("P1")
        .answer("pc_wash", "all")
        .answer("pc_dress", "all")
        .answer("sf_home", "some")
        .answer("informal", "half")
        .eligibility(Eligibility.of(band, null))
        .build();
  }

  @Test
  void anEligiblePersonsNeedIsSplitBetweenTheStreamsByTheRules() {
    // personal care 5 points -> social care; safety 4 points -> 2 social care, 2 Supporting People.
    // Social care 7 * £5.00 = £35.00, less 10% = £31.50; SP 2 * £5.00 = £10.00, less 10% = £9.00.
    // Annual £40.50 * 52 = £2,106.00 shared 31.50 : 9.00 -> £1,638.00 and £468.00.
    Budget b = Calculator.compile(rules(true)).allocate(story(FacsBand.SUBSTANTIAL));
    assertEquals(Money.ofPence(40_50), b.weekly());
    assertEquals(
        List.of(
            StreamAmounts.amount(SC, "Social care", new BigDecimal("7"), Money.ofPence(31_50), Money.ofPence(1_638_00)),
            StreamAmounts.amount(SP, "Supporting People", new BigDecimal("2"), Money.ofPence(9_00), Money.ofPence(468_00))),
        b.streams());
    assertEquals(0, b.unfundedPoints().signum());
  }

  @Test
  void belowTheThresholdSocialCareNeedIsUnfundedAndTheFallbackTakesOver() {
    // FACS moderate: personal care's 5 points are unfunded; safety's 4 points all go to SP:
    // 4 * £5.00 = £20.00, less 10% = £18.00, raised to the £20.00 floor, all of it Supporting People.
    Budget b = Calculator.compile(rules(true)).allocate(story(FacsBand.MODERATE));
    assertEquals(Money.ofPence(20_00), b.weekly());
    assertEquals(Set.of(BudgetFlag.FLOOR_APPLIED, BudgetFlag.UNFUNDED_NEED), b.flags());
    assertEquals(Money.zero(), b.streams().get(0).weekly());
    assertEquals(Money.ofPence(20_00), b.streams().get(1).weekly());
    assertEquals(0, new BigDecimal("5").compareTo(b.unfundedPoints()));
    String text = b.explanation().orElseThrow().toText();
    assertTrue(
        text.contains(
            "  Personal care: 5 points to not eligible for Social care (needs FACS substantial or above,"
                + " or Care Act eligible; person: FACS moderate): unfunded\n"),
        text);
    assertTrue(
        text.contains(
            "  Safety: 2 points (50%) to not eligible for Social care (needs FACS substantial or above,"
                + " or Care Act eligible; person: FACS moderate), so Supporting People\n"),
        text);
    assertTrue(text.contains("  Supporting People: £20.00 a week, £1,040.00 a year\n"), text);
  }

  @Test
  void aCareActDeterminationQualifiesWhenAllThreeConditionsHold() {
    CareActDetermination eligible =
        new CareActDetermination(Set.of(CareActOutcome.NUTRITION, CareActOutcome.HABITABLE_HOME), true, true);
    CareActDetermination oneOutcome = new CareActDetermination(Set.of(CareActOutcome.NUTRITION), true, true);
    CareActDetermination noWellbeingImpact =
        new CareActDetermination(Set.of(CareActOutcome.NUTRITION, CareActOutcome.HABITABLE_HOME), true, false);
    assertTrue(eligible.isEligible());
    assertFalse(oneOutcome.isEligible());
    assertFalse(noWellbeingImpact.isEligible());
    Calculator c = Calculator.compile(rules(true));
    Assessment a = story(FacsBand.LOW);
    assertEquals(Money.ofPence(31_50), c.allocate(a.withEligibility(Eligibility.of(FacsBand.LOW, eligible))).streams().get(0).weekly());
    assertEquals(Money.zero(), c.allocate(a.withEligibility(Eligibility.of(FacsBand.LOW, oneOutcome))).streams().get(0).weekly());
  }

  @Test
  void theContributionIsTakenOnlyAgainstChargeableStreams() {
    Assessment a = story(FacsBand.CRITICAL).withContribution(Money.ofPence(50_00));
    // Both chargeable: the person pays all £40.50 (not the £50.00 assessed), the council nothing.
    assertEquals(
        new PersonalBudget(Money.ofPence(40_50), Money.ofPence(40_50), Money.zero()),
        Calculator.compile(rules(true)).allocate(a).personalBudget());
    // Supporting People free to the person: they pay at most the social-care £31.50.
    assertEquals(
        new PersonalBudget(Money.ofPence(40_50), Money.ofPence(31_50), Money.ofPence(9_00)),
        Calculator.compile(rules(false)).allocate(a).personalBudget());
    // A smaller contribution is taken whole.
    assertEquals(
        new PersonalBudget(Money.ofPence(40_50), Money.ofPence(12_00), Money.ofPence(28_50)),
        Calculator.compile(rules(false)).allocate(a.withContribution(Money.ofPence(12_00))).personalBudget());
  }

  @Test
  void howTheBudgetIsHeldIsRecordedWithTheAmountInThePersonsControl() {
    Calculator c = Calculator.compile(rules(true));
    Budget mix = c.allocate(story(FacsBand.CRITICAL).withHolding(BudgetHolding.MIX, Money.ofPence(15_00)));
    assertEquals(Optional.of(BudgetHolding.MIX), mix.holding());
    assertEquals(Money.ofPence(15_00), mix.personallyControlled());
    Budget direct = c.allocate(story(FacsBand.CRITICAL).withHolding(BudgetHolding.DIRECT_PAYMENT, null));
    assertEquals(Money.ofPence(40_50), direct.personallyControlled());
    assertEquals(Money.zero(), c.allocate(story(FacsBand.CRITICAL)).personallyControlled());
  }

  @Test
  void streamAndAttributionMistakesAreLocated() {
    RuleSet good = rules(true);
    RuleSet bad =
        good.withDomains(
            good.domains().get(0).withFunding(StreamShare.builder().stream(StreamId.of("nhs")).share(BigDecimal.valueOf(90)).build()),
            good.domains().get(1).withFunding(List.of()));
    assertEquals(
        List.of(
            "domains[0].funding[0].stream: unknown stream 'nhs'; declared: social_care, supporting_people",
            "domains[0].funding: the shares of domain 'personal_care' add up to 90%; expected 100%",
            "domains[1].funding: domain 'safety' has no funding; every domain needs it when the rule set declares streams"),
        RuleSetValidator.validate(bad).stream().map(Object::toString).toList());
  }
}
