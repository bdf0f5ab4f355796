package uk.ras.ruleset;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a funding stream requires of a person. Either nothing (anyone with the need, as Supporting People
 * for housing-related support), or any of: a FACS band from a threshold up; a Care Act eligibility
 * determination. A person meets the requirement when they meet <em>any</em> of the stated conditions,
 * so "social care from substantial up, or Care Act eligible" is {@code requiring(SUBSTANTIAL, true)}.
 * Immutable and thread-safe.
 */
public final class StreamEligibility {
  private static final StreamEligibility ANYONE = new StreamEligibility(null, false);

  private final FacsBand facsFrom;
  private final boolean careAct;

  private StreamEligibility(FacsBand facsFrom, boolean careAct) {
    this.facsFrom = facsFrom;
    this.careAct = careAct;
  }

  /** {@return no requirement: anyone with the need qualifies; never null} */
  public static StreamEligibility anyone() {
    return ANYONE;
  }

  /**
   * Eligible from a FACS band up, or when Care Act eligible, or either.
   *
   * @param facsFrom the lowest FACS band that qualifies, or null for none
   * @param careAct whether a Care Act eligibility determination qualifies
   * @return the requirement, {@link #anyone()} when neither is given; never null
   */
  public static StreamEligibility requiring(FacsBand facsFrom, boolean careAct) {
    return facsFrom == null && !careAct ? ANYONE : new StreamEligibility(facsFrom, careAct);
  }

  /** {@return the lowest FACS band that qualifies; empty when no FACS band does} */
  public Optional<FacsBand> facsFrom() {
    return Optional.ofNullable(facsFrom);
  }

  /** {@return whether a Care Act eligibility determination qualifies} */
  public boolean careAct() {
    return careAct;
  }

  /** {@return whether there is no requirement: neither a FACS band nor a Care Act determination needed} */
  public boolean isAnyone() {
    return facsFrom == null && !careAct;
  }

  /**
   * {@return the requirement in words, such as "FACS substantial or above, or Care Act eligible"; never null}
   */
  public String describe() {
    if (isAnyone()) {
      return "anyone";
    }
    String facs = facsFrom == null ? null : "FACS " + facsFrom.name().toLowerCase(Locale.ROOT) + " or above";
    if (facs != null && careAct) {
      return facs + ", or Care Act eligible";
    }
    return facs != null ? facs : "Care Act eligible";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StreamEligibility
        && Objects.equals(facsFrom, ((StreamEligibility) o).facsFrom)
        && careAct == ((StreamEligibility) o).careAct;
  }

  @Override
  public int hashCode() {
    return Objects.hash(facsFrom, careAct);
  }

  @Override
  public String toString() {
    return describe();
  }
}
