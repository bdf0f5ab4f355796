package uk.ras.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * A time band (weekday day, evening, weekend, bank holiday, night) that changes an hourly rate: either
 * a multiplier ({@code base x 1.5}) or an amount added to every hour ({@code base + £1.00}). The banded
 * rate is rounded to the penny with the rate file's mode (an added amount needs no rounding). Immutable
 * and thread-safe.
 */
public final class TimeBand {
  private final String name;
  private final BigDecimal multiplier;
  private final Money plus;

  private TimeBand(String name, BigDecimal multiplier, Money plus) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a time band's name must not be blank");
    }
    this.multiplier = multiplier;
    this.plus = plus;
  }

  /**
   * A band that multiplies the hourly rate.
   *
   * @param name such as "weekend", not null, not blank
   * @param multiplier such as {@code 1.5}, not null; whether it is negative is checked with the version
   * @return the band, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static TimeBand multiplier(String name, BigDecimal multiplier) {
    return new TimeBand(name, Objects.requireNonNull(multiplier, "multiplier"), null);
  }

  /**
   * A band that adds an amount to every hour.
   *
   * @param name such as "evening", not null, not blank
   * @param plus the amount added per hour, not null; whether it is negative is checked with the version
   * @return the band, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static TimeBand plus(String name, Money plus) {
    return new TimeBand(name, null, Objects.requireNonNull(plus, "plus"));
  }

  /** {@return the band's name; never null} */
  public String name() {
    return name;
  }

  /** {@return the multiplier; empty for a band that adds an amount} */
  public Optional<BigDecimal> multiplier() {
    return Optional.ofNullable(multiplier);
  }

  /** {@return the amount added per hour; empty for a multiplier} */
  public Optional<Money> plus() {
    return Optional.ofNullable(plus);
  }

  /** The banded rate: {@code base x multiplier} rounded to the penny, or {@code base + plus}. */
  Money apply(Money base, RoundingMode rounding) {
    return multiplier != null ? base.multipliedBy(multiplier, rounding) : base.plus(plus);
  }

  /** One line of explanation: "weekend: £21.20 x 1.5 = £31.80". */
  String explain(Money base, RoundingMode rounding) {
    Money banded = apply(base, rounding);
    if (multiplier != null) {
      BigDecimal exact = base.pounds().multiply(multiplier);
      if (exact.compareTo(banded.pounds()) == 0) {
        return name + ": " + base + " x " + Text.plain(multiplier) + " = " + banded + " an hour";
      }
      return name
          + ": "
          + base
          + " x "
          + Text.plain(multiplier)
          + " = "
          + Text.pounds(base.pounds().multiply(multiplier))
          + " = "
          + banded
          + " an hour (rounded "
          + Text.mode(rounding)
          + ")";
    }
    return name + ": " + base + " + " + plus + " = " + banded + " an hour";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TimeBand)) {
      return false;
    }
    TimeBand t = (TimeBand) o;
    return name.equals(t.name) && Objects.equals(multiplier, t.multiplier) && Objects.equals(plus, t.plus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, multiplier, plus);
  }

  @Override
  public String toString() {
    return "TimeBand[name="
        + name
        + (multiplier != null ? ", multiplier=" + Text.plain(multiplier) : ", plus=" + plus)
        + "]";
  }
}
