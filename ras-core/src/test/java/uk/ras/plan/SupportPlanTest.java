package uk.ras.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.plan.PlanScenarios.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.costing.CostingProblem;
import uk.ras.costing.InvalidCostingException;
import uk.ras.money.Money;

/**
 * The four bundled scenarios of {@link PlanScenarios}, worked by hand under the Northshire rules 2026.1
 * (£4.85 a point per stream, less 5% contingency held back, the amount held back rounded half-up) and the 2026/27 rates (support worker
 * £23.13 an hour, weekend £25.44, evening £23.63; 52 weeks; half-up).
 */
class SupportPlanTest {
  static Money m(String pounds) {
    return Money.parse(pounds);
  }

  @Test
  void aFamilyEmployedAssistantAndCoreSupportAreWithinTheIndicativeBudget() {
    // Indicative: 49 points; social care 7 + 4 + 11 + 3 (half of wellbeing 6) + 4 + 1 = 30, Supporting
    // People 4 + 8 + 4 + 3 = 19. 30 x 4.85 = 145.50, less 5% (7.275 -> 7.28) = 138.22; 19 x 4.85 = 92.15,
    // less 5% (4.6075 -> 4.61) = 87.54; £225.76 a week.
    // PA: 6 h x £13.00 = £78.00 a week; x 52 = £4,056.00; holiday 12.07% = 489.5592 -> £489.56;
    // earnings £4,545.56, below the NI threshold £5,000 (NI £0.00) and the pension lower limit £6,240
    // (pension £0.00); + insurance £150.00 + payroll £200.00 = £4,895.56 a year; / 52 = 94.1453.. -> £94.15.
    // Core £60.00; tenancy 2 h x £23.13 = £46.26. Weekly 60.00 + 94.15 + 46.26 = £200.41; headroom
    // 225.76 - 200.41 = £25.35. Annual 3,120.00 + 4,895.56 + 2,405.52 = £10,421.08.
    PlanCheck c = familyPaAndCoreSupport().check();
    assertEquals(m("225.76"), c.indicative().weekly());
    assertEquals(m("94.15"), c.items().get(1).weekly());
    assertEquals(m("4895.56"), c.items().get(1).annual());
    assertEquals(m("46.26"), c.items().get(2).weekly());
    assertEquals(Money.zero(), c.items().get(3).weekly());
    assertEquals(m("200.41"), c.weekly());
    assertEquals(m("10421.08"), c.annual());
    assertTrue(c.withinIndicative());
    assertEquals(m("25.35"), c.headroom());
    assertEquals(Money.zero(), c.excess());
    assertEquals(List.of(), c.excessDrivers());
    // Work and learning has 1 point and no item meets it.
    assertEquals(1, c.unmetNeeds().size());
    assertEquals(WORK_LEARNING, c.unmetNeeds().get(0).domain());
    // Control: the ISF holds 60.00 + 46.26 = 106.26 (3,120.00 + 2,405.52 = 5,525.52); the mother 94.15.
    assertEquals(2, c.controls().size());
    assertEquals(m("106.26"), c.controls().get(0).weekly());
    assertEquals(m("5525.52"), c.controls().get(0).annual());
    assertEquals(m("94.15"), c.controls().get(1).weekly());
    assertEquals(m("94.15"), c.weekly(Control.DIRECT_PAYMENT));
    assertEquals(m("106.26"), c.weekly(Control.ISF));
    assertEquals(Money.zero(), c.weekly(Control.COUNCIL_MANAGED));
    // Streams: core 30.00 safety + 30.00 housing, both SP; PA 47.08 + 47.07, both SC; tenancy 23.13
    // finances (SP) + 23.13 daily living (SC). SC 94.15 + 23.13 = 117.28; SP 60.00 + 23.13 = 83.13.
    // Annual: SC 4,895.56 + 1,202.76 = 6,098.32; SP 3,120.00 + 1,202.76 = 4,322.76.
    assertEquals(2, c.streams().size());
    assertEquals(m("117.28"), c.streams().get(0).weekly());
    assertEquals(m("6098.32"), c.streams().get(0).annual());
    assertEquals(m("83.13"), c.streams().get(1).weekly());
    assertEquals(m("4322.76"), c.streams().get(1).annual());

    // Approved: cost 200.41; contribution 20.00 (all chargeable); council 180.41. The 20.00 shared
    // 117.28 : 83.13: 2000 x 11728 / 20041 = 1170.40, 2000 x 8313 / 20041 = 829.60; floors 1,999, the
    // penny to the larger remainder (SP): SC £11.70, SP £8.30.
    AgreedBudget agreed = c.decide(Decision.approved("Northshire resource panel", DATE)).orElseThrow();
    assertEquals(m("200.41"), agreed.personalBudget().cost());
    assertEquals(m("20.00"), agreed.personalBudget().personContribution());
    assertEquals(m("180.41"), agreed.personalBudget().councilContribution());
    assertEquals(m("10421.08"), agreed.annual());
    assertEquals(m("11.70"), agreed.streams().get(0).personContribution());
    assertEquals(m("8.30"), agreed.streams().get(1).personContribution());
    assertEquals(m("225.76"), agreed.indicativeWeekly());
  }

  @Test
  void aPersonalAssistantsEmployerCostsAreTracedStepByStep() {
    PlanCheck c = familyPaAndCoreSupport().check();
    assertEquals(
        List.of(
            "Personal assistant (employed by her mother) (personal assistant, direct payment held by Mary S (mother), a specified amount under the family's control): employed through a direct payment, a year then a week:",
            "  pay: 6 hours x £13.00 = £78.00 a week",
            "  pay a year: £78.00 x 52 weeks = £4,056.00",
            "  + holiday pay: £4,056.00 x 12.07% = £489.56 (exactly 489.5592, rounded half-up)",
            "  = earnings £4,545.56 a year",
            "  + employer's National Insurance: (£4,545.56 - threshold £5,000.00, at least £0.00) = £0.00 x 15% = £0.00",
            "    less the Employment Allowance £10,500.00 a year, claimed by the employer (at least £0.00): £0.00",
            "  + workplace pension: qualifying earnings (£4,545.56 up to £50,270.00, less £6,240.00, at least £0.00) = £0.00 x 3% = £0.00",
            "  + employer's liability insurance £150.00 a year",
            "  + payroll service £200.00 a year",
            "  = £4,895.56 a year = £4,056.00 + £489.56 + £0.00 + £0.00 + £150.00 + £200.00",
            "  a week: £4,895.56 / 52 weeks = £94.15 (rounded half-up)"),
        c.items().get(1).explanation());
  }

  @Test
  void aJointlyFundedPlanWithOneProviderIsSplitBetweenTheTwoStreams() {
    // Indicative: 17 points; SC daily living 5 + half wellbeing 1.5 = 6.5; SP housing 6 + finances 3 +
    // half wellbeing 1.5 = 10.5. 6.5 x 4.85 = 31.525 -> 31.53 less 5% (1.5765 -> 1.58) = 29.95; 10.5 x
    // 4.85 = 50.925 -> 50.93 less 5% (2.5465 -> 2.55) = 48.38; £78.33.
    // Plan: 2 h x £23.13 = £46.26 over daily living, housing, finances: £15.42 each (SC, SP, SP);
    // 1 h weekend x £25.44 = £25.44 on wellbeing: 50/50 -> £12.72 SC, £12.72 SP.
    // Weekly 71.70; SC 15.42 + 12.72 = 28.14; SP 30.84 + 12.72 = 43.56. Headroom 78.33 - 71.70 = 6.63.
    // Annual: 46.26 x 52 = 2,405.52 -> 801.84 each; 25.44 x 52 = 1,322.88 -> 661.44 each. SC 801.84 +
    // 661.44 = 1,463.28; SP 1,603.68 + 661.44 = 2,265.12; together 3,728.40.
    PlanCheck c = jointlyFunded().check();
    assertEquals(m("78.33"), c.indicative().weekly());
    assertEquals(m("71.70"), c.weekly());
    assertEquals(m("3728.40"), c.annual());
    assertEquals(m("6.63"), c.headroom());
    assertEquals(List.of(), c.unmetNeeds());
    assertEquals(1, c.controls().size());
    assertEquals(Optional.of("Riverside Floating Support"), c.controls().get(0).heldBy().holder());
    assertEquals(m("71.70"), c.controls().get(0).weekly());
    assertEquals(m("28.14"), c.streams().get(0).weekly());
    assertEquals(m("43.56"), c.streams().get(1).weekly());
    assertEquals(m("1463.28"), c.streams().get(0).annual());
    assertEquals(m("2265.12"), c.streams().get(1).annual());
    AgreedBudget agreed = c.decide(Decision.approved("Team manager", DATE)).orElseThrow();
    assertEquals(Money.zero(), agreed.personalBudget().personContribution());
    assertEquals(m("71.70"), agreed.personalBudget().councilContribution());
  }

  @Test
  void aGreenhouseIsAnnualisedOverItsLifeAndAnUnconfirmedFriendMeetsNoNeed() {
    // Indicative: 10 points; SC wellbeing 3 + community 3 + daily living 1 = 7; SP wellbeing 3.
    // 7 x 4.85 = 33.95 less 5% (1.6975 -> 1.70) = 32.25; 3 x 4.85 = 14.55 less 5% (0.7275 -> 0.73) =
    // 13.82; £46.07.
    // Greenhouse £1,000.00 over 3 years: 100,000p / 3 = 33,333 r 1 -> £333.34, £333.33, £333.33; a week
    // this year 333.34 / 52 = 6.41038.. -> £6.41. Support worker 1 h = £23.13. Weekly £29.54; headroom
    // 46.07 - 29.54 = 16.53. Annual 333.34 + 1,202.76 = 1,536.10.
    // Unmet: daily living (1 point) and community (3 points): Jo's help is not confirmed.
    // Streams, all wellbeing 50/50: greenhouse 641p -> 321 SC (the tie to the earlier share), 320 SP;
    // annual 33,334p -> 16,667 each. Support 2,313p -> 1,157 SC, 1,156 SP; annual 120,276 -> 60,138 each.
    // SC 3.21 + 11.57 = 14.78; SP 3.20 + 11.56 = 14.76. Annual 768.05 each.
    PlanCheck c = greenhouse().check();
    assertEquals(m("46.07"), c.indicative().weekly());
    ItemCost greenhouse = c.items().get(0);
    assertEquals(List.of(m("333.34"), m("333.33"), m("333.33")), greenhouse.annualCharges());
    assertEquals(m("333.34"), greenhouse.annual());
    assertEquals(m("6.41"), greenhouse.weekly());
    assertEquals(m("29.54"), c.weekly());
    assertEquals(m("1536.10"), c.annual());
    assertEquals(m("16.53"), c.headroom());
    assertEquals(List.of(DAILY_LIVING, COMMUNITY), c.unmetNeeds().stream().map(d -> d.domain()).toList());
    assertFalse(c.items().get(2).meetsNeeds());
    assertEquals(m("14.78"), c.streams().get(0).weekly());
    assertEquals(m("14.76"), c.streams().get(1).weekly());
    assertEquals(m("768.05"), c.streams().get(0).annual());
    assertEquals(m("768.05"), c.streams().get(1).annual());
    assertEquals(m("29.54"), c.weekly(Control.DIRECT_PAYMENT));
    assertTrue(c.explanation().contains("  Greenhouse £6.41 a week: wellbeing £6.41 (Adult social care £3.21, Supporting People £3.20)"), String.join("\n", c.explanation()));
    assertTrue(
        greenhouse.explanation().get(0).contains("£1,000.00 over 3 years: £333.34 this year, then £333.33 a year for 2 years (together £1,000.00)"),
        greenhouse.explanation().get(0));
  }

  @Test
  void aPlanAboveTheIndicativeFigureGoesToThePanelUntrimmed() {
    // Indicative: 40 points; SC 13 + 8 + 13 = 34; SP 6. 34 x 4.85 = 164.90 less 5% (8.245 -> 8.25) =
    // 156.65; 6 x 4.85 = 29.10 less 5% (1.455 -> 1.46) = 27.64; £184.29.
    // PA 20 h x £13.00 = £260.00 a week; £13,520.00 a year; holiday 13,520 x 12.07% = 1,631.864 ->
    // £1,631.86; earnings £15,151.86; NI (15,151.86 - 5,000) x 15% = 1,522.779 -> £1,522.78, no
    // allowance claimed; pension (15,151.86 - 6,240) x 3% = 267.3558 -> £267.36; + 150.00 + 200.00:
    // £17,292.00 a year; / 52 = 332.538.. -> £332.54.
    // Evening 4 h x £23.63 = £94.52; telecare £4.50. Weekly 332.54 + 94.52 + 4.50 = £431.56; excess
    // 431.56 - 184.29 = £247.27, driven by the PA alone (332.54 >= 247.27).
    // Annual 17,292.00 + 4,915.04 + 234.00 = £22,441.04.
    PlanCheck c = aboveIndicative().check();
    assertEquals(m("184.29"), c.indicative().weekly());
    assertEquals(m("332.54"), c.items().get(0).weekly());
    assertEquals(m("17292.00"), c.items().get(0).annual());
    assertEquals(m("431.56"), c.weekly());
    assertEquals(m("22441.04"), c.annual());
    assertTrue(c.referredToPanel());
    assertEquals(m("247.27"), c.excess());
    assertEquals(Money.zero(), c.headroom());
    assertEquals(List.of("Personal assistant"), c.excessDrivers().stream().map(ItemCost::name).toList());
    assertEquals(m("332.54"), c.weekly(Control.DIRECT_PAYMENT));
    assertEquals(m("99.02"), c.weekly(Control.COUNCIL_MANAGED));
    // Streams: PA -> SC 332.54; evening 47.26 daily living (SC) + 47.26 safety (SP); telecare SP.
    // SC 379.80, SP 51.76. Annual SC 17,292.00 + 2,457.52 = 19,749.52; SP 2,457.52 + 234.00 = 2,691.52.
    assertEquals(m("379.80"), c.streams().get(0).weekly());
    assertEquals(m("51.76"), c.streams().get(1).weekly());
    assertEquals(m("19749.52"), c.streams().get(0).annual());
    assertEquals(m("2691.52"), c.streams().get(1).annual());
    // Approved by the panel: the budget is the plan's cost. Contribution 35.00 shared 379.80 : 51.76:
    // 3500 x 37980 = 132,930,000 / 43156 = 3080.22; 3500 x 5176 = 18,116,000 / 43156 = 419.78 ->
    // floors 3,080 + 419 = 3,499; the penny to the larger remainder (SP) -> £30.80 and £4.20.
    AgreedBudget agreed = c.decide(Decision.approved("Northshire resource panel", DATE)).orElseThrow();
    assertEquals(m("431.56"), agreed.personalBudget().cost());
    assertEquals(m("35.00"), agreed.personalBudget().personContribution());
    assertEquals(m("396.56"), agreed.personalBudget().councilContribution());
    assertEquals(m("30.80"), agreed.streams().get(0).personContribution());
    assertEquals(m("4.20"), agreed.streams().get(1).personContribution());
    assertTrue(c.decide(Decision.notApproved("Northshire resource panel", DATE, "ask for a review of the evening hours")).isEmpty());
  }

  @Test
  void theEmploymentAllowanceTakesOffTheEmployersNationalInsurance() {
    // docs/costing.md: 20 h x £13.00 with the allowance: NI £1,522.78 less £10,500.00 = £0.00; the year
    // 17,292.00 - 1,522.78 = £15,769.22; / 52 = 303.254.. -> £303.25.
    PlanScenarios.Scenario s = aboveIndicative();
    PlanItem pa = PlanItem.personalAssistant("PA", List.of(PERSONAL_CARE), "S4", new BigDecimal("20"), m("13.00"), true);
    ItemCost c = SupportPlan.of(s.plan().person(), List.of(pa)).check(s.indicative(), northshire(), rates(), DATE).items().get(0);
    assertEquals(m("15769.22"), c.annual());
    assertEquals(m("303.25"), c.weekly());
  }

  @Test
  void aPersonalAssistantUnderRatesWithoutEmployerCostsIsALocatedProblem() {
    PlanScenarios.Scenario s = aboveIndicative();
    InvalidCostingException e =
        assertThrows(
            InvalidCostingException.class,
            () -> s.plan().check(s.indicative(), northshire(), ratesWithoutEmployerCosts(), DATE));
    assertEquals(
        List.of(
            new CostingProblem(
                "items[0]",
                "a personal assistant needs the employer's costs (employerCosts), which the rates \"Example council supported living\" in force from 2026-04-01 to 2027-03-31 do not declare")),
        e.problems());
  }

  @Test
  void everyProblemOfAPlanIsPlacedAtItsItem() {
    PlanScenarios.Scenario s = aboveIndicative();
    SupportPlan bad =
        SupportPlan.of(
            s.plan().person(),
            List.of(
                PlanItem.providerHours("Nurse", List.of(SAFETY), HeldBy.council(), "nurse", Optional.empty(), new BigDecimal("200"), 1),
                PlanItem.transport("Taxi", List.of(), HeldBy.council(), m("-1.00")),
                PlanItem.oneOffOverYears("Bike", List.of(uk.ras.ruleset.DomainId.of("cycling")), HeldBy.council(), m("300.00"), 0),
                PlanItem.transport("Taxi", List.of(SAFETY, SAFETY), HeldBy.council(), m("1.00"))));
    InvalidCostingException e =
        assertThrows(InvalidCostingException.class, () -> bad.check(s.indicative(), northshire(), rates(), DATE));
    assertEquals(
        List.of("items[1].needs", "items[1].weekly", "items[2].needs[0]", "items[3].name", "items[3].needs[1]"),
        e.problems().stream().map(CostingProblem::path).toList());
    // The costing's own problems (hours, staff type) are placed at the item too, once the rest are right.
    SupportPlan costingOnly =
        SupportPlan.of(
            s.plan().person(),
            List.of(
                PlanItem.transport("Taxi", List.of(SAFETY), HeldBy.council(), m("1.00")),
                PlanItem.providerHours("Nurse", List.of(SAFETY), HeldBy.council(), "support-worker", Optional.empty(), new BigDecimal("200"), 1)));
    e = assertThrows(InvalidCostingException.class, () -> costingOnly.check(s.indicative(), northshire(), rates(), DATE));
    assertEquals(List.of("items[1].hoursPerWeek"), e.problems().stream().map(CostingProblem::path).toList());
  }
}
