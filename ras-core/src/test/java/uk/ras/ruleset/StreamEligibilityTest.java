package uk.ras.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.CareActDetermination;
import uk.ras.assessment.CareActOutcome;
import uk.ras.assessment.Eligibility;

/** Who a stream is for, in facts and in words. */
class StreamEligibilityTest {
  private static final Eligibility CARE_ACT =
      Eligibility.of(
          null, new CareActDetermination(EnumSet.of(CareActOutcome.NUTRITION, CareActOutcome.TOILET_NEEDS), true, true));

  @Test
  void requiringNothingIsAnyone() {
    assertSame(StreamEligibility.anyone(), StreamEligibility.requiring(null, false));
    assertTrue(StreamEligibility.anyone().isAnyone());
    assertEquals("anyone", StreamEligibility.anyone().describe());
    assertTrue(Eligibility.unknown().meets(StreamEligibility.anyone()));
    assertFalse(StreamEligibility.requiring(null, true).isAnyone());
    assertFalse(StreamEligibility.requiring(FacsBand.LOW, false).isAnyone());
  }

  @Test
  void aRequirementIsDescribedAndMetAsWritten() {
    StreamEligibility facs = StreamEligibility.requiring(FacsBand.SUBSTANTIAL, false);
    StreamEligibility careAct = StreamEligibility.requiring(null, true);
    StreamEligibility either = StreamEligibility.requiring(FacsBand.SUBSTANTIAL, true);
    assertEquals("FACS substantial or above", facs.describe());
    assertEquals("Care Act eligible", careAct.describe());
    assertEquals("FACS substantial or above, or Care Act eligible", either.describe());
    assertEquals("FACS substantial or above, or Care Act eligible", either.toString());
    assertEquals(Optional.of(FacsBand.SUBSTANTIAL), facs.facsFrom());
    assertEquals(Optional.empty(), careAct.facsFrom());
    assertTrue(careAct.careAct());
    assertFalse(facs.careAct());

    assertTrue(Eligibility.of(FacsBand.SUBSTANTIAL, null).meets(facs));
    assertTrue(Eligibility.of(FacsBand.CRITICAL, null).meets(facs));
    assertFalse(Eligibility.of(FacsBand.MODERATE, null).meets(facs));
    assertFalse(CARE_ACT.meets(facs));
    assertTrue(CARE_ACT.meets(careAct));
    assertFalse(Eligibility.of(FacsBand.CRITICAL, null).meets(careAct));
    assertTrue(CARE_ACT.meets(either));
    assertTrue(Eligibility.of(FacsBand.CRITICAL, null).meets(either));
    assertFalse(Eligibility.unknown().meets(either));
  }

  @Test
  void requirementsAreEqualByTheirFacts() {
    assertEquals(StreamEligibility.requiring(FacsBand.LOW, true), StreamEligibility.requiring(FacsBand.LOW, true));
    assertEquals(
        StreamEligibility.requiring(FacsBand.LOW, true).hashCode(), StreamEligibility.requiring(FacsBand.LOW, true).hashCode());
    assertNotEquals(StreamEligibility.requiring(FacsBand.LOW, true), StreamEligibility.requiring(FacsBand.LOW, false));
    assertNotEquals(StreamEligibility.requiring(FacsBand.LOW, true), StreamEligibility.requiring(FacsBand.MODERATE, true));
    assertNotEquals(StreamEligibility.requiring(FacsBand.LOW, true), "FACS low or above, or Care Act eligible");
  }

  @Test
  void streamIdsAreNotBlankAndSortByValue() {
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> StreamId.of(""));
    assertEquals("a stream id must not be blank", blank.getMessage());
    assertEquals(
        List.of(StreamId.of("a"), StreamId.of("b"), StreamId.of("c")),
        List.of(StreamId.of("c"), StreamId.of("a"), StreamId.of("b")).stream().sorted().toList());
    assertEquals("a", StreamId.of("a").toString());
  }
}
