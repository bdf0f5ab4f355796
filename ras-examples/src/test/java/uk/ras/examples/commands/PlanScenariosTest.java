package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.costing.Rates;
import uk.ras.examples.commands.CostCommand;
import uk.ras.examples.commands.PlanCommand;
import uk.ras.money.Money;
import uk.ras.plan.AgreedBudget;
import uk.ras.plan.Control;
import uk.ras.plan.ItemCost;
import uk.ras.plan.PlanCheck;
import uk.ras.ruleset.RuleSet;

/**
 * The four bundled support-plan files (plans/*.yaml), read as a user's file is and checked under the
 * bundled Northshire rules 2026.1 and the bundled rates, give the figures worked by hand in ras-core's
 * SupportPlanTest for the same scenarios built in Java (PlanScenarios): the files are faithful
 * transcriptions. The hand-working is copied with the figures.
 */
class PlanScenariosTest {
  static Money m(String pounds) {
    return Money.parse(pounds);
  }

  static PlanCommand.Checked checked(String scenario) throws Exception {
    RuleSet rules = PlanCommand.readRules(null);
    Rates rates = CostCommand.readRates(List.of());
    return PlanCommand.check(PlanCommand.bundled(scenario), rules, rates);
  }

  @Test
  void aFamilyEmployedAssistantAndCoreSupportAreWithinTheIndicativeBudget() throws Exception {
    // Indicative: 49 points; social care 7 + 4 + 11 + 3 (half of wellbeing 6) + 4 + 1 = 30, Supporting
    // People 4 + 8 + 4 + 3 = 19. 30 x 4.85 = 145.50, less 5% (7.275 -> 7.28) = 138.22; 19 x 4.85 = 92.15,
    // less 5% (4.6075 -> 4.61) = 87.54; £225.76 a week.
    // PA: 6 h x £13.00 = £78.00 a week; x 52 = £4,056.00; holiday 12.07% = 489.5592 -> £489.56;
    // earnings £4,545.56, below the NI threshold £5,000 (NI £0.00) and the pension lower limit £6,240
    // (pension £0.00); + insurance £150.00 + payroll £200.00 = £4,895.56 a year; / 52 = 94.1453.. -> £94.15.
    // Core £60.00; tenancy 2 h x £23.13 = £46.26. Weekly 60.00 + 94.15 + 46.26 = £200.41; headroom
    // 225.76 - 200.41 = £25.35. Annual 3,120.00 + 4,895.56 + 2,405.52 = £10,421.08.
    PlanCommand.Checked checked = checked("family-pa-and-core-support");
    PlanCheck c = checked.check();
    assertEquals(m("225.76"), c.indicative().weekly());
    assertEquals(m("94.15"), c.items().get(1).weekly());
    assertEquals(m("4895.56"), c.items().get(1).annual());
    assertEquals(m("46.26"), c.items().get(2).weekly());
    assertEquals(Money.zero(), c.items().get(3).weekly());
    assertEquals(m("200.41"), c.weekly());
    assertEquals(m("10421.08"), c.annual());
    assertTrue(c.withinIndicative());
    assertEquals(m("25.35"), c.headroom());
    // Work and learning has 1 point and no item meets it.
    assertEquals(List.of("work_learning"), c.unmetNeeds().stream().map(d -> d.domain().value()).toList());
    // Control: the ISF holds 60.00 + 46.26 = 106.26 (3,120.00 + 2,405.52 = 5,525.52); the mother 94.15.
    assertEquals(m("106.26"), c.controls().get(0).weekly());
    assertEquals(m("5525.52"), c.controls().get(0).annual());
    assertEquals(m("94.15"), c.weekly(Control.DIRECT_PAYMENT));
    assertEquals(Money.zero(), c.weekly(Control.COUNCIL_MANAGED));
    // Streams: SC 94.15 + 23.13 = 117.28; SP 60.00 + 23.13 = 83.13. Annual SC 6,098.32; SP 4,322.76.
    assertEquals(m("117.28"), c.streams().get(0).weekly());
    assertEquals(m("6098.32"), c.streams().get(0).annual());
    assertEquals(m("83.13"), c.streams().get(1).weekly());
    assertEquals(m("4322.76"), c.streams().get(1).annual());
    // Approved: cost 200.41; contribution 20.00; council 180.41; the 20.00 shared 117.28 : 83.13 -> SC
    // £11.70, SP £8.30 (floors 1,170 + 829 = 1,999, the penny to the larger remainder, SP).
    AgreedBudget agreed = checked.agreed().orElseThrow();
    assertEquals(m("200.41"), agreed.personalBudget().cost());
    assertEquals(m("20.00"), agreed.personalBudget().personContribution());
    assertEquals(m("180.41"), agreed.personalBudget().councilContribution());
    assertEquals(m("11.70"), agreed.streams().get(0).personContribution());
    assertEquals(m("8.30"), agreed.streams().get(1).personContribution());
  }

  @Test
  void aJointlyFundedPlanWithOneProviderIsSplitBetweenTheTwoStreams() throws Exception {
    // Indicative: 17 points; SC 6.5 -> 31.525 -> 31.53 less 1.58 = 29.95; SP 10.5 -> 50.925 -> 50.93
    // less 2.55 = 48.38; £78.33.
    // Plan: 2 h x £23.13 = £46.26 over daily living, housing, finances: £15.42 each (SC, SP, SP);
    // 1 h weekend x £25.44 = £25.44 on wellbeing: 50/50 -> £12.72 SC, £12.72 SP.
    // Weekly 71.70; SC 15.42 + 12.72 = 28.14; SP 30.84 + 12.72 = 43.56. Headroom 78.33 - 71.70 = 6.63.
    // Annual: SC 801.84 + 661.44 = 1,463.28; SP 1,603.68 + 661.44 = 2,265.12; together 3,728.40.
    PlanCommand.Checked checked = checked("jointly-funded");
    PlanCheck c = checked.check();
    assertEquals(m("78.33"), c.indicative().weekly());
    assertEquals(m("71.70"), c.weekly());
    assertEquals(m("3728.40"), c.annual());
    assertEquals(m("6.63"), c.headroom());
    assertEquals(List.of(), c.unmetNeeds());
    assertEquals(1, c.controls().size());
    assertEquals(Optional.of("Riverside Floating Support"), c.controls().get(0).heldBy().holder());
    assertEquals(m("28.14"), c.streams().get(0).weekly());
    assertEquals(m("43.56"), c.streams().get(1).weekly());
    assertEquals(m("1463.28"), c.streams().get(0).annual());
    assertEquals(m("2265.12"), c.streams().get(1).annual());
    AgreedBudget agreed = checked.agreed().orElseThrow();
    assertEquals(Money.zero(), agreed.personalBudget().personContribution());
    assertEquals(m("71.70"), agreed.personalBudget().councilContribution());
  }

  @Test
  void aGreenhouseIsAnnualisedOverItsLifeAndAnUnconfirmedFriendMeetsNoNeed() throws Exception {
    // Indicative: 10 points; SC 7 x 4.85 = 33.95 less 1.70 = 32.25; SP 3 x 4.85 = 14.55 less 0.73 =
    // 13.82; £46.07.
    // Greenhouse £1,000.00 over 3 years: 100,000p / 3 = 33,333 r 1 -> £333.34, £333.33, £333.33; a week
    // this year 333.34 / 52 = 6.41038.. -> £6.41. Support worker 1 h = £23.13. Weekly £29.54; headroom
    // 46.07 - 29.54 = 16.53. Annual 333.34 + 1,202.76 = 1,536.10.
    // Unmet: daily living (1 point) and community (3 points): Jo's help is not confirmed.
    // Streams: SC 3.21 + 11.57 = 14.78; SP 3.20 + 11.56 = 14.76. Annual 768.05 each. No decision yet.
    PlanCommand.Checked checked = checked("greenhouse");
    PlanCheck c = checked.check();
    assertEquals(m("46.07"), c.indicative().weekly());
    ItemCost greenhouse = c.items().get(0);
    assertEquals(List.of(m("333.34"), m("333.33"), m("333.33")), greenhouse.annualCharges());
    assertEquals(m("6.41"), greenhouse.weekly());
    assertEquals(m("29.54"), c.weekly());
    assertEquals(m("1536.10"), c.annual());
    assertEquals(m("16.53"), c.headroom());
    assertEquals(List.of("daily_living", "community"), c.unmetNeeds().stream().map(d -> d.domain().value()).toList());
    assertFalse(c.items().get(2).meetsNeeds());
    assertEquals(m("14.78"), c.streams().get(0).weekly());
    assertEquals(m("14.76"), c.streams().get(1).weekly());
    assertEquals(m("768.05"), c.streams().get(0).annual());
    assertEquals(m("29.54"), c.weekly(Control.DIRECT_PAYMENT));
    assertEquals(Optional.empty(), checked.agreed());
  }

  @Test
  void aPlanAboveTheIndicativeFigureGoesToThePanelUntrimmed() throws Exception {
    // Indicative: 40 points; SC 34 x 4.85 = 164.90 less 8.25 = 156.65; SP 6 x 4.85 = 29.10 less 1.46 =
    // 27.64; £184.29.
    // PA 20 h x £13.00 = £260.00 a week; £13,520.00 a year; holiday 1,631.864 -> £1,631.86; earnings
    // £15,151.86; NI (15,151.86 - 5,000) x 15% = 1,522.779 -> £1,522.78, no allowance claimed; pension
    // (15,151.86 - 6,240) x 3% = 267.3558 -> £267.36; + 150.00 + 200.00: £17,292.00 a year; / 52 =
    // 332.538.. -> £332.54.
    // Evening 4 h x £23.63 = £94.52; telecare £4.50. Weekly £431.56; excess 431.56 - 184.29 = £247.27,
    // driven by the PA alone (332.54 >= 247.27). Annual 17,292.00 + 4,915.04 + 234.00 = £22,441.04.
    PlanCommand.Checked checked = checked("above-indicative");
    PlanCheck c = checked.check();
    assertEquals(m("184.29"), c.indicative().weekly());
    assertEquals(m("332.54"), c.items().get(0).weekly());
    assertEquals(m("17292.00"), c.items().get(0).annual());
    assertEquals(m("431.56"), c.weekly());
    assertEquals(m("22441.04"), c.annual());
    assertTrue(c.referredToPanel());
    assertEquals(m("247.27"), c.excess());
    assertEquals(List.of("Personal assistant"), c.excessDrivers().stream().map(ItemCost::name).toList());
    assertEquals(m("332.54"), c.weekly(Control.DIRECT_PAYMENT));
    assertEquals(m("99.02"), c.weekly(Control.COUNCIL_MANAGED));
    // Streams: SC 332.54 + 47.26 = 379.80, SP 47.26 + 4.50 = 51.76.
    assertEquals(m("379.80"), c.streams().get(0).weekly());
    assertEquals(m("51.76"), c.streams().get(1).weekly());
    // Approved as it stands: contribution 35.00 shared 379.80 : 51.76 -> £30.80 and £4.20.
    AgreedBudget agreed = checked.agreed().orElseThrow();
    assertEquals(m("431.56"), agreed.personalBudget().cost());
    assertEquals(m("35.00"), agreed.personalBudget().personContribution());
    assertEquals(m("396.56"), agreed.personalBudget().councilContribution());
    assertEquals(m("30.80"), agreed.streams().get(0).personContribution());
    assertEquals(m("4.20"), agreed.streams().get(1).personContribution());
  }
}
