package uk.ras.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

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

  @Test
  void currencyRoundingAndAnEmptyQuestionnaireAreRefused() {
    RuleSet bad =
        RuleSet.builder()
            .id("t")
            .name("T")
            .version("1")
            .effectiveFrom(LocalDate.of(2026, 4, 1))
            .currency("EUR")
            .rounding(RoundingMode.UNNECESSARY)
            .pricing(Pricing.builder().method(PricePerPoint.of(BigDecimal.ONE)).build())
            .build();
    assertEquals(
        List.of(
            "currency: 'EUR' is not supported; expected GBP",
            "rounding: UNNECESSARY cannot round money; expected a rounding mode such as HALF_UP",
            "domains: there must be at least one domain"),
        problems(bad));
  }

  @Test
  void informalSupportNeedsOptionsAndARoundingMode() {
    RuleSet bad =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .informalSupport(
                InformalSupport.builder()
                    .question(QuestionId.of("informal"))
                    .text("Family")
                    .rounding(RoundingMode.UNNECESSARY)
                    .build())
            .build();
    assertEquals(
        List.of(
            "informalSupport.options: there must be at least one option",
            "informalSupport.rounding: UNNECESSARY cannot round points; expected a rounding mode such as HALF_UP"),
        problems(bad));
  }

  @Test
  void sharesOfExactlyZeroAndOneAndANegativeShareAreTheBoundaries() {
    RuleSet edges =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .informalSupport(
                InformalSupport.builder()
                    .question(QuestionId.of("informal"))
                    .text("Family")
                    .addOptions(
                        InformalSupportOption.builder().id(OptionId.of("none")).label("n").share(BigDecimal.ZERO).build(),
                        InformalSupportOption.builder().id(OptionId.of("all")).label("a").share(BigDecimal.ONE).build(),
                        InformalSupportOption.builder().id(OptionId.of("neg")).label("m").share(new BigDecimal("-0.01")).build())
                    .addAppliesTo(DomainId.of("care"))
                    .build())
            .build();
    assertEquals(List.of("informalSupport.options[2].share: share -0.01 is outside 0 to 1"), problems(edges));
  }

  @Test
  void aCapLimitsTheTotalTheBandsMustCoverAndZeroIsAValidCap() {
    // The two questions score up to 10, but the cap of 4 means bands up to 4 suffice.
    RuleSet capped =
        rules(Banding.builder().addBands(band(0, 4, 0)).build())
            .domains(
                List.of(
                    Domain.builder()
                        .id(DomainId.of("care"))
                        .name("Care")
                        .cap(4)
                        .addQuestions(
                            Question.builder().id(QuestionId.of("a")).text("A").addOptions(option("no", 0), option("yes", 5)).build(),
                            Question.builder().id(QuestionId.of("b")).text("B").addOptions(option("no", 0), option("yes", 5)).build())
                        .build()))
            .build();
    assertEquals(List.of(), problems(capped));
    assertEquals(4, RuleSetValidator.maxTotalPoints(capped));
    RuleSet zeroCap =
        rules(Banding.builder().addBands(band(0, 0, 0)).build())
            .domains(
                List.of(
                    Domain.builder()
                        .id(DomainId.of("care"))
                        .name("Care")
                        .cap(0)
                        .addQuestions(Question.builder().id(QuestionId.of("a")).text("A").addOptions(option("yes", 5)).build())
                        .build()))
            .build();
    assertEquals(List.of(), problems(zeroCap));
    assertEquals(0, RuleSetValidator.maxTotalPoints(zeroCap));
  }

  @Test
  void theLargestOptionOfEachQuestionCountsTowardsTheTotal() {
    // Options out of order: the largest (7) must count, not the last (2); a question of only 0 counts 0.
    RuleSet rules =
        rules(Banding.builder().addBands(band(0, 6, 0)).build())
            .domains(
                List.of(
                    Domain.builder()
                        .id(DomainId.of("care"))
                        .name("Care")
                        .addQuestions(
                            Question.builder().id(QuestionId.of("a")).text("A").addOptions(option("x", 7), option("y", 2)).build(),
                            Question.builder().id(QuestionId.of("b")).text("B").addOptions(option("z", 0)).build())
                        .build()))
            .build();
    assertEquals(7, RuleSetValidator.maxTotalPoints(rules));
    assertEquals(
        List.of(
            "pricing.bands[0].to: totals 7 to 7 are in no band; the questionnaire can score up to 7"
                + " (leave out 'to' on the last band to make it open-ended)"),
        problems(rules));
  }

  @Test
  void exactlyTheLargestSupportedTotalIsAcceptedAndOneMoreIsNot() {
    RuleSet atLimit = rules(PricePerPoint.of(BigDecimal.ONE)).domains(List.of(oneQuestion(100_000))).build();
    assertEquals(List.of(), problems(atLimit));
    RuleSet over = rules(PricePerPoint.of(BigDecimal.ONE)).domains(List.of(oneQuestion(100_001))).build();
    assertEquals(
        List.of("domains: the questionnaire can score 100001 points; at most 100000 are supported"),
        problems(over));
  }

  private static Domain oneQuestion(int points) {
    return Domain.builder()
        .id(DomainId.of("care"))
        .name("Care")
        .addQuestions(Question.builder().id(QuestionId.of("a")).text("A").addOptions(option("x", points)).build())
        .build();
  }

  @Test
  void aGapOfOneTotalIsNamedAsOneAndBandsEndingExactlyAtTheMaximumAreEnough() {
    RuleSet oneGap =
        rules(Banding.builder().addBands(band(0, 3, 0), band(5, 10, 100)).build()).build();
    assertEquals(
        List.of("pricing.bands[1].from: gap: total 4 is in no band (expected from: 4)"), problems(oneGap));
    RuleSet exact =
        rules(Banding.builder().addBands(band(0, 3, 0), band(4, 4, 100), band(5, 10, 100)).build()).build();
    assertEquals(List.of(), problems(exact));
    RuleSet oneShort = rules(Banding.builder().addBands(band(0, 9, 0)).build()).build();
    assertEquals(
        List.of(
            "pricing.bands[0].to: totals 10 to 10 are in no band; the questionnaire can score up to 10"
                + " (leave out 'to' on the last band to make it open-ended)"),
        problems(oneShort));
  }

  @Test
  void anEarlyOpenBandIsReadAsOneTotalSoTheNextBandFollowsIt() {
    RuleSet bad =
        rules(Banding.builder().addBands(band(0, null, 0), band(1, null, 100)).build()).build();
    assertEquals(
        List.of("pricing.bands[0].to: only the last band may be open-ended (no 'to')"), problems(bad));
    RuleSet negative = rules(Banding.builder().addBands(band(0, null, -1)).build()).build();
    assertEquals(List.of("pricing.bands[0].weekly: -£0.01 is negative"), problems(negative));
    RuleSet empty = rules(Banding.builder().build()).build();
    assertEquals(List.of("pricing.bands: a banding table needs at least one band"), problems(empty));
    RuleSet noPoints = rules(Interpolation.builder().build()).build();
    assertEquals(List.of("pricing.interpolation: interpolation needs at least one point"), problems(noPoints));
  }

  @Test
  void equalAmountsAndContingencyAndFloorAtTheirLimitsAreAccepted() {
    RuleSet flat =
        rules(Banding.builder().addBands(band(0, 4, 100), band(5, null, 100)).build()).build();
    assertEquals(List.of(), problems(flat));
    RuleSet flatInterpolation =
        rules(
                Interpolation.builder()
                    .addPoints(InterpolationPoint.of(0, Money.ofPence(100)), InterpolationPoint.of(5, Money.ofPence(100)))
                    .build())
            .build();
    assertEquals(List.of(), problems(flatInterpolation));
    RuleSet limits =
        rules(PricePerPoint.of(BigDecimal.ZERO))
            .pricing(
                Pricing.builder()
                    .method(PricePerPoint.of(BigDecimal.ZERO))
                    .contingencyPercent(new BigDecimal("99.99"))
                    .floor(Money.ofPence(400_00))
                    .ceiling(Ceiling.of(Money.ofPence(400_00), CeilingPolicy.CAP))
                    .build())
            .build();
    assertEquals(List.of(), problems(limits));
    RuleSet negativeContingency =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .pricing(
                Pricing.builder()
                    .method(PricePerPoint.of(BigDecimal.ONE))
                    .contingencyPercent(new BigDecimal("-0.5"))
                    .ceiling(Ceiling.of(Money.ofPence(1), CeilingPolicy.CAP))
                    .build())
            .build();
    assertEquals(
        List.of("pricing.contingencyPercent: -0.5 is outside 0 to less than 100 percent"),
        problems(negativeContingency));
  }

  /** Prices the 10-point questionnaire of {@link #rules} per point, with a floor. */
  private static RuleSet perPoint(String price, long floorPence) {
    return rules(PricePerPoint.of(new BigDecimal(price)))
        .pricing(
            Pricing.builder()
                .method(PricePerPoint.of(new BigDecimal(price)))
                .floor(Money.ofPence(floorPence))
                .build())
        .build();
  }

  @Test
  void aPricePerPointReachingExactlyTheLargestWeeklyAmountIsAcceptedAndAPennysWorthMoreIsNot() {
    // RuleSetValidator.MAX_WEEKLY is £1,000,000.00; the questionnaire scores at most 10 points:
    // £100,000.00 x 10 = £1,000,000.00 exactly; £100,000.001 x 10 = £1,000,000.01, a penny over.
    assertEquals(Money.ofPence(1_000_000_00L), RuleSetValidator.MAX_WEEKLY);
    assertEquals(List.of(), problems(perPoint("100000.00", 1_000_000_00L)));
    assertEquals(
        List.of(
            "pricing.pricePerPoint: £100000.001 per point for the 10 points the questionnaire can score makes"
                + " £1000000.01 a week; at most £1,000,000.00 a week is supported"),
        problems(perPoint("100000.001", 0)));
    // The floor alone: £1,000,000.01 is a penny over (a floor above the largest price is allowed).
    assertEquals(
        List.of("pricing.floor: £1,000,000.01 a week is above the most supported, £1,000,000.00 a week"),
        problems(perPoint("1", 1_000_000_01L)));
  }

  @Test
  void aStreamsOwnPriceOverTheLargestWeeklyAmountIsLocated() {
    // The second stream's £100,000.01 x 10 = £1,000,000.10; the first's £100,000.00 x 10 is exactly the most.
    RuleSet bad =
        funded(PricePerPoint.of(BigDecimal.ONE), StreamShare.builder().stream(SC).build())
            .addStreams(
                FundingStream.builder().id(SC).name("SC").pricePerPoint(new BigDecimal("100000.00")).build(),
                FundingStream.builder().id(SP).name("SP").pricePerPoint(new BigDecimal("100000.01")).build())
            .build();
    assertEquals(
        List.of(
            "streams[1].pricePerPoint: £100000.01 per point for the 10 points the questionnaire can score makes"
                + " £1000000.10 a week; at most £1,000,000.00 a week is supported"),
        problems(bad));
  }

  @Test
  void aBandOrAKnotOverTheLargestWeeklyAmountIsLocatedAndOneAtItIsAccepted() {
    RuleSet bands =
        rules(Banding.builder().addBands(band(0, 4, 1_000_000_00L), band(5, null, 1_000_000_01L)).build()).build();
    assertEquals(
        List.of("pricing.bands[1].weekly: £1,000,000.01 a week is above the most supported, £1,000,000.00 a week"),
        problems(bands));
    RuleSet knots =
        rules(
                Interpolation.builder()
                    .addPoints(
                        InterpolationPoint.of(0, Money.ofPence(1_000_000_00L)),
                        InterpolationPoint.of(10, Money.ofPence(1_000_000_01L)))
                    .build())
            .build();
    assertEquals(
        List.of(
            "pricing.interpolation[1].weekly: £1,000,000.01 a week is above the most supported,"
                + " £1,000,000.00 a week"),
        problems(knots));
  }

  private static final StreamId SC = StreamId.of("sc");
  private static final StreamId SP = StreamId.of("sp");

  private static FundingStream stream(StreamId id, Long envelopePence) {
    FundingStream.Builder b = FundingStream.builder().id(id).name(id.value());
    if (envelopePence != null) {
      b.annualEnvelope(Money.ofPence(envelopePence));
    }
    return b.build();
  }

  private static RuleSet.Builder funded(PricingMethod method, StreamShare... shares) {
    RuleSet base = rules(method).build();
    return RuleSet.builder()
        .from(base)
        .domains(List.of(base.domains().get(0).withFunding(shares)));
  }

  @Test
  void validStreamsAndPoolsHaveNoProblems() {
    RuleSet ok =
        funded(
                PricePerPoint.of(BigDecimal.ONE),
                StreamShare.builder().stream(SC).share(BigDecimal.valueOf(40)).otherwise(SP).build(),
                StreamShare.builder().stream(SP).share(BigDecimal.valueOf(60)).build())
            .addStreams(
                FundingStream.builder().id(SC).name("SC").pricePerPoint(BigDecimal.ZERO).annualEnvelope(Money.zero()).build(),
                stream(SP, 100L))
            .addPools(
                PooledFund.builder()
                    .id("pool")
                    .name("Pool")
                    .addStreams(SC, SP)
                    .reservePercent(BigDecimal.valueOf(100))
                    .reservedFor(SP)
                    .build(),
                PooledFund.builder().id("none").name("No reserve").addStreams(SP).build())
            .build();
    assertEquals(List.of(), problems(ok));
  }

  @Test
  void streamsAreCheckedOneByOne() {
    RuleSet bad =
        funded(PricePerPoint.of(BigDecimal.ONE), StreamShare.builder().stream(SC).build())
            .addStreams(
                FundingStream.builder()
                    .id(SC)
                    .name("SC")
                    .pricePerPoint(new BigDecimal("-0.50"))
                    .annualEnvelope(Money.ofPence(-1))
                    .build(),
                stream(SC, null))
            .build();
    assertEquals(
        List.of(
            "streams[0].pricePerPoint: price -0.50 is negative",
            "streams[0].annualEnvelope: -£0.01 is negative",
            "streams[1].id: duplicate stream id 'sc'"),
        problems(bad));
  }

  @Test
  void aStreamsOwnPriceNeedsPricingPerPoint() {
    RuleSet bad =
        funded(Banding.builder().addBands(band(0, null, 100)).build(), StreamShare.builder().stream(SC).build())
            .addStreams(FundingStream.builder().id(SC).name("SC").pricePerPoint(BigDecimal.ONE).build())
            .build();
    assertEquals(
        List.of(
            "streams[0].pricePerPoint: a stream's own price per point needs pricing by pricePerPoint;"
                + " this rule set uses a banding table of 1 band"),
        problems(bad));
  }

  @Test
  void fundingMustNameDeclaredStreamsInSharesThatAddUpTo100() {
    RuleSet noStreams =
        funded(PricePerPoint.of(BigDecimal.ONE), StreamShare.builder().stream(SC).build()).build();
    assertEquals(
        List.of("domains[0].funding: funding names streams, but the rule set declares no streams"),
        problems(noStreams));

    RuleSet noFunding =
        rules(PricePerPoint.of(BigDecimal.ONE)).addStreams(stream(SC, null)).build();
    assertEquals(
        List.of(
            "domains[0].funding: domain 'care' has no funding; every domain needs it when the rule set"
                + " declares streams"),
        problems(noFunding));

    RuleSet bad =
        funded(
                PricePerPoint.of(BigDecimal.ONE),
                StreamShare.builder().stream(StreamId.of("ghost")).share(BigDecimal.ZERO).otherwise(StreamId.of("nobody")).build(),
                StreamShare.builder().stream(SC).share(new BigDecimal("100.5")).otherwise(SC).build(),
                StreamShare.builder().stream(SP).share(new BigDecimal("-2.5")).build())
            .addStreams(stream(SC, null), stream(SP, null), stream(SP, null))
            .build();
    assertEquals(
        List.of(
            "streams[2].id: duplicate stream id 'sp'",
            "domains[0].funding[0].stream: unknown stream 'ghost'; declared: sc, sp",
            "domains[0].funding[0].otherwise: unknown stream 'nobody'; declared: sc, sp",
            "domains[0].funding[0].share: 0 is outside more than 0 to 100 percent",
            "domains[0].funding[1].otherwise: 'sc' is the stream itself; name another stream",
            "domains[0].funding[1].share: 100.5 is outside more than 0 to 100 percent",
            "domains[0].funding[2].share: -2.5 is outside more than 0 to 100 percent",
            "domains[0].funding: the shares of domain 'care' add up to 98%; expected 100%"),
        problems(bad));

    RuleSet short50 =
        funded(PricePerPoint.of(BigDecimal.ONE), StreamShare.builder().stream(SC).share(new BigDecimal("50.50")).build())
            .addStreams(stream(SC, null))
            .build();
    assertEquals(
        List.of("domains[0].funding: the shares of domain 'care' add up to 50.5%; expected 100%"),
        problems(short50));
  }

  @Test
  void poolsMustNameDeclaredStreamsWithEnvelopesAndAReserveItsStream() {
    RuleSet bad =
        funded(PricePerPoint.of(BigDecimal.ONE), StreamShare.builder().stream(SC).build())
            .addStreams(stream(SC, 100L), stream(SP, null))
            .addPools(
                PooledFund.builder()
                    .id("p")
                    .name("P")
                    .addStreams(SC, SC, SP, StreamId.of("ghost"))
                    .reservePercent(new BigDecimal("-1"))
                    .reservedFor(StreamId.of("elsewhere"))
                    .build(),
                PooledFund.builder().id("p").name("Again").reservePercent(new BigDecimal("100.01")).build(),
                PooledFund.builder().id("q").name("Q").addStreams(SC).reservePercent(new BigDecimal("0.01")).build())
            .build();
    assertEquals(
        List.of(
            "pools[0].streams[1]: stream 'sc' is listed twice",
            "pools[0].streams[2]: stream 'sp' has no annualEnvelope to contribute to the pool",
            "pools[0].streams[3]: unknown stream 'ghost'; declared: sc, sp",
            "pools[0].reservePercent: -1 is outside 0 to 100 percent",
            "pools[0].reservedFor: stream 'elsewhere' does not contribute to this pool",
            "pools[1].id: duplicate pool id 'p'",
            "pools[1].streams: a pool needs at least one stream",
            "pools[1].reservePercent: 100.01 is outside 0 to 100 percent",
            "pools[1].reservedFor: a reserve needs the stream it is reserved for",
            "pools[2].reservedFor: a reserve needs the stream it is reserved for"),
        problems(bad));
  }

  @Test
  void aPoolNamingStreamsWhenNoneAreDeclaredSaysSo() {
    RuleSet bad =
        rules(PricePerPoint.of(BigDecimal.ONE))
            .addPools(PooledFund.builder().id("p").name("P").addStreams(SC).build())
            .build();
    assertEquals(
        List.of("pools[0].streams[0]: unknown stream 'sc'; the rule set declares no streams"), problems(bad));
  }
}
