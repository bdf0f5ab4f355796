package uk.ras.assessment;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A determination under the Care Act 2014 national eligibility criteria (SI 2015/313, regulation 2(1)): an
 * adult is eligible when (a) the needs arise from or are related to a physical or mental impairment or
 * illness, (b) as a result the adult is unable to achieve two or more of the {@link CareActOutcome}s, and
 * (c) as a consequence there is, or is likely to be, a significant impact on the adult's wellbeing. "Unable"
 * includes achieving an outcome only with assistance, only with significant pain, distress or anxiety, only
 * by endangering someone, or only taking significantly longer than normal (regulation 2(3)). The
 * determination must ignore what a carer currently does. Immutable and thread-safe.
 *
 * @param unableToAchieve the outcomes the adult is unable to achieve, not null
 * @param arisesFromImpairmentOrIllness condition (a)
 * @param significantImpactOnWellbeing condition (c)
 */
public record CareActDetermination(
    Set<CareActOutcome> unableToAchieve,
    boolean arisesFromImpairmentOrIllness,
    boolean significantImpactOnWellbeing) {

  /** The least number of outcomes the adult must be unable to achieve: regulation 2(1)(b). */
  public static final int MINIMUM_OUTCOMES = 2;

  /**
   * Keeps an immutable copy of the outcomes.
   *
   * @param unableToAchieve the outcomes the adult is unable to achieve, not null
   * @param arisesFromImpairmentOrIllness condition (a)
   * @param significantImpactOnWellbeing condition (c)
   * @throws NullPointerException if {@code unableToAchieve} is null or holds null
   */
  public CareActDetermination {
    Objects.requireNonNull(unableToAchieve, "unableToAchieve");
    unableToAchieve =
        unableToAchieve.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(unableToAchieve));
  }

  /** {@return whether all three conditions hold} */
  public boolean isEligible() {
    return arisesFromImpairmentOrIllness
        && significantImpactOnWellbeing
        && unableToAchieve.size() >= MINIMUM_OUTCOMES;
  }
}
