package uk.ras.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import uk.ras.money.Money;

/**
 * Numbers as the reports write them, the same as the command line prints them: amounts as {@link
 * Money#toString()} gives them ({@code £1,234.50}, {@code -£3.00}), counts with thousands separators
 * ({@code 1,000}, as {@code %,d} in a UK locale).
 */
public final class Numbers {
  private Numbers() {}

  /**
   * An amount as the command line prints it.
   *
   * @param amount not null
   * @return such as {@code £8,826,118.60}; never null
   */
  public static String money(Money amount) {
    return amount.toString();
  }

  /**
   * A count with thousands separators.
   *
   * @param count any
   * @return such as {@code 1,000}; never null
   */
  public static String count(long count) {
    return String.format(Locale.UK, "%,d", count);
  }

  /**
   * An axis tick in pounds: as {@link #money} but without the pence when the tick is a whole number of
   * pounds ({@code £250}, {@code £1,000,000}, {@code £2.50}).
   *
   * @param pounds the tick's value in pounds, finite
   * @return never null
   */
  public static String poundsTick(double pounds) {
    // Ticks are multiples of a nice step, so rounding to the penny only removes floating-point noise.
    Money m = Money.ofPounds(BigDecimal.valueOf(pounds), RoundingMode.HALF_EVEN);
    String text = m.toString();
    return m.pence() % 100 == 0 ? text.substring(0, text.length() - 3) : text;
  }

  /**
   * An axis tick of a count or a plain number: thousands separators, and the decimals the step needs.
   *
   * @param value the tick, finite
   * @param step the distance between ticks, positive
   * @return such as {@code 1,250} or {@code 0.5}; never null
   */
  public static String plainTick(double value, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    return String.format(Locale.UK, "%,." + decimals + "f", value == 0 ? 0.0 : value);
  }
}
