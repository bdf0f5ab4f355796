package uk.ras.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;
import uk.ras.pricing.Band;
import uk.ras.pricing.Banding;
import uk.ras.pricing.Ceiling;
import uk.ras.pricing.CeilingPolicy;
import uk.ras.pricing.Interpolation;
import uk.ras.pricing.InterpolationPoint;
import uk.ras.pricing.PricePerPoint;
import uk.ras.pricing.Pricing;
import uk.ras.pricing.PricingMethod;

/** Every message of the semantic validator, with its path. */
class RuleSetValidatorTest {
  private static AnswerOption option(String id, int points) {
    return AnswerOption.builder().id(OptionId.of(id)).label(id).points(points).build();
  }

  /** One domain of two questions worth up to 5 + 5 = 10 points. */
  private static RuleSet.Builder rules(PricingMethod method) {
    return RuleSet.builder()
        .id("t")
        .name("T")
        .version("1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .addDomains(
            Domain.builder()
                .id(DomainId.of("care"))
                .name("Care")
                .addQuestions(
                    Question.builder().id(QuestionId.of("a")).text("A").addOptions(option("no", 0), option("yes", 5)).build(),
                    Question.builder().id(QuestionId.of("b")).text("B").addOptions(option("no", 0), option("yes", 5)).build())
                .build())
        .pricing(Pricing.builder().method(method).build());
  }

  private static List<String> problems(RuleSet rules) {
    return RuleSetValidator.validate(rules).stream().map(RuleProblem::toString).toList();
  }

  private static Band band(int from, Integer to, long pence) {
    return Band.of(from, to == null ? OptionalInt.empty() : OptionalInt.of(to), Money.ofPence(pence));
  }

  @Test
  void aValidRuleSetHasNoProblems() {
    assertEquals(List.of(), problems(rules(PricePerPoint.of(BigDecimal.ONE)).build()));
    assertEquals(10, RuleSetValidator.maxTotalPoints(rules(PricePerPoint.of(BigDecimal.ONE)).build()));
  }

  @Test
  void bandGapsOverlapsAndShortfallsAreLocated() {
    RuleSet gap =
        rules(Banding.builder().addBands(band(0, 3, 0), band(6, null, 100)).build()).build();
    assertEquals(
        List.of("pricing.bands[1].from: gap: totals 4 to 5 are in no band (expected from: 4)"),
        problems(gap));
    RuleSet overlap =
        rules(Banding.builder().addBands(band(0, 3, 0), band(3, null, 100)).build()).build();
    assertEquals(
        List.of("pricing.bands[1].from: overlap: 3 is below 4, already covered by bands[0] (expected from: 4)"),
        problems(overlap));
    RuleSet shortfall =
        rules(Banding.builder().addBands(band(0, 3, 0), band(4, 8, 100)).build()).build();
    assertEquals(
        List.of(
            "pricing.bands[1].to: totals 9 to 10 are in no band; the questionnaire can score up to 10"
                + " (leave out 'to' on the last band to make it open-ended)"),
        problems(shortfall));
  }

  @Test
  void bandsMustStartAtZeroRiseAndOnlyTheLastMayBeOpen() {
    RuleSet bad =
        rules(
                Banding.builder()
                    .addBands(band(1, 3, 500), band(4, null, 100), band(5, 2, 900), band(6, null, 900))
                    .build())
            .build();
    assertEquals(
        List.of(
            "pricing.bands[0].from: the first band starts at 1; expected 0",
            "pricing.bands[1].to: only the last band may be open-ended (no 'to')",
            "pricing.bands[1].weekly: £1.00 is less than the previous band's £5.00: more need must never mean less money",
            "pricing.bands[2].to: 2 is below the band's from 5"),
        problems(bad));
  }

  @Test
  void interpolationMustStartAtZeroAndRise() {
    RuleSet bad =
        rules(
                Interpolation.builder()
                    .addPoints(
                        InterpolationPoint.of(2, Money.ofPence(100)),
                        InterpolationPoint.of(2, Money.ofPence(50)),
                        InterpolationPoint.of(8, Money.ofPence(-1)))
                    .build())
            .build();
    assertEquals(
        List.of(
            "pricing.interpolation[0].points: the first point is at 2; expected 0",
            "pricing.interpolation[1].points: 2 is not above the previous point's 2; points must rise strictly",
            "pricing.interpolation[1].weekly: £0.50 is less than the previous point's £1.00: more need must never mean less money",
            "pricing.interpolation[2].weekly: -£0.01 is negative",
            "pricing.interpolation[2].weekly: -£0.01 is less than the previous point's £0.50: more need must never mean less money"),
        problems(bad));
  }

  @Test
  void pricingLimitsAreChecked() {
    RuleSet bad =
        rules(PricePerPoint.of(new BigDecimal("-0.01")))
            .pricing(
                Pricing.builder()
                    .method(PricePerPoint.of(new BigDecimal("-0.01")))
                    .contingencyPercent(BigDecimal.valueOf(100))
                    .floor(Money.ofPence(500_00))
                    .ceiling(Ceiling.of(Money.ofPence(400_00), CeilingPolicy.REFER))
                    .build())
            .build();
    assertEquals(
        List.of(
            "pricing.pricePerPoint: price -0.01 is negative",
            "pricing.contingencyPercent: 100 is outside 0 to less than 100 percent",
            "pricing.floor: floor £500.00 is above the ceiling £400.00"),
        problems(bad));
    RuleSet zeroCeiling =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .pricing(
                Pricing.builder()
                    .method(PricePerPoint.of(BigDecimal.ONE))
                    .floor(Money.ofPence(-1))
                    .ceiling(Ceiling.of(Money.zero(), CeilingPolicy.CAP))
                    .build())
            .build();
    assertEquals(
        List.of(
            "pricing.floor: -£0.01 is negative",
            "pricing.ceiling.weekly: £0.00 is not above zero"),
        problems(zeroCeiling));
  }

  @Test
  void idsMustBeUniqueAndQuestionsNonEmpty() {
    RuleSet bad =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .addDomains(
                Domain.builder()
                    .id(DomainId.of("care"))
                    .name("Care again")
                    .cap(-1)
                    .addQuestions(
                        Question.builder().id(QuestionId.of("a")).text("A again").addOptions(option("x", -2), option("x", 1)).build(),
                        Question.builder().id(QuestionId.of("c")).text("C").build())
                    .build(),
                Domain.builder().id(DomainId.of("empty")).name("Empty").build())
            .build();
    assertEquals(
        List.of(
            "domains[1].id: duplicate domain id 'care'",
            "domains[1].cap: cap -1 is negative",
            "domains[1].questions[0].id: duplicate question id 'a' (first used at domains[0].questions[0].id)",
            "domains[1].questions[0].options[0].points: -2 points is negative",
            "domains[1].questions[0].options[1].id: duplicate option id 'x' in question 'a'",
            "domains[1].questions[1].options: question 'c' has no options",
            "domains[2].questions: domain 'empty' has no questions"),
        problems(bad));
  }

  @Test
  void informalSupportIsChecked() {
    RuleSet bad =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .informalSupport(
                InformalSupport.builder()
                    .question(QuestionId.of("a"))
                    .text("Family")
                    .addOptions(
                        InformalSupportOption.builder().id(OptionId.of("x")).label("x").share(new BigDecimal("1.5")).build(),
                        InformalSupportOption.builder().id(OptionId.of("x")).label("y").share(BigDecimal.ZERO).build())
                    .addAppliesTo(DomainId.of("care"), DomainId.of("care"), DomainId.of("nowhere"))
                    .build())
            .build();
    assertEquals(
        List.of(
            "informalSupport.question: duplicate question id 'a' (first used at domains[0].questions[0].id)",
            "informalSupport.options[0].share: share 1.5 is outside 0 to 1",
            "informalSupport.options[1].id: duplicate option id 'x'",
            "informalSupport.appliesTo[1]: domain 'care' is listed twice",
            "informalSupport.appliesTo[2]: unknown domain 'nowhere'"),
        problems(bad));
  }

  @Test
  void aQuestionnaireTooLargeToPriceIsRefused() {
    RuleSet huge =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .addDomains(
                Domain.builder()
                    .id(DomainId.of("huge"))
                    .name("Huge")
                    .addQuestions(
                        Question.builder().id(QuestionId.of("h1")).text("H").addOptions(option("x", Integer.MAX_VALUE)).build(),
                        Question.builder().id(QuestionId.of("h2")).text("H").addOptions(option("x", Integer.MAX_VALUE)).build())
                    .build())
            .build();
    assertEquals(
        List.of("domains: the questionnaire can score 4294967304 points; at most 100000 are supported"),
        problems(huge));
  }
}
