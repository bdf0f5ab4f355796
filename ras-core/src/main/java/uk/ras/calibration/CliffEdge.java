package uk.ras.calibration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.StreamId;

/**
 * One step in what the rules pay that is more than a point is worth: one more funded point, paid by a
 * funding stream (or, for rules without streams, one more point of the whole budget), raises the weekly
 * amount by more than {@link #threshold()}. See {@link CliffEdges} for how the steps are found. Made only by
 * the engine.
 */
public final class CliffEdge {
  private final StreamId stream;
  private final String payer;
  private final List<DomainId> domains;
  private final int points;
  private final Money weeklyAt;
  private final Money weeklyNext;
  private final Money annualJump;
  private final Money threshold;

  // stream: null for rules without funding streams (the whole budget).
  CliffEdge(
      StreamId stream, String payer, List<DomainId> domains, int points, Money weeklyAt, Money weeklyNext,
      Money annualJump, Money threshold) {
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(weeklyAt, "weeklyAt");
    Objects.requireNonNull(weeklyNext, "weeklyNext");
    Objects.requireNonNull(annualJump, "annualJump");
    Objects.requireNonNull(threshold, "threshold");
    this.stream = stream;
    this.payer = payer;
    this.domains = List.copyOf(domains);
    this.points = points;
    this.weeklyAt = weeklyAt;
    this.weeklyNext = weeklyNext;
    this.annualJump = annualJump;
    this.threshold = threshold;
  }

  /** {@return the funding stream that pays the one more point; empty for rules without streams} */
  public Optional<StreamId> stream() {
    return Optional.ofNullable(stream);
  }

  /** {@return who pays the point, as a person reads it: the stream's name, or "the whole budget"; never null} */
  public String payer() {
    return payer;
  }

  /**
   * {@return the domains whose points the stream pays for the people considered, by id; every domain for
   * rules without streams; never null}
   */
  public List<DomainId> domains() {
    return domains;
  }

  /**
   * {@return the funded points before the step (the points a stream pays, all streams together; for rules
   * without streams, the total); the step is to {@code points + 1}}
   */
  public int points() {
    return points;
  }

  /** {@return the weekly amount at {@code points}, never null} */
  public Money weeklyAt() {
    return weeklyAt;
  }

  /** {@return the weekly amount at {@code points + 1}, never null} */
  public Money weeklyNext() {
    return weeklyNext;
  }

  /** {@return the step in the annual amounts, never null} */
  public Money annualJump() {
    return annualJump;
  }

  /** {@return {@code weeklyNext − weeklyAt}; never null} */
  public Money weeklyJump() {
    return weeklyNext.minus(weeklyAt);
  }

  /**
   * {@return one point's worth at the payer's price, a penny over (see {@link CliffEdges}): the step is more
   * than this; never null}
   */
  public Money threshold() {
    return threshold;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CliffEdge)) {
      return false;
    }
    CliffEdge other = (CliffEdge) o;
    return Objects.equals(stream, other.stream)
        && payer.equals(other.payer)
        && domains.equals(other.domains)
        && points == other.points
        && weeklyAt.equals(other.weeklyAt)
        && weeklyNext.equals(other.weeklyNext)
        && annualJump.equals(other.annualJump)
        && threshold.equals(other.threshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stream, payer, domains, points, weeklyAt, weeklyNext, annualJump, threshold);
  }

  @Override
  public String toString() {
    return "CliffEdge[stream=" + (stream == null ? "none" : stream) + ", payer=" + payer + ", points=" + points + ", weeklyAt=" + weeklyAt + ", weeklyNext="
        + weeklyNext + ", annualJump=" + annualJump + ", threshold=" + threshold + ", domains=" + domains + "]";
  }
}
