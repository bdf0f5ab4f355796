package uk.ras.examples.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.calibration.Calibration;
import uk.ras.calibration.CalibrationResult;
import uk.ras.calibration.ClientGroup;
import uk.ras.calibration.CostAccumulator;
import uk.ras.calibration.PriceChoice;
import uk.ras.calibration.TransitionalProtection;
import uk.ras.calibration.YearForecast;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.AssessmentCsv;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.scenarios.PilotCouncil;
import uk.ras.money.Money;
import uk.ras.pricing.BudgetFlag;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.RuleSet;

class PilotCouncilTest {
  @Test
  void theCommittedScenarioFilesAreWhatTheGeneratorWrites() throws IOException {
    List<String> generated = PilotCouncil.generate();
    assertEquals(generated.get(0), RuleFiles.resource(PilotCouncil.ASSESSMENTS),
        "regenerate with: java -cp ras-examples/target/ras-examples-*-cli.jar uk.ras.examples.scenarios.PilotCouncil "
            + "ras-examples/src/main/resources/uk/ras/examples/pilot-council");
    assertEquals(generated.get(1), RuleFiles.resource(PilotCouncil.COSTS));
  }

  /**
   * The first three people of the pilot council, P0001 to P0003, calibrated under the bundled rules: a
   * subset small enough to work by hand (the whole scenario's 1,000 people are not). Rules: £4.85 a point,
   * 5% contingency held back from each stream's amount, £45.00 floor; social care needs FACS substantial
   * or above (or Care Act eligibility); Supporting People is open to anyone; wellbeing is half each.
   *
   * <pre>
   * P0001 (FACS critical, learning disability, £385.67 a week), no informal support:
   *   personal care 1+1+3 = 5, eating 5+1 = 6, daily living 5+5+3 = 13, housing 2+4 = 6, safety 3+5 = 8,
   *   finances 2+2 = 4, wellbeing 2+4 = 6, community 2+2 = 4, work 4: total 56, all funded:
   *   social care 5+6+13+3+4+4 = 35, Supporting People 6+8+4+3 = 21.
   * P0002 (FACS substantial, transition, £155.61): personal care 3, eating 1+1 = 2, daily living 3+1+1 = 5,
   *   housing 1+1 = 2, safety 0+1 = 1, finances 2+0 = 2, wellbeing 0+2 = 2, community 1, work 1: total 19,
   *   all funded: social care 3+2+5+1+1+1 = 13, Supporting People 2+1+2+1 = 6.
   * P0003 (FACS low, mental health, £39.88), a little informal support (a quarter off the practical
   *   domains, half up): eating 1 × 0.75 → 1, housing 1 → 1, safety 1 (not reduced), finances 1 → 1,
   *   community 1: total 5. Not eligible for social care, which alone pays for eating and community: 2
   *   points unfunded, 3 priced (Supporting People).
   * </pre>
   */
  private static CostAccumulator firstThree(RuleSet rules) throws IOException, UsageException {
    Calculator calculator = Calculator.compile(rules);
    CostAccumulator people = CostAccumulator.forDomains(rules.domains().stream().map(Domain::id).toList());
    List<Budget> budgets = new ArrayList<>();
    try (AssessmentCsv csv = AssessmentCsv.open("pilot", RuleFiles.resource(PilotCouncil.ASSESSMENTS))) {
      for (int i = 0; i < 3; i++) {
        AssessmentCsv.Row row = csv.next();
        Assessment a = csv.assessment(row, p -> {
          throw new IllegalStateException(p.reason());
        });
        budgets.add(calculator.allocate(a, Detail.FIGURES));
      }
    }
    // The current costs and groups of the first three rows of current-costs.csv.
    assertTrue(RuleFiles.resource(PilotCouncil.COSTS).startsWith("person_id,current_weekly,client_group\n"
        + "P0001,385.67,learning_disability\nP0002,155.61,transition\nP0003,39.88,mental_health\n"));
    people.add(budgets.get(0), ClientGroup.LEARNING_DISABILITY, Money.parse("385.67"));
    people.add(budgets.get(1), ClientGroup.TRANSITION, Money.parse("155.61"));
    people.add(budgets.get(2), ClientGroup.MENTAL_HEALTH, Money.parse("39.88"));
    assertEquals(List.of(56, 19, 5), budgets.stream().map(Budget::totalPoints).toList());
    assertEquals(List.of(false, false, true), budgets.stream().map(b -> b.has(BudgetFlag.UNFUNDED_NEED)).toList());
    return people;
  }

  @Test
  void theFirstThreePeopleCalibratedByHand() throws IOException, UsageException {
    RuleSet rules = RuleFiles.bundledRuleSet(PilotCouncil.RULES);
    CostAccumulator people = firstThree(rules);

    // Fit through the origin on the points priced, 56, 19 and 3:
    // Σxy = 56 × 385.67 + 19 × 155.61 + 3 × 39.88 = 21,597.52 + 2,956.59 + 119.64 = 24,673.75;
    // Σx² = 3,136 + 361 + 9 = 3,506; b = 7.0376 → £7.04.
    // Envelope £30,000, 5% held back: £28,500.00, take-up 100%, no protection. At p a point:
    //   P0001 social care 35p less 5%, Supporting People 21p less 5%; P0002 13p and 6p; P0003 3p, so the
    //   £45.00 floor. At £7.06: P0001 247.10 − 12.36 = 234.74, 148.26 − 7.41 = 140.85 (375.59);
    //   P0002 91.78 − 4.59 = 87.19, 42.36 − 2.12 = 40.24 (127.43); P0003 £45.00. 548.02 a week,
    //   × 52 = £28,497.04: fits, headroom £2.96. At £7.07: 376.13 + 127.61 + 45.00 = 548.74, × 52 =
    //   £28,534.48: over. So the largest price that fits is £7.06 and the fitted £7.04 is chosen.
    CalibrationResult plain = Calibration.of(rules)
        .envelope(Money.parse("30000")).contingency(BigDecimal.valueOf(5)).takeUp(BigDecimal.ONE)
        .run(people.snapshot());
    assertEquals(new BigDecimal("7.04"), plain.fittedPrice());
    assertEquals(new BigDecimal("7.06"), plain.largestPriceThatFits().orElseThrow());
    assertEquals(Money.parse("28497.04"), plain.envelopeSolution().forecast());
    assertEquals(Money.parse("2.96"), plain.envelopeSolution().headroom());
    assertEquals(Money.parse("28534.48"), plain.envelopeSolution().nextStepForecast().orElseThrow());
    assertEquals(PriceChoice.FITTED_PRICE, plain.priceChoice());
    // P0003's 2 unfunded points are reported, not priced.
    assertEquals(1, plain.unfundedPeople());
    assertEquals(new BigDecimal("2"), plain.unfundedPoints());
    assertEquals(List.of(ClientGroup.MENTAL_HEALTH), List.copyOf(plain.unfundedNeed().keySet()));

    // With 10% a year protection (ending in year 5) the grants are in the forecast. In year 1 P0001 may
    // fall to 385.67 − 38.56 = 347.11, P0002 to 155.61 − 15.56 = 140.05, P0003 gains (£45.00).
    // At £7.06 P0002's target £127.43 is below £140.05: 375.59 + 140.05 + 45.00 = 560.64 a week, over
    // £548.08. While P0002 is protected, P0001's amount must be at most 548.0769 − 140.05 − 45.00 =
    // 363.03: at £6.82 226.76 + 136.06 = 362.82 fits (238.70 − 11.94, 143.22 − 7.16); at £6.83 227.10 +
    // 136.26 = 363.36 does not. So £6.82. Year 1: (362.82 + 140.05 + 45.00) × 52 = 547.87 × 52 =
    // £28,489.24; budgets (362.82 + 123.10 + 45.00) × 52 = 530.92 × 52 = £27,607.84 (P0002 at £6.82:
    // 88.66 − 4.43 = 84.23 and 40.92 − 2.05 = 38.87); grants 16.95 × 52 = £881.40. Year 2: P0002 140.05 −
    // 14.00 = 126.05, a grant of 2.95 × 52 = £153.40. Year 3: 126.05 − 12.60 = 113.45, below the target:
    // no grant.
    CalibrationResult protectedRun = Calibration.of(rules)
        .envelope(Money.parse("30000")).contingency(BigDecimal.valueOf(5)).takeUp(BigDecimal.ONE)
        .protect(TransitionalProtection.limitingFallTo(BigDecimal.TEN).endingAfter(5))
        .run(people.snapshot());
    assertEquals(new BigDecimal("6.82"), protectedRun.chosenPrice().orElseThrow());
    List<YearForecast> years = protectedRun.proposedForecast().years();
    assertEquals(3, years.size());
    assertEquals(Money.parse("27607.84"), years.get(0).budgets());
    assertEquals(Money.parse("881.40"), years.get(0).grants());
    assertEquals(Money.parse("28489.24"), years.get(0).forecast());
    assertEquals(Money.parse("153.40"), years.get(1).grants());
    assertEquals(Money.zero(), years.get(2).grants());
  }
}
