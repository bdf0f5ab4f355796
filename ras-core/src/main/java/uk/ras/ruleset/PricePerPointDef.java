package uk.ras.ruleset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import uk.ras.money.Money;

/**
 * Linear pricing: {@code weekly = round(points * poundsPerPoint)} to the penny with the rule set's
 * rounding mode; a fraction of a point is priced exactly. Immutable and thread-safe.
 */
@Value.Immutable
abstract sealed class PricePerPointDef implements PricingMethod permits PricePerPoint {
  /** {@return pounds per point per week, such as 3.85; may have more than two decimals; never null} */
  @Value.Parameter
  public abstract BigDecimal poundsPerPoint();

  @Override
  public String describe() {
    return "£" + poundsPerPoint().toPlainString() + " per point";
  }

  @Override
  public Money weekly(BigDecimal points, RoundingMode rounding) {
    return Money.ofPounds(points.multiply(poundsPerPoint()), rounding);
  }

  @Override
  public String rule(BigDecimal points) {
    return "pricing.pricePerPoint";
  }

  @Override
  public String explain(BigDecimal points, RoundingMode rounding) {
    return PricingMethod.pointsText(points)
        + " points at £"
        + poundsPerPoint().toPlainString()
        + " per point = "
        + weekly(points, rounding);
  }
}
