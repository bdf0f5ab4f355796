package uk.ras.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;
import uk.ras.ruleset.DomainId;

/**
 * How a domain's points were reached: the sum of its answers, the cap, then the informal-support
 * adjustment. Immutable and thread-safe. Made only by the engine.
 */
public final class DomainTrace {
  private final DomainId domain;
  private final String name;
  private final int rawPoints;
  private final OptionalInt cap;
  private final int cappedPoints;
  private final BigDecimal informalShare;
  private final int points;

  DomainTrace(DomainId domain, String name, int rawPoints, OptionalInt cap, int cappedPoints, BigDecimal informalShare, int points) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(informalShare, "informalShare");
    this.domain = domain;
    this.name = name;
    this.rawPoints = rawPoints;
    this.cap = cap;
    this.cappedPoints = cappedPoints;
    this.informalShare = informalShare;
    this.points = points;
  }

  /** {@return the domain; never null} */
  public DomainId domain() {
    return domain;
  }

  /** {@return the domain's name, never null} */
  public String name() {
    return name;
  }

  /** {@return the sum of the domain's answer points} */
  public int rawPoints() {
    return rawPoints;
  }

  /** {@return the domain's cap, if it has one; never null} */
  public OptionalInt cap() {
    return cap;
  }

  /** {@return {@code min(rawPoints, cap)}} */
  public int cappedPoints() {
    return cappedPoints;
  }

  /** {@return the share of need met by informal support applied to this domain (0 when none), never null} */
  public BigDecimal informalShare() {
    return informalShare;
  }

  /** {@return the domain's points after the adjustment: {@code round(cappedPoints * (1 - share))}} */
  public int points() {
    return points;
  }

  /** {@return whether the cap reduced the points} */
  public boolean capApplied() {
    return cappedPoints < rawPoints;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DomainTrace)) {
      return false;
    }
    DomainTrace other = (DomainTrace) o;
    return domain.equals(other.domain)
        && name.equals(other.name)
        && rawPoints == other.rawPoints
        && cap.equals(other.cap)
        && cappedPoints == other.cappedPoints
        && informalShare.equals(other.informalShare)
        && points == other.points;
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, name, rawPoints, cap, cappedPoints, informalShare, points);
  }

  @Override
  public String toString() {
    return "DomainTrace[" + "domain=" + domain + ", " + "name=" + name + ", " + "rawPoints=" + rawPoints + ", " + "cap=" + cap + ", " + "cappedPoints=" + cappedPoints + ", " + "informalShare=" + informalShare + ", " + "points=" + points + "]";
  }
}
