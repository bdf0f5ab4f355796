package uk.ras.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a rule set turns a weekly amount into an annual one, declared once per rule set.
 *
 * <p>{@code annual = weekly * weeksPerYear}, rounded to the penny with the rule set's rounding mode, where
 * {@code weeksPerYear} is an exact fraction: 52, 365/7 (a 365-day year, about 52.14 weeks) or 1461/28
 * (365.25 days, allowing for leap years, about 52.18 weeks). Weekly amounts are the base: the engine
 * prices per week and derives the annual figure from it, never the other way round.
 */
public enum PeriodConversion {
  /** 52 weeks a year, exactly: the usual council convention. */
  WEEKS_52(52, 1, "52 weeks"),
  /** 365 / 7 weeks a year. */
  DAYS_365(365, 7, "365/7 weeks"),
  /** 365.25 / 7 = 1461 / 28 weeks a year. */
  DAYS_365_25(1461, 28, "365.25/7 weeks");

  private final long numerator;
  private final long denominator;
  private final String description;

  PeriodConversion(long numerator, long denominator, String description) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.description = description;
  }

  /**
   * Converts a weekly amount to an annual one.
   *
   * @param weekly not null
   * @param rounding not null
   * @return {@code weekly * weeksPerYear}, rounded to the penny; never null
   */
  public Money annual(Money weekly, RoundingMode rounding) {
    return scale(weekly, numerator, denominator, rounding);
  }

  /**
   * Converts an annual amount to a weekly one: {@code annual / weeksPerYear}, rounded to the penny.
   * Since a year is more than one week, {@code weekly(annual(w)) == w} for every weekly amount {@code
   * w} under the rounding modes HALF_UP, HALF_DOWN and HALF_EVEN.
   *
   * @param annual not null
   * @param rounding not null
   * @return the weekly amount, never null
   */
  public Money weekly(Money annual, RoundingMode rounding) {
    return scale(annual, denominator, numerator, rounding);
  }

  /** {@return weeks per year as a person reads it, such as "52 weeks" or "365/7 weeks"; never null} */
  public String description() {
    return description;
  }

  private static Money scale(Money amount, long multiplier, long divisor, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    long pence = amount.pence();
    // Whole pence times at most 1,461 stay within a long for any real amount: integer arithmetic, the
    // same result as the exact decimal below (held to it by MoneyProperties), without making objects.
    if (Math.abs(pence) <= Long.MAX_VALUE / multiplier) {
      return Money.ofPence(FixedPoint.divide(pence * multiplier, divisor, rounding));
    }
    BigInteger product = BigInteger.valueOf(pence).multiply(BigInteger.valueOf(multiplier));
    return Money.ofPence(
        new BigDecimal(product)
            .divide(BigDecimal.valueOf(divisor), 0, rounding)
            .longValueExact());
  }
}
