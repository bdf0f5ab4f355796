package uk.ras.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import org.quicktheories.core.Gen;

/** Whole-number division with a rounding mode agrees with BigDecimal's in every mode. */
class FixedPointProperties {
  private static final Gen<Long> NUMERATORS =
      longs().between(-1_000_000, 1_000_000).mix(longs().between(-4_000_000_000_000_000_000L, 4_000_000_000_000_000_000L));
  private static final Gen<Long> DIVISORS =
      integers().between(0, 18).map(FixedPoint::tenTo).mix(longs().between(1, 1_000)).mix(longs().between(1, Long.MAX_VALUE / 2));

  @Test
  void divisionRoundsExactlyAsBigDecimalDoes() {
    qt().withExamples(Examples.or(20_000))
        .forAll(NUMERATORS, DIVISORS, arbitrary().enumValues(RoundingMode.class))
        .checkAssert(
            (n, d, mode) -> {
              BigDecimal exact = BigDecimal.valueOf(n);
              if (mode == RoundingMode.UNNECESSARY && n % d != 0) {
                assertThrows(ArithmeticException.class, () -> FixedPoint.divide(n, d, mode));
                return;
              }
              long expected = exact.divide(BigDecimal.valueOf(d), 0, mode).longValueExact();
              assertEquals(expected, FixedPoint.divide(n, d, mode), n + " / " + d + " " + mode);
            });
  }

  @Test
  void exactHalvesFollowEachHalfMode() {
    // 5/2, -5/2, 7/2, -7/2: the cases where the half modes differ.
    long[][] cases = {{5, 2}, {-5, 2}, {7, 2}, {-7, 2}, {150, 100}, {250, 100}};
    for (long[] c : cases) {
      for (RoundingMode mode :
          new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
        long expected = BigDecimal.valueOf(c[0]).divide(BigDecimal.valueOf(c[1]), 0, mode).longValueExact();
        assertEquals(expected, FixedPoint.divide(c[0], c[1], mode), c[0] + "/" + c[1] + " " + mode);
      }
    }
    assertEquals(2, FixedPoint.divide(5, 2, RoundingMode.HALF_EVEN));
    assertEquals(4, FixedPoint.divide(7, 2, RoundingMode.HALF_EVEN));
    assertEquals(-3, FixedPoint.divide(-5, 2, RoundingMode.HALF_UP));
    assertEquals(-2, FixedPoint.divide(-5, 2, RoundingMode.HALF_DOWN));
  }

  @Test
  void powersOfTenStopAtWhatALongHolds() {
    assertEquals(1, FixedPoint.tenTo(0));
    assertEquals(1_000_000_000_000_000_000L, FixedPoint.tenTo(18));
    assertThrows(IllegalArgumentException.class, () -> FixedPoint.tenTo(19));
    assertThrows(IllegalArgumentException.class, () -> FixedPoint.tenTo(-1));
  }
}
