package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Eligibility;
import uk.ras.funding.StreamAllocator;
import uk.ras.money.Money;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/** The cliff edges of small rule sets with two funding streams, worked by hand. */
class CliffEdgesTest {
  private static final StreamId SC = StreamId.of("social_care");
  private static final StreamId SP = StreamId.of("supporting_people");
  private static final DomainId CARE = DomainId.of("care");
  private static final DomainId DAILY = DomainId.of("daily");
  private static final DomainId HOUSING = DomainId.of("housing");
  private static final Eligibility SUBSTANTIAL = Eligibility.of(FacsBand.SUBSTANTIAL, null);
  private static final Eligibility MODERATE = Eligibility.of(FacsBand.MODERATE, null);

  /**
   * Care (0 to 6 points) paid by social care (FACS substantial and up); daily living (0 to 4) by social
   * care, otherwise Supporting People (anyone); housing (0 to 4) by Supporting People. Up to 14 points.
   */
  private static RuleSet rules(Pricing pricing) {
    return RuleSet.builder().id("two-streams").name("Two streams").version("1").effectiveFrom(LocalDate.of(2026, 4, 1))
        .addDomains(
            domain(CARE, 6, StreamShare.builder().stream(SC).build()),
            domain(DAILY, 4, StreamShare.builder().stream(SC).otherwise(SP).build()),
            domain(HOUSING, 4, StreamShare.builder().stream(SP).build()))
        .addStreams(
            FundingStream.builder().id(SC).name("Adult social care")
                .eligibility(StreamEligibility.requiring(FacsBand.SUBSTANTIAL, false)).build(),
            FundingStream.builder().id(SP).name("Supporting People").pricePerPoint(new BigDecimal("3.00")).build())
        .pricing(pricing)
        .build();
  }

  private static Domain domain(DomainId id, int most, StreamShare funding) {
    List<AnswerOption> options = new ArrayList<>();
    for (int p = 0; p <= most; p++) {
      options.add(AnswerOption.builder().id(OptionId.of("o" + p)).label(p + " points").points(p).build());
    }
    return Domain.builder().id(id).name(id.value())
        .addQuestions(Question.builder().id(QuestionId.of(id.value() + "_q")).text("?").addAllOptions(options).build())
        .addFunding(funding)
        .build();
  }

  /** Bands 0-4 £40, 5-9 £90, 10 and up £150; 10% contingency; a ceiling of £120 that caps. */
  private static final RuleSet BANDED = rules(Pricing.builder()
      .method(Banding.builder()
          .addBands(Band.of(0, OptionalInt.of(4), Money.parse("40")), Band.of(5, OptionalInt.of(9), Money.parse("90")),
              Band.of(10, OptionalInt.empty(), Money.parse("150")))
          .build())
      .contingencyPercent(BigDecimal.TEN)
      .ceiling(Ceiling.of(Money.parse("120"), CeilingPolicy.CAP))
      .build());

  @Test
  void aBandedRuleSetWithTwoStreamsByHand() {
    // The streams' funded points are priced together (a band belongs to the total), less 10%, capped at £120:
    //   0 points            £0.00 (no funded need, no budget)
    //   1 to 4 points       £40 − £4.00  = £36.00
    //   5 to 9 points       £90 − £9.00  = £81.00
    //   10 to 14 points     £150 − £15.00 = £135.00, capped at £120.00
    // A band is flat, so a point's worth is nothing and the threshold a penny. Three steps, the same
    // whichever stream pays the point (Supporting People's own £3.00 applies only to a price per point):
    //   4 → 5    £36.00 → £81.00   +£45.00 a week, 52 × 45 = £2,340.00 a year
    //   9 → 10   £81.00 → £120.00  +£39.00 a week, 52 × 39 = £2,028.00 a year
    //   0 → 1    £0.00 → £36.00    +£36.00 a week, 52 × 36 = £1,872.00 a year
    // FACS moderate: not eligible for social care; Supporting People pays daily living (otherwise) and
    // housing; care is unfunded, so social care reports nothing.
    Money penny = Money.parse("0.01");
    assertEquals(List.of(
            new CliffEdge(SP, "Supporting People", List.of(DAILY, HOUSING), 4, Money.parse("36"), Money.parse("81"),
                Money.parse("2340"), penny),
            new CliffEdge(SP, "Supporting People", List.of(DAILY, HOUSING), 9, Money.parse("81"), Money.parse("120"),
                Money.parse("2028"), penny),
            new CliffEdge(SP, "Supporting People", List.of(DAILY, HOUSING), 0, Money.zero(), Money.parse("36"),
                Money.parse("1872"), penny)),
        CliffEdges.of(BANDED, List.of(MODERATE), 10));
    // FACS substantial: social care pays care and daily living, Supporting People housing. Largest first,
    // then by stream id (social_care before supporting_people); at most 2 a stream.
    List<CliffEdge> substantial = CliffEdges.of(BANDED, List.of(SUBSTANTIAL), 2);
    assertEquals(List.of("social_care 4 [care, daily] 45.00", "supporting_people 4 [housing] 45.00",
            "social_care 9 [care, daily] 39.00", "supporting_people 9 [housing] 39.00"),
        substantial.stream().map(e -> e.stream().orElseThrow() + " " + e.points() + " " + e.domains() + " "
            + e.weeklyJump().pounds()).toList());
    // Both people together: social care as for the substantial, Supporting People pays all three domains'
    // points for one or the other.
    assertEquals(List.of(CARE, DAILY), CliffEdges.of(BANDED, List.of(SUBSTANTIAL, MODERATE), 1).get(0).domains());
    assertEquals(List.of(DAILY, HOUSING), CliffEdges.of(BANDED, List.of(SUBSTANTIAL, MODERATE), 1).get(1).domains());
    // Nobody eligible for anything that pays a domain: no streams, no edges, for an empty caseload too.
    assertEquals(List.of(), CliffEdges.of(BANDED, List.of(), 10));

    // What the allocator pays the moderate person with care 6, daily 0, housing 4: 4 funded points
    // (care unfunded), £36.00; one more daily-living point makes 5, £81.00: the £45.00 edge at 4.
    StreamAllocator allocator = StreamAllocator.of(BANDED);
    assertEquals(Money.parse("36"), allocator.allocate(new int[] {6, 0, 4}, MODERATE, false).weekly());
    assertEquals(Money.parse("81"), allocator.allocate(new int[] {6, 1, 4}, MODERATE, false).weekly());
  }

  @Test
  void aPricePerPointWithAStreamsOwnPriceAndAFloorByHand() {
    // £4.85 a point (Supporting People £3.00), 5% contingency, a £45.00 floor, a ceiling of £420 that refers.
    // A point's worth: £4.85 + 1p = £4.86 for social care, £3.00 + 1p = £3.01 for Supporting People. One
    // point is £4.85 − £0.24 = £4.61 (social care) or £3.00 − £0.15 = £2.85 (Supporting People), both
    // below the £45.00 floor: the only cliff edge of each is 0 → 1, £0.00 → £45.00, £2,340.00 a year.
    // Every later step is at most a point's worth (the floor holds it to £0.00 until the points pass it).
    RuleSet rules = rules(Pricing.builder().method(PricePerPoint.of(new BigDecimal("4.85")))
        .contingencyPercent(BigDecimal.valueOf(5)).floor(Money.parse("45"))
        .ceiling(Ceiling.of(Money.parse("420"), CeilingPolicy.REFER)).build());
    assertEquals(List.of(
            new CliffEdge(SC, "Adult social care", List.of(CARE, DAILY), 0, Money.zero(), Money.parse("45"),
                Money.parse("2340"), Money.parse("4.86")),
            new CliffEdge(SP, "Supporting People", List.of(DAILY, HOUSING), 0, Money.zero(), Money.parse("45"),
                Money.parse("2340"), Money.parse("3.01"))),
        CliffEdges.largest(rules, 10));
  }
}
