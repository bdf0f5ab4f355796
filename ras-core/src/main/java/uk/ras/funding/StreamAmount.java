package uk.ras.funding;

import uk.ras.ruleset.StreamId;

import java.math.BigDecimal;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * What one funding stream pays of a budget. A budget's stream amounts add up exactly to its weekly and
 * annual amounts. Immutable and thread-safe.
 *
 * @param stream not null
 * @param name the stream's name, not null
 * @param points the points attributed to the stream (a share of a domain may make a fraction), not null
 * @param weekly not null
 * @param annual not null
 */
public record StreamAmount(StreamId stream, String name, BigDecimal points, Money weekly, Money annual) {
  public StreamAmount {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(weekly, "weekly");
    Objects.requireNonNull(annual, "annual");
  }
}
