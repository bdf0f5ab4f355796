package uk.ras.funding;

import uk.ras.ruleset.StreamId;

import java.math.BigDecimal;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * What one funding stream pays of a budget, and how much of the person's weekly contribution is taken
 * against it. A budget's stream amounts add up exactly to its weekly and annual amounts, and their
 * contributions to the person's contribution. Immutable and thread-safe. Made only by the engine.
 */
public final class StreamAmount {
  private final StreamId stream;
  private final String name;
  private final BigDecimal points;
  private final Money weekly;
  private final Money annual;
  private final Money personContribution;

  StreamAmount(StreamId stream, String name, BigDecimal points, Money weekly, Money annual) {
    this(stream, name, points, weekly, annual, Money.zero());
  }

  StreamAmount(
      StreamId stream, String name, BigDecimal points, Money weekly, Money annual, Money personContribution) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(weekly, "weekly");
    Objects.requireNonNull(annual, "annual");
    Objects.requireNonNull(personContribution, "personContribution");
    this.stream = stream;
    this.name = name;
    this.points = points;
    this.weekly = weekly;
    this.annual = annual;
    this.personContribution = personContribution;
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

  /**
   * {@return the part of the person's weekly contribution taken against this stream; zero for a stream
   * free to the person, such as section 117 after-care; never null} The person's contribution is shared
   * among the chargeable streams in proportion to their weekly amounts.
   */
  public Money personContribution() {
    return personContribution;
  }

  /**
   * {@return this amount with the part of the person's contribution taken against it}
   *
   * @param contribution not null
   */
  StreamAmount withPersonContribution(Money contribution) {
    return new StreamAmount(stream, name, points, weekly, annual, contribution);
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
        && annual.equals(other.annual)
        && personContribution.equals(other.personContribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stream, name, points, weekly, annual, personContribution);
  }

  @Override
  public String toString() {
    return "StreamAmount[" + "stream=" + stream + ", " + "name=" + name + ", " + "points=" + points + ", " + "weekly=" + weekly + ", " + "annual=" + annual + ", " + "personContribution=" + personContribution + "]";
  }
}
