package uk.ras.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of pounds sterling, held as a whole number of pence.
 *
 * <p>Money never rounds silently: every operation that could lose a fraction of a penny takes a
 * {@link RoundingMode}, and arithmetic that would overflow a {@code long} throws {@link
 * ArithmeticException} rather than wrapping. Amounts may be negative (a change, a reduction).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  private static final Money ZERO = new Money(0);

  private final long pence;

  private Money(long pence) {
    this.pence = pence;
  }

  /** {@return zero pounds; never null} */
  public static Money zero() {
    return ZERO;
  }

  /**
   * {@return the amount of {@code pence} pence; never null}
   *
   * @param pence the amount in pence, any sign
   */
  public static Money ofPence(long pence) {
    return pence == 0 ? ZERO : new Money(pence);
  }

  /**
   * Returns an amount stated in pounds, such as {@code 182.50}.
   *
   * @param pounds the amount in pounds, not null; at most two decimal places
   * @return the amount, never null
   * @throws ArithmeticException if {@code pounds} has a fraction of a penny or does not fit a long
   */
  public static Money ofPounds(BigDecimal pounds) {
    Objects.requireNonNull(pounds, "pounds");
    BigDecimal inPence = pounds.movePointRight(2);
    if (inPence.stripTrailingZeros().scale() > 0) {
      throw new ArithmeticException("Amount " + pounds.toPlainString() + " has a fraction of a penny");
    }
    return ofPence(inPence.longValueExact());
  }

  /**
   * Returns an amount stated in pounds, rounding to the penny with the given mode.
   *
   * @param pounds the amount in pounds, not null
   * @param rounding how to round a fraction of a penny, not null
   * @return the amount, never null
   * @throws ArithmeticException if the rounded amount does not fit a long, or {@code rounding} is
   *     {@link RoundingMode#UNNECESSARY} and rounding was needed
   */
  public static Money ofPounds(BigDecimal pounds, RoundingMode rounding) {
    Objects.requireNonNull(pounds, "pounds");
    Objects.requireNonNull(rounding, "rounding");
    return ofPence(pounds.movePointRight(2).setScale(0, rounding).longValueExact());
  }

  /**
   * Parses an amount in pounds such as {@code "182.50"} or {@code "-3"}.
   *
   * @param pounds the amount in pounds, not null; surrounding white space is ignored
   * @return the amount, never null
   * @throws NumberFormatException if the text is not a decimal number
   * @throws ArithmeticException if it has a fraction of a penny
   */
  public static Money parse(String pounds) {
    Objects.requireNonNull(pounds, "pounds");
    return ofPounds(new BigDecimal(pounds.trim()));
  }

  /**
   * {@return the sum of the amounts; zero for none; never null}
   *
   * @param amounts not null, no nulls
   * @throws ArithmeticException if the sum does not fit a long of pence
   */
  public static Money total(Iterable<Money> amounts) {
    long sum = 0;
    for (Money m : amounts) {
      sum = Math.addExact(sum, m.pence);
    }
    return ofPence(sum);
  }

  /** {@return the amount in pence} */
  public long pence() {
    return pence;
  }

  /** {@return the amount in pounds, at scale 2; never null} */
  public BigDecimal pounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  /**
   * {@return this amount plus {@code other}, exactly; never null}
   *
   * @param other not null
   * @throws ArithmeticException if the sum does not fit a long of pence
   */
  public Money plus(Money other) {
    return ofPence(Math.addExact(pence, other.pence));
  }

  /**
   * {@return this amount less {@code other}, exactly; negative when {@code other} is larger; never null}
   *
   * @param other not null
   * @throws ArithmeticException if the difference does not fit a long of pence
   */
  public Money minus(Money other) {
    return ofPence(Math.subtractExact(pence, other.pence));
  }

  /**
   * {@return this amount with its sign reversed; never null}
   *
   * @throws ArithmeticException if this is the most negative amount a long of pence holds
   */
  public Money negated() {
    return ofPence(Math.negateExact(pence));
  }

  /**
   * Multiplies by a whole number, exactly.
   *
   * @param factor any whole number, any sign
   * @return the product, never null
   * @throws ArithmeticException if the product does not fit a long of pence
   */
  public Money multipliedBy(long factor) {
    return ofPence(Math.multiplyExact(pence, factor));
  }

  /**
   * Multiplies by a decimal factor, rounding to the penny.
   *
   * @param factor not null
   * @param rounding not null; the mode applied to the exact product
   * @return the product rounded to the penny, never null
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the product
   *     has a fraction of a penny, or the product does not fit a long of pence
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    return ofPence(
        BigDecimal.valueOf(pence).multiply(factor).setScale(0, rounding).longValueExact());
  }

  /**
   * Divides by a decimal divisor, rounding to the penny.
   *
   * @param divisor not null, not zero
   * @param rounding not null; the mode applied to the exact quotient
   * @return the quotient rounded to the penny, never null
   * @throws ArithmeticException if {@code divisor} is zero, or {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY} and the quotient has a fraction of a penny
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    return ofPence(BigDecimal.valueOf(pence).divide(divisor, 0, rounding).longValueExact());
  }

  /** {@return whether this is zero pounds} */
  public boolean isZero() {
    return pence == 0;
  }

  /** {@return whether this is less than zero} */
  public boolean isNegative() {
    return pence < 0;
  }

  /**
   * {@return whether this amount is more than {@code other}}
   *
   * @param other not null
   */
  public boolean isGreaterThan(Money other) {
    return pence > other.pence;
  }

  /**
   * {@return whether this amount is less than {@code other}}
   *
   * @param other not null
   */
  public boolean isLessThan(Money other) {
    return pence < other.pence;
  }

  /**
   * {@return the larger of two amounts, {@code a} when they are equal; never null}
   *
   * @param a not null
   * @param b not null
   */
  public static Money max(Money a, Money b) {
    return a.pence >= b.pence ? a : b;
  }

  /**
   * {@return the smaller of two amounts, {@code a} when they are equal; never null}
   *
   * @param a not null
   * @param b not null
   */
  public static Money min(Money a, Money b) {
    return a.pence <= b.pence ? a : b;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).pence == pence;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(pence);
  }

  /**
   * {@return the amount in pounds with two decimals and no symbol, such as {@code 1234.50}: for files;
   * never null}
   */
  public String toPlainString() {
    // One concatenation, which sizes and fills a single string: through a StringBuilder filled digit by
    // digit, as for people below, the amounts were about 7% of ras allocate.
    long pounds = pence / 100;
    int pennies = (int) Math.abs(pence % 100);
    return (pence < 0 && pounds == 0 ? "-" : "") + pounds + (pennies < 10 ? ".0" : ".") + pennies;
  }

  /** The amount as a person reads it, such as {@code £1,234.50} or {@code -£3.00}. */
  @Override
  public String toString() {
    return forPeople();
  }

  /**
   * The pounds with two decimals, a pound sign and thousands commas. Written out by hand: String.format
   * builds a Formatter and the locale's symbols on every call, which made formatting most of the cost of
   * an explained allocation (docs/performance.md).
   */
  private String forPeople() {
    String digits = Long.toString(pence);
    int from = pence < 0 ? 1 : 0; // Long.MIN_VALUE has no positive counterpart, so skip the sign as text
    int length = digits.length() - from;
    StringBuilder text = new StringBuilder(length + length / 3 + 4);
    if (pence < 0) {
      text.append('-');
    }
    text.append('£');
    if (length <= 2) {
      text.append("0.").append(length == 1 ? "0" : "").append(digits, from, digits.length());
      return text.toString();
    }
    int poundDigits = length - 2;
    for (int i = 0; i < poundDigits; i++) {
      if (i > 0 && (poundDigits - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(from + i));
    }
    return text.append('.').append(digits, from + poundDigits, digits.length()).toString();
  }
}
