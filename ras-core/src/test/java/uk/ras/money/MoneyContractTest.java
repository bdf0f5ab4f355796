package uk.ras.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small contracts of {@link Money}, {@link Apportionment} and {@link PeriodConversion} at their edges
 * (equal amounts, one penny apart, zero, negative): written to kill the mutants PIT found surviving in
 * {@code uk.ras.money} when run against that package's own tests.
 */
class MoneyContractTest {
  private static final Money FIVE = Money.ofPence(500);
  private static final Money FIVE_AGAIN = Money.ofPence(500);
  private static final Money FIVE_AND_A_PENNY = Money.ofPence(501);

  @Test
  void comparisonsAtEqualityAndOnePennyApart() {
    assertFalse(FIVE.isGreaterThan(FIVE_AGAIN));
    assertFalse(FIVE.isLessThan(FIVE_AGAIN));
    assertTrue(FIVE_AND_A_PENNY.isGreaterThan(FIVE));
    assertFalse(FIVE.isGreaterThan(FIVE_AND_A_PENNY));
    assertTrue(FIVE.isLessThan(FIVE_AND_A_PENNY));
    assertFalse(FIVE_AND_A_PENNY.isLessThan(FIVE));
    assertEquals(0, FIVE.compareTo(FIVE_AGAIN));
    assertEquals(-1, Integer.signum(FIVE.compareTo(FIVE_AND_A_PENNY)));
    assertEquals(1, Integer.signum(FIVE_AND_A_PENNY.compareTo(FIVE)));
  }

  @Test
  void maxAndMinPickTheRightOneWhicheverWayRound() {
    assertEquals(FIVE_AND_A_PENNY, Money.max(FIVE, FIVE_AND_A_PENNY));
    assertEquals(FIVE_AND_A_PENNY, Money.max(FIVE_AND_A_PENNY, FIVE));
    assertEquals(FIVE, Money.min(FIVE, FIVE_AND_A_PENNY));
    assertEquals(FIVE, Money.min(FIVE_AND_A_PENNY, FIVE));
    assertEquals(FIVE, Money.max(FIVE, FIVE_AGAIN));
    assertEquals(FIVE, Money.min(FIVE, FIVE_AGAIN));
  }

  @Test
  void equalityAndHashFollowThePence() {
    assertEquals(FIVE, FIVE_AGAIN);
    assertEquals(FIVE.hashCode(), FIVE_AGAIN.hashCode());
    assertNotEquals(FIVE, FIVE_AND_A_PENNY);
    assertNotEquals(FIVE, (Object) "£5.00");
    assertNotEquals(FIVE, null);
    assertEquals(Long.hashCode(500), FIVE.hashCode());
  }

  @Test
  void zeroAndSigns() {
    assertTrue(Money.zero().isZero());
    assertTrue(Money.ofPence(0).isZero());
    assertFalse(Money.ofPence(1).isZero());
    assertFalse(Money.ofPence(-1).isZero());
    assertTrue(Money.ofPence(-1).isNegative());
    assertFalse(Money.zero().isNegative());
  }

  @Test
  void arithmeticIsExact() {
    assertEquals(Money.ofPence(1001), FIVE.plus(FIVE_AND_A_PENNY));
    assertEquals(Money.ofPence(-1), FIVE.minus(FIVE_AND_A_PENNY));
    assertEquals(Money.ofPence(-500), FIVE.negated());
    assertEquals(Money.zero(), FIVE.minus(FIVE_AGAIN));
    assertThrows(ArithmeticException.class, () -> Money.ofPence(Long.MAX_VALUE).plus(Money.ofPence(1)));
  }

  @Test
  void poundsWithUpToTwoDecimalsAreExactAndAFractionOfAPennyIsRefused() {
    assertEquals(Money.ofPence(123), Money.ofPounds(new BigDecimal("1.23")));
    assertEquals(Money.ofPence(120), Money.ofPounds(new BigDecimal("1.2")));
    assertEquals(Money.ofPence(100), Money.ofPounds(new BigDecimal("1")));
    assertEquals(Money.ofPence(100), Money.ofPounds(new BigDecimal("1.000")));
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> Money.ofPounds(new BigDecimal("1.234")));
    assertEquals("Amount 1.234 has a fraction of a penny", e.getMessage());
  }

  @Test
  void apportionmentRefusesANegativeTotalAndNoWeights() {
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> Apportionment.byWeights(Money.ofPence(-1), List.of(BigDecimal.ONE)));
    assertTrue(negative.getMessage().startsWith("cannot apportion a negative amount"), negative::getMessage);
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> Apportionment.byWeights(FIVE, List.of()));
    assertEquals("weights must not be empty", empty.getMessage());
  }

  @Test
  void periodConversionsDescribeThemselves() {
    assertEquals("52 weeks", PeriodConversion.WEEKS_52.description());
    assertEquals("365/7 weeks", PeriodConversion.DAYS_365.description());
    assertEquals("365.25/7 weeks", PeriodConversion.DAYS_365_25.description());
  }
}
