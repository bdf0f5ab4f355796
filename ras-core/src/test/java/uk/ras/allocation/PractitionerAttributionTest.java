package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.assessment.PractitionerAttribution;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamAmounts;
import uk.ras.money.Money;
import uk.ras.pricing.AmountStep;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * A practitioner's attribution, worked out by hand on FundingTest's Testshire with two streams (£5.00 a
 * point, 10% contingency): safety lets a practitioner choose between social care and Supporting People;
 * by default it is half social care (Supporting People below the threshold) and half Supporting People.
 */
class PractitionerAttributionTest {
  private static final StreamId SC = FundingTest.SC;
  private static final StreamId SP = FundingTest.SP;
  private static final DomainId SAFETY = DomainId.of("safety");

  static RuleSet rules() {
    RuleSet base = FundingTest.rules(true);
    return base.withDomains(base.domains().get(0), base.domains().get(1).withPractitionerChoice(SC, SP));
  }

  /** Personal care 5 points (11 capped at 10, halved by informal support), safety 4 points. */
  private static Assessment.Builder story(FacsBand band) {
    return Assessment.builder("P1")
        .answer("pc_wash", "all")
        .answer("pc_dress", "all")
        .answer("sf_home", "some")
        .answer("informal", "half")
        .eligibility(Eligibility.of(band, null));
  }

  @Test
  void aPractitionerSendsSafetyWhollyToSupportingPeopleAndTheBudgetStaysTheSame() {
    // Default: social care 5 + 2 = 7 points, £35.00 less 10% = £31.50; SP 2 points, £10.00 less 10% = £9.00.
    // Chosen: social care 5 points, £25.00 less £2.50 = £22.50; SP 4 points, £20.00 less £2.00 = £18.00.
    // Both £40.50 a week; a year £40.50 x 52 = £2,106.00, shared 22.50 : 18.00 = £1,170.00 and £936.00.
    Calculator c = Calculator.compile(rules());
    Budget byDefault = c.allocate(story(FacsBand.SUBSTANTIAL).build());
    Budget chosen =
        c.allocate(story(FacsBand.SUBSTANTIAL).attribution("safety", PractitionerAttribution.whole(SP)).build());
    assertEquals(Money.ofPence(40_50), byDefault.weekly());
    assertEquals(Money.ofPence(40_50), chosen.weekly());
    assertEquals(
        List.of(
            StreamAmounts.amount(SC, "Social care", new BigDecimal("5"), Money.ofPence(22_50), Money.ofPence(1_170_00)),
            StreamAmounts.amount(SP, "Supporting People", new BigDecimal("4"), Money.ofPence(18_00), Money.ofPence(936_00))),
        chosen.streams());
    String text = chosen.explanation().orElseThrow().toText();
    assertTrue(
        text.contains(
            "\n  Safety: 4 points to Supporting People: a practitioner's decision for this person (may choose"
                + " among Social care, Supporting People; the rule set's default: 50% Social care (otherwise"
                + " Supporting People), 50% Supporting People)\n"),
        text);
    // Personal care keeps the rule set's attribution.
    assertTrue(text.contains("\n  Personal care: 5 points to Social care: eligible ("), text);
  }

  @Test
  void aPractitionerSharesSafetyAQuarterToSocialCareAndThreeQuartersToSupportingPeople() {
    // Safety 4 points: 25% = 1 point social care, 75% = 3 points SP. Social care 6 points, £30.00 less
    // £3.00 = £27.00; SP 3 points, £15.00 less £1.50 = £13.50; £40.50 in all.
    Map<StreamId, BigDecimal> shares = new LinkedHashMap<>();
    shares.put(SC, new BigDecimal("25"));
    shares.put(SP, new BigDecimal("75"));
    Budget b =
        Calculator.compile(rules())
            .allocate(story(FacsBand.CRITICAL).attribution("safety", PractitionerAttribution.shares(shares)).build());
    assertEquals(Money.ofPence(27_00), b.streams().get(0).weekly());
    assertEquals(Money.ofPence(13_50), b.streams().get(1).weekly());
    String text = b.explanation().orElseThrow().toText();
    assertTrue(text.contains("\n  Safety: 1 point (25%) to Social care: a practitioner's decision"), text);
    assertTrue(text.contains("\n  Safety: 3 points (75%) to Supporting People: a practitioner's decision"), text);
  }

  @Test
  void sharesMustAddUpToExactlyTheWhole() {
    Map<StreamId, BigDecimal> shares = new LinkedHashMap<>();
    shares.put(SC, new BigDecimal("33.33"));
    shares.put(SP, new BigDecimal("66.66"));
    assertEquals(
        "the shares add up to 99.99%; expected exactly 100%",
        assertThrows(IllegalArgumentException.class, () -> PractitionerAttribution.shares(shares)).getMessage());
    assertEquals(
        "the share of 'social_care' is 0%; expected more than 0 and at most 100",
        assertThrows(
                IllegalArgumentException.class,
                () -> PractitionerAttribution.shares(Map.of(SC, BigDecimal.ZERO, SP, BigDecimal.valueOf(100))))
            .getMessage());
    assertEquals(
        PractitionerAttribution.whole(SC), PractitionerAttribution.shares(Map.of(SC, new BigDecimal("100.00"))));
  }

  @Test
  void aChoiceOfAStreamThePersonIsNotEligibleForIsRefusedAtItsDomain() {
    // FACS moderate is below social care's threshold (substantial): a practitioner cannot send need there.
    Assessment a = story(FacsBand.MODERATE).attribution("safety", PractitionerAttribution.whole(SC)).build();
    InvalidAssessmentException e =
        assertThrows(InvalidAssessmentException.class, () -> Calculator.compile(rules()).allocate(a));
    assertEquals(
        List.of(
            new AssessmentProblem(
                AssessmentProblem.Kind.NOT_ELIGIBLE_FOR_STREAM,
                SAFETY,
                "social_care",
                "domain 'safety': the practitioner chose 'social_care', but the person is not eligible for"
                    + " Social care (needs FACS substantial or above, or Care Act eligible; person: FACS moderate)")),
        e.problems());
  }

  @Test
  void aChoiceWhereTheRuleSetAllowsNoneOrOfAnotherStreamIsRefusedWithEveryOtherProblem() {
    Assessment a =
        story(FacsBand.CRITICAL)
            .answer("pc_wash", "lots")
            .attribution("personal_care", PractitionerAttribution.whole(SP))
            .attribution("safety", PractitionerAttribution.whole(StreamId.of("nhs")))
            .attribution("housing", PractitionerAttribution.whole(SP))
            .build();
    InvalidAssessmentException e =
        assertThrows(InvalidAssessmentException.class, () -> Calculator.compile(rules()).encode(a));
    assertEquals(
        List.of(
            "question 'pc_wash' has no option 'lots'; expected one of [none, some, all]",
            "domain 'personal_care': testshire 1 lets no practitioner choose who pays for it (its funding always"
                + " applies: Social care); the attribution was supporting_people",
            "domain 'safety': a practitioner may choose 'social_care' or 'supporting_people', not 'nhs'",
            "a practitioner's attribution for domain 'housing', which testshire 1 does not have"),
        e.problems().stream().map(AssessmentProblem::message).toList());
    assertEquals(
        List.of(QuestionId.of("pc_wash")),
        e.problems().stream().flatMap(p -> p.question().stream()).toList());
    assertEquals(
        List.of(DomainId.of("personal_care"), SAFETY, DomainId.of("housing")),
        e.problems().stream().flatMap(p -> p.domain().stream()).toList());
    // Without streams, no practitioner chooses who pays at all.
    InvalidAssessmentException none =
        assertThrows(
            InvalidAssessmentException.class,
            () -> Calculator.compile(Testshire.rules()).encode(story(FacsBand.CRITICAL).attribution("safety", PractitionerAttribution.whole(SP)).build()));
    assertEquals(AssessmentProblem.Kind.STREAM_NOT_ALLOWED, none.problems().get(0).kind());
  }

  /**
   * Two domains of one point each, £1.003 a point, rounded HALF_UP; streams A and B open to anyone. By
   * default both domains go to A: 2 x £1.003 = £2.006, £2.01. A practitioner sends the second to B: A 1
   * x £1.003 = £1.00, B the same, £2.00: a penny less, only by the rounding of each stream's pennies.
   * The budget is raised to the default's £2.01, the penny shared by the streams' amounts, 1.00 : 1.00, a
   * tie that goes to the earlier stream: A £1.01, B £1.00.
   */
  @Test
  void whenTheStreamsPenniesRoundAChoiceDownTheBudgetIsRaisedToTheDefaults() {
    StreamId a = StreamId.of("a");
    StreamId b = StreamId.of("b");
    RuleSet rules =
        RuleSet.builder()
            .id("pennies")
            .name("Pennies")
            .version("1")
            .effectiveFrom(LocalDate.of(2026, 4, 1))
            .rounding(RoundingMode.HALF_UP)
            .addDomains(domain("d", a, List.of()), domain("e", a, List.of(a, b)))
            .pricing(Pricing.builder().method(PricePerPoint.of(new BigDecimal("1.003"))).build())
            .addStreams(
                FundingStream.builder().id(a).name("A").build(), FundingStream.builder().id(b).name("B").build())
            .build();
    assertEquals(List.of(), RuleSetValidator.validate(rules));
    Calculator c = Calculator.compile(rules);
    Assessment.Builder person = Assessment.builder("P").answer("q_d", "one").answer("q_e", "one");
    assertEquals(Money.ofPence(2_01), c.allocate(person.build()).weekly());
    Budget chosen = c.allocate(person.attribution("e", PractitionerAttribution.whole(b)).build());
    assertEquals(Money.ofPence(2_01), chosen.weekly());
    assertEquals(List.of(Money.ofPence(1_01), Money.ofPence(1_00)), chosen.streams().stream().map(StreamAmount::weekly).toList());
    AmountStep last = chosen.explanation().orElseThrow().steps().get(chosen.explanation().orElseThrow().steps().size() - 1);
    assertEquals("practitionerChoice", last.rule());
    assertEquals(Money.ofPence(1), last.change());
    assertTrue(last.description().startsWith("raised to £2.01 (from £2.00), shared among the streams:"), last.description());
    assertEquals(Set.of(), chosen.flags());
  }

  private static Domain domain(String id, StreamId funding, List<StreamId> choice) {
    return Domain.builder()
        .id(DomainId.of(id))
        .name(id)
        .addQuestions(
            Question.builder()
                .id(QuestionId.of("q_" + id))
                .text(id)
                .addOptions(Testshire.option("none", "None", 0), Testshire.option("one", "One", 1))
                .build())
        .addFunding(StreamShare.builder().stream(funding).build())
        .practitionerChoice(choice)
        .build();
  }

  @Test
  void theRuleSetsChoicesAreValidatedWithTheirPlaces() {
    RuleSet good = rules();
    Domain care = good.domains().get(0);
    Domain safety = good.domains().get(1);
    RuleSet bad =
        good.withDomains(
                care.withPractitionerChoice(StreamId.of("nhs"), SP, SP),
                safety.withPractitionerChoice(SP))
            .withStreams(good.streams().get(0), good.streams().get(1).withPricePerPoint(new BigDecimal("4.50")));
    assertEquals(
        List.of(
            "domains[0].practitionerChoice[0]: unknown stream 'nhs'; declared: social_care, supporting_people",
            "domains[0].practitionerChoice[2]: stream 'supporting_people' is listed twice",
            "domains[0].practitionerChoice: the domain's funding names 'social_care', not among the streams a"
                + " practitioner may choose; the default must be a choice a practitioner could make",
            "domains[1].practitionerChoice: the domain's funding names 'social_care', not among the streams a"
                + " practitioner may choose; the default must be a choice a practitioner could make"),
        RuleSetValidator.validate(bad).stream().map(Object::toString).toList());
    RuleSet dearer =
        good.withStreams(good.streams().get(0), good.streams().get(1).withPricePerPoint(new BigDecimal("4.50")));
    assertEquals(
        List.of(
            "domains[1].practitionerChoice[1]: 'supporting_people' prices a point at £4.50 and 'social_care' at"
                + " £5.00; a practitioner decides who pays, never how much, so the streams to choose among must"
                + " price a point alike"),
        RuleSetValidator.validate(dearer).stream().map(Object::toString).toList());
    assertEquals(
        List.of("domains[1].practitionerChoice: a practitioner's choice names streams, but the rule set declares no streams"),
        RuleSetValidator.validate(
                Testshire.rules()
                    .withDomains(Testshire.rules().domains().get(0), Testshire.rules().domains().get(1).withPractitionerChoice(SC)))
            .stream()
            .map(Object::toString)
            .toList());
  }
}
