package uk.ras.funding;

import java.math.BigDecimal;
import uk.ras.money.Money;
import uk.ras.ruleset.StreamId;

/** Expected stream amounts for tests in other packages: only the engine makes a {@link StreamAmount}. */
public final class StreamAmounts {
  private StreamAmounts() {}

  public static StreamAmount amount(
      StreamId stream, String name, BigDecimal points, Money weekly, Money annual) {
    return new StreamAmount(stream, name, points, weekly, annual);
  }
}
