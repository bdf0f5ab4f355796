package uk.ras.plan;

import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.StreamId;

/**
 * What one funding stream pays of a plan's cost, or the part no stream the person is eligible for pays
 * (no stream); with the part of the person's contribution taken against it once the plan is agreed.
 * Each item's cost is split equally among the needs it meets, and each need's part among the streams as
 * the indicative budget attributed that domain (the rule's shares, the person's eligibility, a
 * practitioner's decision), every split by {@link uk.ras.money.Apportionment}, so the portions add up
 * exactly to the cost. Immutable and thread-safe. Made only by the engine.
 */
public final class StreamPortion {
  private final Optional<StreamId> stream;
  private final String name;
  private final boolean chargeable;
  private final Money weekly;
  private final Money annual;
  private final Money personContribution;

  StreamPortion(Optional<StreamId> stream, String name, boolean chargeable, Money weekly, Money annual, Money personContribution) {
    this.stream = Objects.requireNonNull(stream, "stream");
    this.name = Objects.requireNonNull(name, "name");
    this.chargeable = chargeable;
    this.weekly = Objects.requireNonNull(weekly, "weekly");
    this.annual = Objects.requireNonNull(annual, "annual");
    this.personContribution = Objects.requireNonNull(personContribution, "personContribution");
  }

  /** {@return the stream; empty for the part no stream the person is eligible for pays} */
  public Optional<StreamId> stream() {
    return stream;
  }

  /** {@return the stream's name, or "no stream (unfunded need)"; never null} */
  public String name() {
    return name;
  }

  /** {@return whether the person may be charged towards it (not for section 117 after-care)} */
  public boolean chargeable() {
    return chargeable;
  }

  /** {@return what it pays a week; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return what it pays in the plan's year; never null} */
  public Money annual() {
    return annual;
  }

  /**
   * {@return the part of the person's weekly contribution taken against it, shared among the chargeable
   * portions in proportion to their weekly amounts; zero before the plan is agreed and for a stream free
   * to the person; never null}
   */
  public Money personContribution() {
    return personContribution;
  }

  StreamPortion withPersonContribution(Money contribution) {
    return new StreamPortion(stream, name, chargeable, weekly, annual, contribution);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StreamPortion)) {
      return false;
    }
    StreamPortion s = (StreamPortion) o;
    return stream.equals(s.stream)
        && name.equals(s.name)
        && chargeable == s.chargeable
        && weekly.equals(s.weekly)
        && annual.equals(s.annual)
        && personContribution.equals(s.personContribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stream, name, chargeable, weekly, annual, personContribution);
  }

  @Override
  public String toString() {
    return "StreamPortion[stream=" + stream.map(StreamId::toString).orElse("") + ", name=" + name + ", chargeable=" + chargeable
        + ", weekly=" + weekly + ", annual=" + annual + ", personContribution=" + personContribution + "]";
  }
}
