package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.money.Money;
import uk.ras.pricing.BudgetFlag;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * Calibration prices what the rules would pay: points no stream the person is eligible for pays are never
 * priced. Rules: "care" paid by social care (FACS substantial and up), "housing" by Supporting People
 * (anyone); people are added from the calculator's budgets, as {@code ras calibrate} adds them.
 * QuickTheories prints the seed of a falsified property; replay it with {@code qt().withFixedSeed(seed)}.
 */
class UnfundedNeedProperties {
  private static final StreamId SC = StreamId.of("social_care");
  private static final StreamId SP = StreamId.of("supporting_people");
  private static final List<DomainId> DOMAINS = List.of(DomainId.of("care"), DomainId.of("housing"));

  static RuleSet rules() {
    return RuleSet.builder()
        .id("unfunded")
        .name("Unfunded need test")
        .version("1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .addDomains(domain("care", SC), domain("housing", SP))
        .pricing(Pricing.builder().method(Caseloads.price("2.00")).build())
        .addStreams(
            FundingStream.builder().id(SC).name("Social care")
                .eligibility(StreamEligibility.requiring(FacsBand.SUBSTANTIAL, false))
                .annualEnvelope(Money.ofPence(1_000_000_00)).build(),
            FundingStream.builder().id(SP).name("Supporting People")
                .annualEnvelope(Money.ofPence(1_000_000_00)).build())
        .build();
  }

  private static Domain domain(String id, StreamId stream) {
    List<AnswerOption> options = new ArrayList<>();
    for (int p = 0; p <= 80; p++) {
      options.add(AnswerOption.builder().id(OptionId.of("o" + p)).label(p + " points").points(p).build());
    }
    return Domain.builder().id(DomainId.of(id)).name(id)
        .addQuestions(Question.builder().id(QuestionId.of(id + "_q")).text(id + "?").addAllOptions(options).build())
        .addFunding(StreamShare.builder().stream(stream).build())
        .build();
  }

  /** Person i: care and housing points, eligible or not, a current cost; the ineligible get extra care. */
  private static CostSample caseload(List<Integer> care, List<Integer> housing, List<Integer> pence, int extraCare) {
    Calculator calculator = Calculator.compile(rules());
    CostAccumulator acc = CostAccumulator.forDomains(DOMAINS);
    for (int i = 0; i < care.size(); i++) {
      boolean eligible = i % 3 != 0;
      int carePoints = Math.min(80, care.get(i) + (eligible ? 0 : extraCare));
      Assessment a = Assessment.builder("P" + i)
          .answer("care_q", "o" + carePoints)
          .answer("housing_q", "o" + housing.get(i))
          .eligibility(Eligibility.of(eligible ? FacsBand.SUBSTANTIAL : FacsBand.MODERATE, null))
          .build();
      Budget budget = calculator.allocate(a, Detail.FIGURES);
      acc.add(budget, ClientGroup.values()[i % 5], Money.ofPence(pence.get(i)));
    }
    // Two people who make every fit possible: different priced points and costs.
    return acc.snapshot();
  }

  @Test
  void addingPointsThatNoEligibleStreamPaysForNeverChangesAForecastOrThePrice() {
    qt().withExamples(Examples.or(60))
        .forAll(
            lists().of(integers().between(0, 40)).ofSize(12),
            lists().of(integers().between(1, 40)).ofSize(12),
            lists().of(integers().between(1_000, 40_000)).ofSize(12),
            integers().between(1, 40))
        .checkAssert((care, housing, pence, extra) -> {
          CostSample before = caseload(care, housing, pence, 0);
          CostSample after = caseload(care, housing, pence, extra);
          RuleSet rules = rules();
          // Any price's forecast, with or without grants, is the same.
          TransitionalProtection protection = TransitionalProtection.limitingFallTo(BigDecimal.TEN).endingAfter(4);
          Envelope envelope = Envelope.of(Money.parse("1000000"), BigDecimal.valueOf(5), BigDecimal.ONE);
          for (String price : List.of("0.00", "1.37", "2.00", "9.99")) {
            RuleSet at = rules.withPricing(rules.pricing().withMethod(Caseloads.price(price)));
            assertEquals(envelope.assess(at, before).years(), envelope.assess(at, after).years(), price);
            assertEquals(envelope.assess(at, before, protection).years(), envelope.assess(at, after, protection).years(),
                price);
          }
          // The forecast of the rules as they are is what the calculator allocated, budget by budget.
          Envelope all = Envelope.of(Money.parse("100000000"), BigDecimal.ZERO, BigDecimal.ONE);
          assertEquals(after.indicativeAnnualTotal().orElseThrow(), all.assess(rules, after).budgets());
          // And so is the whole calibration's price and forecast (the fit is of the points priced).
          Calibration calibration = Calibration.of(rules).envelope(Money.ofPence(12 * 200_00L * 52))
              .contingency(BigDecimal.valueOf(5)).takeUp(BigDecimal.ONE);
          CalibrationResult r1;
          try {
            r1 = calibration.run(before);
          } catch (EnvelopeException | DegenerateDataException e) {
            return;
          }
          CalibrationResult r2 = calibration.run(after);
          assertEquals(r1.fittedPrice(), r2.fittedPrice());
          assertEquals(r1.chosenPrice(), r2.chosenPrice());
          assertEquals(r1.proposedForecast().years(), r2.proposedForecast().years());
          // The unfunded points are reported: the ineligible people's care points, all of them.
          int ineligibleCare = 0;
          int flagged = 0;
          for (int i = 0; i < care.size(); i += 3) {
            int points = Math.min(80, care.get(i) + extra);
            ineligibleCare += points;
            flagged += points > 0 ? 1 : 0;
          }
          assertEquals(BigDecimal.valueOf(ineligibleCare), r2.unfundedPoints());
          assertEquals(flagged, r2.unfundedPeople());
          Calculator calculator = Calculator.compile(rules);
          assertEquals(flagged, (int) after.people().stream().filter(p -> p.unfundedPoints().signum() > 0).count());
          assertEquals(true, calculator.allocate(Assessment.builder("X").answer("care_q", "o5").answer("housing_q", "o1")
              .eligibility(Eligibility.of(FacsBand.LOW, null)).build()).has(BudgetFlag.UNFUNDED_NEED));
        });
  }
}
