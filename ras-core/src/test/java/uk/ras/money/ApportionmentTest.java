package uk.ras.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApportionmentTest {
  private static List<Long> pence(List<Money> shares) {
    return shares.stream().map(Money::pence).toList();
  }

  @Test
  void oddPenniesGoToTheEarliestShares() {
    assertEquals(List.of(34L, 33L, 33L), pence(Apportionment.equally(Money.ofPence(100), 3)));
    assertEquals(List.of(34L, 34L, 33L), pence(Apportionment.equally(Money.ofPence(101), 3)));
  }

  @Test
  void weightedSharesGiveLeftOverPenniesToTheLargestRemainders() {
    // 1000p by 1:1:1:3 is exactly 166.67, 166.67, 166.67, 500: three shares have remainder 2/3, one has
    // none; the two left-over pennies go to the first two of the three tied remainders.
    List<Money> shares =
        Apportionment.byWeights(
            Money.ofPence(1000),
            List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(3)));
    assertEquals(List.of(167L, 167L, 166L, 500L), pence(shares));
  }

  @Test
  void largestRemainderBeatsEarlierPosition() {
    // 10p by 0.15:0.85 is exactly 1.5 and 8.5 -> tie -> the earlier wins: 2, 8.
    assertEquals(
        List.of(2L, 8L),
        pence(
            Apportionment.byWeights(
                Money.ofPence(10), List.of(new BigDecimal("0.15"), new BigDecimal("0.85")))));
    // 10p by 0.14:0.86 is exactly 1.4 and 8.6 -> the later has the larger remainder: 1, 9.
    assertEquals(
        List.of(1L, 9L),
        pence(
            Apportionment.byWeights(
                Money.ofPence(10), List.of(new BigDecimal("0.14"), new BigDecimal("0.86")))));
  }

  @Test
  void zeroWeightsGetNothing() {
    assertEquals(
        List.of(0L, 7L),
        pence(Apportionment.byWeights(Money.ofPence(7), List.of(BigDecimal.ZERO, BigDecimal.TEN))));
  }

  @Test
  void preconditionsAreCallerErrors() {
    assertThrows(IllegalArgumentException.class, () -> Apportionment.equally(Money.ofPence(1), 0));
    assertThrows(
        IllegalArgumentException.class, () -> Apportionment.equally(Money.ofPence(-1), 2));
    assertThrows(
        IllegalArgumentException.class,
        () -> Apportionment.byWeights(Money.ofPence(1), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Apportionment.byWeights(Money.ofPence(1), List.of(BigDecimal.ZERO)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Apportionment.byWeights(Money.ofPence(1), List.of(BigDecimal.ONE, BigDecimal.ONE.negate())));
    assertEquals("weights[1] is negative: -1", e.getMessage());
  }
}
