package uk.ras.allocation;

import java.util.Objects;
import uk.ras.ruleset.DomainId;

/**
 * The points a domain contributes to a budget, after its cap and the informal-support adjustment.
 * Immutable and thread-safe.
 *
 * @param domain not null
 * @param points zero or more
 */
public record DomainPoints(DomainId domain, int points) {
  public DomainPoints {
    Objects.requireNonNull(domain, "domain");
  }
}
