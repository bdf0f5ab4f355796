package uk.ras.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;

/**
 * Properties of the pricer. QuickTheories prints the seed of a falsified property; rerun it with {@code
 * withFixedSeed}.
 */
class PricerProperties {
  /**
   * The contingency held back is {@code round(amount * percent / 100)} in exact decimals, in every
   * rounding mode, for any percent with up to four decimals and any amount: the pricer works it in whole
   * numbers where they fit, and must round exactly as the decimals do.
   */
  @Test
  void theContingencyIsTheExactDecimalProductRoundedInEveryMode() {
    qt().forAll(
            longs().between(1, 1_000_000).mix(longs().between(1, 100_000_000_000_000L)),
            integers().between(0, 1_000_000).map(u -> BigDecimal.valueOf(u, 4))
                .mix(integers().between(0, 10_000).map(u -> BigDecimal.valueOf(u, 2)))
                .mix(integers().between(0, 100).map(u -> BigDecimal.valueOf(u.longValue()))),
            arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN))
        .checkAssert(
            (points, percent, mode) -> {
              Pricer pricer =
                  Pricer.of(
                      Pricing.builder()
                          .method(PricePerPoint.of(new BigDecimal("0.01")))
                          .contingencyPercent(percent)
                          .build(),
                      mode);
              // A penny a point: the amount priced is the points, in pence, exactly.
              BigDecimal amount = BigDecimal.valueOf(points);
              long held = amount.multiply(percent).movePointLeft(2).setScale(0, mode).longValueExact();
              assertEquals(
                  Money.ofPence(points - held),
                  pricer.price(BigDecimal.valueOf(points), false).weekly(),
                  points + "p less " + percent + "% " + mode);
            });
  }
}
