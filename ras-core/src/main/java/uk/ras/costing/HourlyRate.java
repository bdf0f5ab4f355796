package uk.ras.costing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * An hourly rate of a staff type, optionally in a band, with how it was reached line by line. Made by
 * {@link RateCard}. Immutable and thread-safe.
 */
public final class HourlyRate {
  private final String staffType;
  private final Optional<String> band;
  private final Money base;
  private final Money rate;
  private final List<String> explanation;

  HourlyRate(String staffType, Optional<String> band, Money base, Money rate, List<String> explanation) {
    this.staffType = staffType;
    this.band = band;
    this.base = base;
    this.rate = rate;
    this.explanation = List.copyOf(explanation);
  }

  /** {@return the staff type; never null} */
  public String staffType() {
    return staffType;
  }

  /** {@return the band; empty for the base rate} */
  public Optional<String> band() {
    return band;
  }

  /** {@return the staff type's base rate: as given, or the build-up rounded to the penny; never null} */
  public Money base() {
    return base;
  }

  /** {@return the rate in its band, rounded to the penny; the base rate when there is no band; never null} */
  public Money rate() {
    return rate;
  }

  /** {@return the build-up and band, one step a line, ending with the rate; never null} */
  public List<String> explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HourlyRate)) {
      return false;
    }
    HourlyRate h = (HourlyRate) o;
    return staffType.equals(h.staffType)
        && band.equals(h.band)
        && base.equals(h.base)
        && rate.equals(h.rate)
        && explanation.equals(h.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(staffType, band, base, rate, explanation);
  }

  @Override
  public String toString() {
    return "HourlyRate[staffType="
        + staffType
        + ", band="
        + band.orElse("")
        + ", base="
        + base
        + ", rate="
        + rate
        + ", explanation="
        + explanation
        + "]";
  }
}
