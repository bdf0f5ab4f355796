package uk.ras.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void poundsWithAFractionOfAPennyAreRefusedRatherThanRounded() {
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> Money.ofPounds(new BigDecimal("1.005")));
    assertEquals("Amount 1.005 has a fraction of a penny", e.getMessage());
  }

  @Test
  void trailingZerosBeyondThePennyAreNotAFraction() {
    assertEquals(100_50, Money.ofPounds(new BigDecimal("100.5000")).pence());
  }

  @Test
  void roundingIsNamedByTheCaller() {
    BigDecimal pounds = new BigDecimal("2.345");
    assertEquals(235, Money.ofPounds(pounds, RoundingMode.HALF_UP).pence());
    assertEquals(234, Money.ofPounds(pounds, RoundingMode.HALF_EVEN).pence());
    assertEquals(234, Money.ofPounds(pounds, RoundingMode.DOWN).pence());
  }

  @Test
  void multiplyingByADecimalRoundsWithTheGivenMode() {
    // 181.90 * 0.05 = 9.095: the half penny goes up under HALF_UP and to the even penny under HALF_EVEN.
    Money priced = Money.ofPence(181_90);
    assertEquals(9_10, priced.multipliedBy(new BigDecimal("0.05"), RoundingMode.HALF_UP).pence());
    assertEquals(9_10, priced.multipliedBy(new BigDecimal("0.05"), RoundingMode.HALF_EVEN).pence());
    assertEquals(9_09, priced.multipliedBy(new BigDecimal("0.05"), RoundingMode.DOWN).pence());
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Money big = Money.ofPence(Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> big.plus(Money.ofPence(1)));
    assertThrows(ArithmeticException.class, () -> big.multipliedBy(2));
    assertThrows(ArithmeticException.class, () -> Money.ofPence(Long.MIN_VALUE).negated());
  }

  @Test
  void printsAsAPersonReadsIt() {
    assertEquals("£1,234.50", Money.ofPence(1_234_50).toString());
    assertEquals("-£3.05", Money.ofPence(-3_05).toString());
    assertEquals("£0.00", Money.zero().toString());
    assertEquals("1234.50", Money.ofPence(1_234_50).toPlainString());
    assertEquals("-0.07", Money.ofPence(-7).toPlainString());
  }

  @Test
  void parsesPoundsText() {
    assertEquals(Money.ofPence(18_250), Money.parse(" 182.50 "));
    assertThrows(NumberFormatException.class, () -> Money.parse("£182.50"));
  }

  @Test
  void totalsAndComparisons() {
    Money total = Money.total(List.of(Money.ofPence(1), Money.ofPence(2), Money.ofPence(3)));
    assertEquals(Money.ofPence(6), total);
    assertEquals(Money.zero(), Money.total(List.of()));
    assertTrue(total.isGreaterThan(Money.ofPence(5)));
    assertTrue(Money.ofPence(5).isLessThan(total));
    assertEquals(total, Money.max(total, Money.ofPence(5)));
    assertEquals(Money.ofPence(5), Money.min(total, Money.ofPence(5)));
  }

  @Test
  void divisionRoundsWithTheGivenModeAndRefusesZero() {
    assertEquals(33, Money.ofPence(100).dividedBy(BigDecimal.valueOf(3), RoundingMode.HALF_UP).pence());
    assertEquals(34, Money.ofPence(100).dividedBy(BigDecimal.valueOf(3), RoundingMode.UP).pence());
    assertThrows(
        ArithmeticException.class,
        () -> Money.ofPence(100).dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP));
  }
}
