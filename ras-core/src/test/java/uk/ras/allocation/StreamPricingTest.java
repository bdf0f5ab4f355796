package uk.ras.allocation;

import uk.ras.pricing.Steps;
import uk.ras.pricing.AmountStep;
import uk.ras.pricing.BudgetFlag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.ruleset.FacsBand;
import uk.ras.money.Money;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.RuleSet;

/**
 * The pricing steps of rule sets with funding streams, priced per point stream by stream, worked by hand
 * from FundingTest's rules (social care and Supporting People, £5.00 a point, 10% contingency, a £20.00
 * floor and an £80.00 ceiling).
 */
class StreamPricingTest {
  private static final Money ZERO = Money.zero();

  private static Money p(long pence) {
    return Money.ofPence(pence);
  }

  /** Personal care 5 points (11 capped at 10, halved by informal support); safety 4: SC 7, SP 2. */
  private static Assessment substantial() {
    return Assessment.builder("P1")
        .answer("pc_wash", "all")
        .answer("pc_dress", "all")
        .answer("sf_home", "some")
        .answer("informal", "half")
        .eligibility(Eligibility.of(FacsBand.SUBSTANTIAL, null))
        .build();
  }

  /** Personal care 10 (capped, no informal support); safety 8 + 3 = 11, half each: SC 15.5, SP 5.5. */
  private static Assessment critical() {
    return Assessment.builder("P2")
        .answer("pc_wash", "all")
        .answer("pc_dress", "all")
        .answer("sf_home", "high")
        .answer("sf_night", "yes")
        .answer("informal", "none")
        .eligibility(Eligibility.of(FacsBand.CRITICAL, null))
        .build();
  }

  private static List<AmountStep> pricingSteps(Budget b) {
    return b.explanation().orElseThrow().steps().stream()
        .filter(s -> s.rule().startsWith("pricing") || s.rule().startsWith("streams"))
        .toList();
  }

  private static Budget explained(RuleSet rules, Assessment a) {
    return Calculator.compile(rules).allocate(a, Detail.EXPLAINED);
  }

  @Test
  void eachStreamIsPricedThenTheContingencyHeldBackAndTheLimitsChecked() {
    // SC 7 × £5.00 = £35.00; SP 2 × £5.00 = £10.00; 10% of each held back: £3.50 + £1.00 = £4.50.
    Budget b = explained(FundingTest.rules(true), substantial());
    assertEquals(
        List.of(
            Steps.step("pricing.pricePerPoint", "Social care: 7 points at £5.00 per point = £35.00", p(35_00), p(35_00)),
            Steps.step("pricing.pricePerPoint", "Supporting People: 2 points at £5.00 per point = £10.00", p(10_00), p(45_00)),
            Steps.step(
                "pricing.contingencyPercent",
                "less contingency of 10% of each stream held back for exceptions: -£4.50 = £40.50",
                p(-4_50),
                p(40_50)),
            Steps.step("pricing.floor", "floor of £20.00 not needed", ZERO, p(40_50)),
            Steps.step("pricing.ceiling", "within the ceiling of £80.00", ZERO, p(40_50))),
        pricingSteps(b));
    assertEquals(Set.of(), b.flags());
  }

  @Test
  void aStreamsOwnPriceIsNamedAsItsRule() {
    // SP at its own £4.00: 2 × £4.00 = £8.00; held back £3.50 + £0.80 = £4.30; £38.70.
    RuleSet base = FundingTest.rules(true);
    RuleSet rules = base.withStreams(base.streams().get(0), base.streams().get(1).withPricePerPoint(new BigDecimal("4.00")));
    Budget b = explained(rules, substantial());
    assertEquals(
        Steps.step(
            "streams.supporting_people.pricePerPoint", "Supporting People: 2 points at £4.00 per point = £8.00", p(8_00), p(43_00)),
        pricingSteps(b).get(1));
    assertEquals(p(38_70), b.weekly());
    assertEquals(p(7_20), b.streams().get(1).weekly());
  }

  @Test
  void aCappingCeilingIsTakenFromTheStreamsInProportionToTheirAmounts() {
    // SC 15.5 × £5.00 = £77.50, SP 5.5 × £5.00 = £27.50; less 10%: £69.75 and £24.75, £94.50 in all.
    // Capped at £80.00: £14.50 cut 6975 : 2475, 1070.24p and 379.76p; the odd penny to SP (.76):
    // SC £10.70, SP £3.80, leaving £59.05 and £20.95. A year: 52 × £80.00 = £4,160.00, 52 × each.
    RuleSet base = FundingTest.rules(true);
    RuleSet capped = base.withPricing(base.pricing().withCeiling(uk.ras.ruleset.Ceiling.of(p(80_00), CeilingPolicy.CAP)));
    Budget b = explained(capped, critical());
    assertEquals(p(80_00), b.weekly());
    assertEquals(Set.of(BudgetFlag.CEILING_APPLIED), b.flags());
    assertEquals(p(59_05), b.streams().get(0).weekly());
    assertEquals(p(20_95), b.streams().get(1).weekly());
    assertEquals(p(3_070_60), b.streams().get(0).annual());
    assertEquals(p(1_089_40), b.streams().get(1).annual());
    List<AmountStep> steps = pricingSteps(b);
    assertEquals(
        Steps.step(
            "pricing.ceiling",
            "capped at the ceiling of £80.00 (from £94.50), shared among the streams",
            p(-14_50),
            p(80_00)),
        steps.get(steps.size() - 1));
  }

  @Test
  void aReferringCeilingLeavesTheAmountAndSaysSo() {
    Budget b = explained(FundingTest.rules(true), critical());
    assertEquals(p(94_50), b.weekly());
    assertEquals(Set.of(BudgetFlag.REFERRED_TO_PANEL), b.flags());
    List<AmountStep> steps = pricingSteps(b);
    assertEquals(
        Steps.step(
            "pricing.ceiling",
            "above the ceiling of £80.00: referred to the resource allocation panel, amount not capped",
            ZERO,
            p(94_50)),
        steps.get(steps.size() - 1));
  }

  @Test
  void theFloorIsSharedByAmountsOrByPointsWhenNothingIsPriced() {
    // FACS moderate (FundingTest): only SP's 4 safety points, £20.00 less 10% = £18.00, raised to £20.00.
    Budget moderate =
        explained(FundingTest.rules(true), substantial().withEligibility(Eligibility.of(FacsBand.MODERATE, null)));
    List<AmountStep> steps = pricingSteps(moderate);
    assertEquals(
        Steps.step("pricing.floor", "raised to the floor of £20.00 (from £18.00), shared among the streams", p(2_00), p(20_00)),
        steps.get(steps.size() - 2));
    // At £0.00 a point nothing is priced, so the £20.00 floor is shared by points 7 : 2: 1555.56p and
    // 444.44p; the odd penny to the larger remainder, SC: £15.56 and £4.44. No contingency step at 0%.
    RuleSet base = FundingTest.rules(true);
    RuleSet free =
        base.withPricing(base.pricing().withMethod(PricePerPoint.of(BigDecimal.ZERO)).withContingencyPercent(BigDecimal.ZERO));
    Budget b = explained(free, substantial());
    assertEquals(p(20_00), b.weekly());
    assertEquals(p(15_56), b.streams().get(0).weekly());
    assertEquals(p(4_44), b.streams().get(1).weekly());
    assertEquals(
        List.of(
            "pricing.pricePerPoint", "pricing.pricePerPoint", "pricing.floor", "pricing.ceiling"),
        pricingSteps(b).stream().map(AmountStep::rule).toList());
  }

  @Test
  void noFundedNeedMeansNoBudgetAndNoPricingSteps() {
    Assessment none =
        Assessment.builder("P3")
            .answer("pc_wash", "none")
            .answer("pc_dress", "none")
            .answer("sf_home", "none")
            .answer("informal", "none")
            .eligibility(Eligibility.of(FacsBand.CRITICAL, null))
            .build();
    Budget b = explained(FundingTest.rules(true), none);
    assertEquals(ZERO, b.weekly());
    assertEquals(List.of(Steps.step("streams", "no funded need: no budget", ZERO, ZERO)), pricingSteps(b));
  }
}
