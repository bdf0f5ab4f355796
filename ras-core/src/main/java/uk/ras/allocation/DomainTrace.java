package uk.ras.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;
import uk.ras.ruleset.DomainId;

/**
 * How a domain's points were reached: the sum of its answers, the cap, then the informal-support
 * adjustment. Immutable and thread-safe.
 *
 * @param domain not null
 * @param name the domain's name, not null
 * @param rawPoints the sum of the domain's answer points
 * @param cap the domain's cap, if it has one; not null
 * @param cappedPoints {@code min(rawPoints, cap)}
 * @param informalShare the share of need met by informal support applied to this domain (0 when none),
 *     not null
 * @param points the domain's points after the adjustment: {@code round(cappedPoints * (1 - share))}
 */
public record DomainTrace(
    DomainId domain,
    String name,
    int rawPoints,
    OptionalInt cap,
    int cappedPoints,
    BigDecimal informalShare,
    int points) {
  public DomainTrace {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(informalShare, "informalShare");
  }

  /** Whether the cap reduced the points. */
  public boolean capApplied() {
    return cappedPoints < rawPoints;
  }
}
