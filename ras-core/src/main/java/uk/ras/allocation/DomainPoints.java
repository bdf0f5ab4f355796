package uk.ras.allocation;

import java.util.Objects;
import uk.ras.ruleset.DomainId;

/**
 * The points a domain contributes to a budget, after its cap and the informal-support adjustment.
 * Immutable and thread-safe. Made only by the engine.
 */
public final class DomainPoints {
  private final DomainId domain;
  private final int points;

  DomainPoints(DomainId domain, int points) {
    Objects.requireNonNull(domain, "domain");
    this.domain = domain;
    this.points = points;
  }

  /** {@return the domain; never null} */
  public DomainId domain() {
    return domain;
  }

  /** {@return the domain's points after caps and informal support; zero or more} */
  public int points() {
    return points;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DomainPoints)) {
      return false;
    }
    DomainPoints other = (DomainPoints) o;
    return domain.equals(other.domain)
        && points == other.points;
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, points);
  }

  @Override
  public String toString() {
    return "DomainPoints[" + "domain=" + domain + ", " + "points=" + points + "]";
  }
}
