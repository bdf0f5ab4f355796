package uk.ras.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.money.Money;

/**
 * What each pricing method does with a fraction of a point (funding-stream shares and informal support
 * make them): bands count whole points reached, never by the money rounding mode; interpolation prices
 * the exact fraction; both never fall as points rise.
 */
class PricingMethodProperties {
  private static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN,
    RoundingMode.CEILING, RoundingMode.FLOOR
  };

  /** 0-4 £10, 5-9 £20, 10+ £30. */
  private static final Banding BANDS =
      Banding.builder()
          .addBands(
              Band.of(0, OptionalInt.of(4), Money.ofPence(10_00)),
              Band.of(5, OptionalInt.of(9), Money.ofPence(20_00)),
              Band.of(10, OptionalInt.empty(), Money.ofPence(30_00)))
          .build();

  /** (0, £0.00), (3, £10.00), (10, £10.01). */
  private static final Interpolation KNOTS =
      Interpolation.builder()
          .addPoints(
              InterpolationPoint.of(0, Money.zero()),
              InterpolationPoint.of(3, Money.ofPence(10_00)),
              InterpolationPoint.of(10, Money.ofPence(10_01)))
          .build();

  private static BigDecimal thousandths(int n) {
    return BigDecimal.valueOf(n, 3);
  }

  @Test
  void aBandIsFoundFromTheWholePointsReachedWhateverTheMoneyRoundingMode() {
    qt().withExamples(Examples.or(2_000))
        .forAll(integers().between(0, 20_000), integers().between(0, MODES.length - 1))
        .checkAssert(
            (n, m) -> {
              BigDecimal points = thousandths(n);
              Money whole = BANDS.weekly(BigDecimal.valueOf(n / 1000), RoundingMode.UNNECESSARY);
              assertEquals(whole, BANDS.weekly(points, MODES[m]), points::toPlainString);
            });
  }

  @Test
  void neitherMethodFallsAsPointsRiseByAnyFraction() {
    qt().withExamples(Examples.or(2_000))
        .forAll(integers().between(0, 15_000), integers().between(1, 3_000), integers().between(0, MODES.length - 1))
        .checkAssert(
            (n, step, m) -> {
              BigDecimal lo = thousandths(n);
              BigDecimal hi = thousandths(n + step);
              for (PricingMethod method : new PricingMethod[] {BANDS, KNOTS}) {
                assertFalse(
                    method.weekly(hi, MODES[m]).isLessThan(method.weekly(lo, MODES[m])),
                    () -> method.describe() + " fell from " + lo + " to " + hi);
              }
            });
  }

  @Test
  void interpolationStaysBetweenItsKnotsAndMeetsThemExactly() {
    qt().withExamples(Examples.or(2_000))
        .forAll(integers().between(0, 12_000), integers().between(0, MODES.length - 1))
        .checkAssert(
            (n, m) -> {
              BigDecimal points = thousandths(n);
              Money amount = KNOTS.weekly(points, MODES[m]);
              if (n <= 3_000) {
                assertTrue(!amount.isNegative() && !amount.isGreaterThan(Money.ofPence(10_00)), amount::toString);
              } else {
                assertTrue(!amount.isLessThan(Money.ofPence(10_00)) && !amount.isGreaterThan(Money.ofPence(10_01)));
              }
              if (n % 1000 == 0 && (n == 0 || n == 3_000 || n >= 10_000)) {
                assertEquals(n == 0 ? Money.zero() : n == 3_000 ? Money.ofPence(10_00) : Money.ofPence(10_01), amount);
              }
            });
  }

  @Test
  void fractionsWorkedByHand() {
    // Bands: 4.999 points have not reached 5, under any rounding of pence.
    assertEquals(Money.ofPence(10_00), BANDS.weekly(new BigDecimal("4.999"), RoundingMode.UP));
    assertEquals(Money.ofPence(20_00), BANDS.weekly(new BigDecimal("5"), RoundingMode.DOWN));
    assertEquals(
        "4.999 points (counted as 4) fall in the band 0-4 points, worth £10.00",
        BANDS.explain(new BigDecimal("4.999"), RoundingMode.HALF_UP));
    // Interpolation: 1.5 points of the way to 3 points (£10.00) is exactly £5.00;
    // 1 point is 1000/3 = 333.33... pence: £3.33 rounded HALF_UP, £3.34 rounded UP.
    assertEquals(Money.ofPence(5_00), KNOTS.weekly(new BigDecimal("1.5"), RoundingMode.HALF_UP));
    assertEquals(Money.ofPence(3_33), KNOTS.weekly(BigDecimal.ONE, RoundingMode.HALF_UP));
    assertEquals(Money.ofPence(3_34), KNOTS.weekly(BigDecimal.ONE, RoundingMode.UP));
    // Per point: 2.5 points at £3.85 = £9.625, £9.63 HALF_UP and £9.62 HALF_EVEN.
    PricePerPoint price = PricePerPoint.of(new BigDecimal("3.85"));
    assertEquals(Money.ofPence(9_63), price.weekly(new BigDecimal("2.5"), RoundingMode.HALF_UP));
    assertEquals(Money.ofPence(9_62), price.weekly(new BigDecimal("2.5"), RoundingMode.HALF_EVEN));
  }
}
