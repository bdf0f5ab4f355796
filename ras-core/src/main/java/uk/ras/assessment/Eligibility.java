package uk.ras.assessment;

import uk.ras.ruleset.StreamEligibility;

import uk.ras.ruleset.FacsBand;

import java.util.Objects;
import java.util.Optional;

/**
 * The eligibility facts of an assessment: a FACS band, a Care Act determination, both or neither, and
 * whether the person is entitled to after-care under section 117 of the Mental Health Act 1983. Funding
 * streams declare which facts they require; a rule set's section 117 streams fund only people entitled to
 * after-care. Eligibility is a fact about the person, recorded by the assessor; it is never worked out
 * from points, and so never from points reduced by informal support. Immutable and thread-safe.
 */
public final class Eligibility {
  private static final Eligibility UNKNOWN = new Eligibility(null, null, false);

  private final FacsBand facsBand;
  private final CareActDetermination careAct;
  private final boolean section117;
  /**
   * Worked out once: funding streams look up their reasons for unfunded need by a person's eligibility,
   * once for every budget, and {@code Objects.hash} boxes and makes an array each time.
   */
  private final int hash;

  private Eligibility(FacsBand facsBand, CareActDetermination careAct, boolean section117) {
    this.facsBand = facsBand;
    this.careAct = careAct;
    this.section117 = section117;
    this.hash = Objects.hash(facsBand, careAct, section117);
  }

  /** {@return no facts recorded: eligible only for streams that require nothing; never null} */
  public static Eligibility unknown() {
    return UNKNOWN;
  }

  /**
   * Returns the facts recorded for an assessment.
   *
   * @param facsBand the FACS band, or null when not banded
   * @param careAct the Care Act determination, or null when not determined
   * @return the facts, with no entitlement to section 117 after-care; {@link #unknown()} when both are
   *     null; never null
   */
  public static Eligibility of(FacsBand facsBand, CareActDetermination careAct) {
    return facsBand == null && careAct == null ? UNKNOWN : new Eligibility(facsBand, careAct, false);
  }

  /**
   * {@return these facts with the person's entitlement to after-care under section 117 of the Mental
   * Health Act 1983 recorded; never null} The entitlement follows detention under certain sections of
   * that Act (3, 37, 45A, 47 or 48) and lasts until the council and the NHS decide together that the
   * person no longer needs after-care; the assessor records it, the library never infers it.
   *
   * @param entitled whether the person is entitled to section 117 after-care
   */
  public Eligibility withSection117Entitlement(boolean entitled) {
    if (entitled == section117) {
      return this;
    }
    return facsBand == null && careAct == null && !entitled
        ? UNKNOWN
        : new Eligibility(facsBand, careAct, entitled);
  }

  /** {@return whether the person is entitled to after-care under section 117 of the Mental Health Act 1983} */
  public boolean isSection117Entitled() {
    return section117;
  }

  /** {@return the FACS band the assessor recorded; empty when not banded} */
  public Optional<FacsBand> facsBand() {
    return Optional.ofNullable(facsBand);
  }

  /** {@return the Care Act determination recorded; empty when none was made} */
  public Optional<CareActDetermination> careAct() {
    return Optional.ofNullable(careAct);
  }

  /** {@return whether a Care Act determination is recorded and finds the person eligible} */
  public boolean isCareActEligible() {
    return careAct != null && careAct.isEligible();
  }

  /**
   * Whether these facts meet a funding stream's requirement: it requires nothing, or the person is Care
   * Act eligible and it accepts that, or the person's FACS band is at or above its threshold.
   *
   * @param requirement not null
   * @return true when the requirement is met
   */
  public boolean meets(StreamEligibility requirement) {
    if (requirement.isAnyone()) {
      return true;
    }
    if (requirement.careAct() && isCareActEligible()) {
      return true;
    }
    return requirement.facsFrom().isPresent()
        && facsBand != null
        && facsBand.isAtLeast(requirement.facsFrom().get());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Eligibility
        && Objects.equals(facsBand, ((Eligibility) o).facsBand)
        && Objects.equals(careAct, ((Eligibility) o).careAct)
        && section117 == ((Eligibility) o).section117;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    if (facsBand == null && careAct == null && !section117) {
      return "no eligibility facts";
    }
    StringBuilder s = new StringBuilder();
    if (facsBand != null) {
      s.append("FACS ").append(facsBand.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (careAct != null) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(careAct.isEligible() ? "Care Act eligible" : "not Care Act eligible");
    }
    if (section117) {
      s.append(s.length() > 0 ? ", " : "").append("entitled to section 117 after-care");
    }
    return s.toString();
  }
}
