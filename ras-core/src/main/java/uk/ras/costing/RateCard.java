package uk.ras.costing;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * The rates in force on a date: one {@link RateVersion} with its rates' rounding mode and weeks a year,
 * able to say every hourly rate and how it was reached. Made by {@link Rates#inForce(LocalDate)}.
 * Immutable and thread-safe.
 */
public final class RateCard {
  private final Rates rates;
  private final RateVersion version;

  RateCard(Rates rates, RateVersion version) {
    this.rates = rates;
    this.version = version;
  }

  /** {@return the rates' name; never null} */
  public String ratesName() {
    return rates.name();
  }

  /** {@return the version in force; never null} */
  public RateVersion version() {
    return version;
  }

  /** {@return the rounding mode of every rounding step; never null} */
  public RoundingMode rounding() {
    return rates.rounding();
  }

  /** {@return how weekly costs become annual ones; never null} */
  public PeriodConversion weeksPerYear() {
    return rates.weeksPerYear();
  }

  /**
   * The base hourly rate of a staff type, before any band: the given rate, or the build-up rounded to
   * the penny once.
   *
   * @param staffType one of the version's staff types, not null
   * @return the rate and how it was reached, never null
   * @throws IllegalArgumentException if {@code staffType} is not one of the version's, naming them
   */
  public HourlyRate hourly(String staffType) {
    return rate(staffType, null);
  }

  /**
   * The hourly rate of a staff type in a band: the base rate ({@link #hourly(String)}) changed by the
   * band and rounded to the penny.
   *
   * @param staffType one of the version's staff types, not null
   * @param band one of the version's bands, not null
   * @return the rate and how it was reached, never null
   * @throws IllegalArgumentException if {@code staffType} or {@code band} is unknown, naming the known
   */
  public HourlyRate hourly(String staffType, String band) {
    return rate(staffType, Objects.requireNonNull(band, "band"));
  }

  /**
   * The hourly rate of a waking night: the version's waking-night staff type in its band.
   *
   * @return the rate; empty when the version prices no waking nights
   */
  public Optional<HourlyRate> wakingNight() {
    return version.wakingNightStaff().map(s -> rate(s, version.wakingNightBand().orElse(null)));
  }

  HourlyRate rate(String staffType, String band) {
    Objects.requireNonNull(staffType, "staffType");
    StaffRate staff = version.staff().get(staffType);
    if (staff == null) {
      throw new IllegalArgumentException(
          "unknown staff type \"" + staffType + "\"" + RateVersion.expected(List.copyOf(version.staff().keySet())));
    }
    TimeBand timeBand = null;
    if (band != null) {
      timeBand = version.bands().get(band);
      if (timeBand == null) {
        throw new IllegalArgumentException(
            "unknown band \"" + band + "\"" + RateVersion.expected(List.copyOf(version.bands().keySet())));
      }
    }
    RoundingMode rounding = rates.rounding();
    List<String> explanation = new ArrayList<>();
    Money base;
    if (staff.buildUp().isPresent()) {
      base = staff.buildUp().get().hourly(rounding);
      explanation.addAll(staff.buildUp().get().explanation(staffType, rounding));
    } else {
      base = staff.givenHourly().orElseThrow();
      explanation.add(staffType + ": " + base + " an hour, as given");
    }
    Money rate = base;
    if (timeBand != null) {
      rate = timeBand.apply(base, rounding);
      explanation.add("  " + timeBand.explain(base, rounding));
    }
    return new HourlyRate(staffType, Optional.ofNullable(band), base, rate, explanation);
  }

  @Override
  public String toString() {
    return "RateCard " + rates.name() + " " + Rates.range(version);
  }
}
