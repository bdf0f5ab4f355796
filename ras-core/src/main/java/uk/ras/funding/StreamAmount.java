package uk.ras.funding;

import uk.ras.ruleset.StreamId;

import java.math.BigDecimal;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * What one funding stream pays of a budget. A budget's stream amounts add up exactly to its weekly and
 * annual amounts. Immutable and thread-safe. Made only by the engine.
 */
public final class StreamAmount {
  private final StreamId stream;
  private final String name;
  private final BigDecimal points;
  private final Money weekly;
  private final Money annual;

  StreamAmount(StreamId stream, String name, BigDecimal points, Money weekly, Money annual) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(weekly, "weekly");
    Objects.requireNonNull(annual, "annual");
    this.stream = stream;
    this.name = name;
    this.points = points;
    this.weekly = weekly;
    this.annual = annual;
  }

  /** {@return the stream; never null} */
  public StreamId stream() {
    return stream;
  }

  /** {@return the stream's name, never null} */
  public String name() {
    return name;
  }

  /** {@return the points attributed to the stream (a share of a domain may make a fraction), never null} */
  public BigDecimal points() {
    return points;
  }

  /** {@return what the stream pays a week; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return what the stream pays a year; never null} */
  public Money annual() {
    return annual;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StreamAmount)) {
      return false;
    }
    StreamAmount other = (StreamAmount) o;
    return stream.equals(other.stream)
        && name.equals(other.name)
        && points.equals(other.points)
        && weekly.equals(other.weekly)
        && annual.equals(other.annual);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stream, name, points, weekly, annual);
  }

  @Override
  public String toString() {
    return "StreamAmount[" + "stream=" + stream + ", " + "name=" + name + ", " + "points=" + points + ", " + "weekly=" + weekly + ", " + "annual=" + annual + "]";
  }
}
