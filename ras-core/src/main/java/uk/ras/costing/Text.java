package uk.ras.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the costing explanations write exact decimals, percentages and rounding modes. */
final class Text {
  private Text() {}

  /** An exact decimal without trailing zeros or exponent: 1.25, 0.75, 15.896397. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** Percentage points as written: 12.07%, 3%. */
  static String percent(BigDecimal points) {
    return plain(points) + "%";
  }

  /**
   * Exact pounds with at least two decimals and every further decimal the value has: £12.71, £1.534097,
   * £1,413.125.
   * An explanation shows the exact figure that is about to be rounded, not a rounded one.
   */
  static String pounds(BigDecimal pounds) {
    BigDecimal p = pounds.stripTrailingZeros();
    if (p.scale() < 2) {
      p = p.setScale(2);
    }
    String s = p.abs().toPlainString();
    int point = s.indexOf('.');
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(s.charAt(i));
    }
    // Grouped like Money's own text, so that exact and rounded figures read alike: £1,413.125, £1,413.13.
    return (p.signum() < 0 ? "-£" : "£") + grouped + s.substring(point);
  }

  /**
   * An exact quotient in pounds: all its decimals when it ends within ten, else the first ten and an
   * ellipsis (the rounding to the penny that follows uses the exact quotient, not these digits).
   */
  static String quotient(BigDecimal dividend, BigDecimal divisor) {
    try {
      return pounds(dividend.divide(divisor));
    } catch (ArithmeticException nonTerminating) {
      return pounds(dividend.divide(divisor, 10, RoundingMode.DOWN)) + "...";
    }
  }

  /** A rounding mode as a person reads it: half-up, half-even, down. */
  static String mode(RoundingMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
