package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.funding.StreamAttribution;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.RuleSet;

/**
 * The words that say who pays for each share of need, when the first-named stream is the second declared
 * and the fallback the first (so both indexes are tried, including 0).
 */
class FundingReasonsTest {
  static final StreamId ADULT = StreamId.of("adult");
  static final StreamId BETTER = StreamId.of("better");
  static final StreamId OPEN = StreamId.of("open");

  /** Personal care: Better care, otherwise Adult care. Safety: Open access, anyone. */
  static RuleSet rules() {
    RuleSet base = Testshire.rules();
    Domain care =
        base.domains().get(0).withFunding(StreamShare.builder().stream(BETTER).otherwise(ADULT).build());
    Domain safety = base.domains().get(1).withFunding(StreamShare.builder().stream(OPEN).build());
    return base.withDomains(care, safety)
        .withStreams(
            FundingStream.builder().id(ADULT).name("Adult care").eligibility(StreamEligibility.requiring(FacsBand.LOW, false)).build(),
            FundingStream.builder().id(BETTER).name("Better care").eligibility(StreamEligibility.requiring(null, true)).build(),
            FundingStream.builder().id(OPEN).name("Open access").build());
  }

  private static List<StreamAttribution> attributions(Eligibility eligibility) {
    Assessment a =
        Assessment.builder("P1")
            .answer("pc_wash", "some")
            .answer("pc_dress", "none")
            .answer("sf_home", "some")
            .answer("informal", "none")
            .eligibility(eligibility)
            .build();
    return Calculator.compile(rules()).allocate(a, Detail.EXPLAINED).explanation().orElseThrow().attributions();
  }

  @Test
  void theFallbackTakesThePointsWhenTheFirstStreamIsNotMet() {
    List<StreamAttribution> moderate = attributions(Eligibility.of(FacsBand.MODERATE, null));
    assertEquals(
        "not eligible for Better care (needs Care Act eligible; person: FACS moderate), so Adult care",
        moderate.get(0).reason());
    assertEquals(Optional.of(ADULT), moderate.get(0).paidBy());
    assertEquals(0, new BigDecimal("3").compareTo(moderate.get(0).points()));
    assertEquals("Open access (open to anyone)", moderate.get(1).reason());
    assertEquals(Optional.of(OPEN), moderate.get(1).paidBy());
  }

  @Test
  void withNeitherStreamMetThePointsAreUnfundedAndBothRequirementsAreNamed() {
    List<StreamAttribution> unknown = attributions(Eligibility.unknown());
    assertEquals(
        "not eligible for Better care (needs Care Act eligible; person: no eligibility facts) nor for Adult"
            + " care (needs FACS low or above): unfunded",
        unknown.get(0).reason());
    assertEquals(Optional.empty(), unknown.get(0).paidBy());
  }
}
