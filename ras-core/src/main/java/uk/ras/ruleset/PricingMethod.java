package uk.ras.ruleset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.ras.money.Money;

/**
 * How points become a weekly amount before contingency, floor and ceiling: exactly one of {@link
 * PricePerPoint}, {@link Banding} or {@link Interpolation}. Each owns its arithmetic, written once here
 * and used by every path of the engine (the whole budget, each funding stream, calibration).
 *
 * <p>Points may be fractional (a funding stream's share of a domain, informal support). Each method
 * states what it does with a fraction, and none of them depends on the money rounding mode to decide
 * which price applies: the rounding mode rounds only a fraction of a penny.
 */
public sealed interface PricingMethod permits PricePerPointDef, BandingDef, InterpolationDef {
  /** {@return the method in words, such as "£3.85 per point"; never null} */
  String describe();

  /**
   * The weekly amount of {@code points}.
   *
   * @param points not null, not negative
   * @param rounding how a fraction of a penny is rounded; not null
   * @return the amount, never null
   * @throws IllegalStateException if the method does not cover {@code points} (a rule set that the
   *     validator would refuse)
   */
  Money weekly(BigDecimal points, RoundingMode rounding);

  /**
   * {@return the rule-file path of the part of the method that prices {@code points}, such as
   * "pricing.bands[2]"; never null}
   *
   * @param points not null, not negative
   */
  String rule(BigDecimal points);

  /**
   * {@return how {@code points} were priced, in words, ending "= amount"; never null}
   *
   * @param points not null, not negative
   * @param rounding how a fraction of a penny is rounded; not null
   */
  String explain(BigDecimal points, RoundingMode rounding);

  /**
   * {@return a number of points as a person reads it, without trailing zeros or an exponent, such as 12
   * or 8.5 (never 1.2E+1); never null}
   *
   * @param points not null
   */
  static String pointsText(BigDecimal points) {
    BigDecimal stripped = points.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
