package uk.ras.costing;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.ras.money.PeriodConversion;

/**
 * A council's rates over time: versions that are each in force from one date to another (they change
 * every April), with one rounding mode and one number of weeks a year for them all. No two versions
 * cover the same day, so on any covered date exactly one is in force ({@link #inForce(LocalDate)}); a
 * date no version covers is an error, never a silent default. Immutable and thread-safe.
 *
 * <p><b>Rounding.</b> Exactly three steps round to the penny, each with {@link #rounding()}: a built-up
 * hourly rate, once, before a band applies; a rate after its band; and each cost-plan line's weekly
 * cost. Nothing else rounds, except an annual figure where the weeks a year are not whole (365/7,
 * 365.25/7; see {@link PeriodConversion}).
 */
public final class Rates {
  private final String name;
  private final RoundingMode rounding;
  private final PeriodConversion weeksPerYear;
  private final List<RateVersion> versions;

  private Rates(String name, RoundingMode rounding, PeriodConversion weeksPerYear, List<RateVersion> versions) {
    this.name = name;
    this.rounding = rounding;
    this.weeksPerYear = weeksPerYear;
    this.versions = versions;
  }

  /**
   * Rates made of versions.
   *
   * @param name such as "Northshire 2026", not null, not blank
   * @param rounding how the three rounding steps round, not null, not {@link RoundingMode#UNNECESSARY}
   * @param weeksPerYear how weekly costs become annual ones, not null
   * @param versions not null, not empty, no nulls; kept in the order given
   * @return the rates, never null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws InvalidCostingException if there are no versions, {@code rounding} is {@code UNNECESSARY}
   *     (nearly every rate needs rounding), or two versions cover the same day (paths {@code
   *     versions[i].from}, naming the other)
   */
  public static Rates of(
      String name, RoundingMode rounding, PeriodConversion weeksPerYear, List<RateVersion> versions) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(weeksPerYear, "weeksPerYear");
    List<RateVersion> list = List.copyOf(versions);
    if (name.isBlank()) {
      throw new IllegalArgumentException("rates need a name");
    }
    List<CostingProblem> problems = new ArrayList<>();
    if (rounding == RoundingMode.UNNECESSARY) {
      problems.add(new CostingProblem("rounding", "UNNECESSARY is not allowed: nearly every built-up or banded rate needs rounding; expected HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN, CEILING or FLOOR"));
    }
    if (list.isEmpty()) {
      problems.add(new CostingProblem("versions", "rates need at least one version"));
    }
    for (int i = 0; i < list.size(); i++) {
      for (int j = 0; j < i; j++) {
        RateVersion a = list.get(j);
        RateVersion b = list.get(i);
        if (!b.from().isAfter(a.to()) && !a.from().isAfter(b.to())) {
          LocalDate first = b.from().isAfter(a.from()) ? b.from() : a.from();
          problems.add(
              new CostingProblem(
                  "versions[" + i + "].from",
                  "versions["
                      + i
                      + "] ("
                      + range(b)
                      + ") overlaps versions["
                      + j
                      + "] ("
                      + range(a)
                      + ") from "
                      + first
                      + "; each day may be in one version only"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCostingException("rates \"" + name + "\"", problems);
    }
    return new Rates(name, rounding, weeksPerYear, list);
  }

  /** {@return the rates' name; never null} */
  public String name() {
    return name;
  }

  /** {@return the rounding mode of every rounding step; never null} */
  public RoundingMode rounding() {
    return rounding;
  }

  /** {@return how weekly costs become annual ones; never null} */
  public PeriodConversion weeksPerYear() {
    return weeksPerYear;
  }

  /** {@return the versions, in the order given; never null, never empty} */
  public List<RateVersion> versions() {
    return versions;
  }

  /**
   * The rates in force on {@code date}.
   *
   * @param date not null
   * @return the one version covering {@code date}, with the rounding and weeks a year; never null
   * @throws NoRatesInForceException if no version covers {@code date}; its message lists the ranges
   *     that are covered
   */
  public RateCard inForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (RateVersion v : versions) {
      if (v.covers(date)) {
        return new RateCard(this, v);
      }
    }
    throw new NoRatesInForceException(name, date, covered());
  }

  /** {@return the ranges covered, earliest first, such as "2026-04-01 to 2027-03-31"; never null} */
  public List<String> covered() {
    return versions.stream()
        .sorted(Comparator.comparing(RateVersion::from))
        .map(Rates::range)
        .collect(Collectors.toList());
  }

  static String range(RateVersion v) {
    return v.from() + " to " + v.to();
  }

  @Override
  public String toString() {
    return "Rates " + name + " (" + String.join(", ", covered()) + ")";
  }
}
