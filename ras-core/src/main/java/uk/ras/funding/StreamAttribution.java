package uk.ras.funding;

import uk.ras.ruleset.StreamId;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.ras.ruleset.DomainId;

/**
 * Where one share of a domain's points went, and why: to the stream the rule names, to its {@code
 * otherwise} stream because the person is not eligible, or nowhere (unfunded); or, where a practitioner
 * decided who pays for this person, to the stream they chose. Immutable and thread-safe. Made only by the
 * engine.
 */
public final class StreamAttribution {
  private final DomainId domain;
  private final StreamId stream;
  private final BigDecimal share;
  private final BigDecimal points;
  private final Optional<StreamId> paidBy;
  private final String reason;
  private final boolean practitionerDecision;

  StreamAttribution(DomainId domain, StreamId stream, BigDecimal share, BigDecimal points, Optional<StreamId> paidBy, String reason) {
    this(domain, stream, share, points, paidBy, reason, false);
  }

  StreamAttribution(
      DomainId domain,
      StreamId stream,
      BigDecimal share,
      BigDecimal points,
      Optional<StreamId> paidBy,
      String reason,
      boolean practitionerDecision) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(paidBy, "paidBy");
    Objects.requireNonNull(reason, "reason");
    this.domain = domain;
    this.stream = stream;
    this.share = share;
    this.points = points;
    this.paidBy = paidBy;
    this.reason = reason;
    this.practitionerDecision = practitionerDecision;
  }

  /** {@return the domain; never null} */
  public DomainId domain() {
    return domain;
  }

  /** {@return the stream the rule names first, or the stream the practitioner chose; never null} */
  public StreamId stream() {
    return stream;
  }

  /** {@return the rule's (or the practitioner's) percentage of the domain's points, never null} */
  public BigDecimal share() {
    return share;
  }

  /** {@return the points of this share, never null} */
  public BigDecimal points() {
    return points;
  }

  /** {@return the stream that takes the points; empty when they are unfunded} */
  public Optional<StreamId> paidBy() {
    return paidBy;
  }

  /** {@return the rule and the eligibility that decided it, in words; never null} */
  public String reason() {
    return reason;
  }

  /**
   * {@return whether a practitioner decided this share for this person, rather than the rule set's
   * funding of the domain}
   */
  public boolean practitionerDecision() {
    return practitionerDecision;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StreamAttribution)) {
      return false;
    }
    StreamAttribution other = (StreamAttribution) o;
    return domain.equals(other.domain)
        && stream.equals(other.stream)
        && share.equals(other.share)
        && points.equals(other.points)
        && paidBy.equals(other.paidBy)
        && reason.equals(other.reason)
        && practitionerDecision == other.practitionerDecision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, stream, share, points, paidBy, reason, practitionerDecision);
  }

  @Override
  public String toString() {
    return "StreamAttribution[" + "domain=" + domain + ", " + "stream=" + stream + ", " + "share=" + share + ", " + "points=" + points + ", " + "paidBy=" + paidBy + ", " + "reason=" + reason + ", " + "practitionerDecision=" + practitionerDecision + "]";
  }
}
