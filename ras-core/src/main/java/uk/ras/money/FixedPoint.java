package uk.ras.money;

import java.math.RoundingMode;

/**
 * Division of whole numbers with a named rounding mode, giving exactly what {@code
 * BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(divisor), 0, mode)} gives, without making a
 * {@code BigDecimal}. Used where amounts are held as whole units of a fixed decimal scale (hundredths
 * of a point, pence) on the figures path.
 *
 * <p>This class has no state; it is thread-safe. Public only for the other packages of this module (the
 * package is not exported).
 */
public final class FixedPoint {
  private FixedPoint() {}

  /**
   * Divides {@code numerator} by {@code divisor}, rounding the exact quotient to a whole number.
   *
   * @param numerator any whole number, any sign
   * @param divisor more than zero
   * @param mode not null; how the exact quotient is rounded
   * @return the rounded quotient
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and the division is
   *     not exact
   */
  public static long divide(long numerator, long divisor, RoundingMode mode) {
    long quotient = numerator / divisor;
    long remainder = numerator % divisor;
    if (remainder == 0) {
      return quotient;
    }
    // Java's division truncates towards zero; away from zero is one more step in the exact result's sign.
    long away = numerator < 0 ? quotient - 1 : quotient + 1;
    switch (mode) {
      case DOWN:
        return quotient;
      case UP:
        return away;
      case FLOOR:
        return numerator < 0 ? away : quotient;
      case CEILING:
        return numerator < 0 ? quotient : away;
      case HALF_UP:
      case HALF_DOWN:
      case HALF_EVEN:
        {
          // |remainder| < divisor <= Long.MAX_VALUE / 2 (checked by callers), so twice it cannot overflow.
          int half = Long.compare(2 * Math.abs(remainder), divisor);
          if (half != 0) {
            return half > 0 ? away : quotient;
          }
          if (mode == RoundingMode.HALF_UP) {
            return away;
          }
          return mode == RoundingMode.HALF_DOWN || (quotient & 1) == 0 ? quotient : away;
        }
      case UNNECESSARY:
      default:
        throw new ArithmeticException("Rounding necessary");
    }
  }

  /** 10 to the power {@code exponent}, for exponents 0 to 18. */
  static long tenTo(int exponent) {
    if (exponent < 0 || exponent > 18) {
      throw new IllegalArgumentException("10^" + exponent + " does not fit a long");
    }
    long p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= 10;
    }
    return p;
  }
}
