package uk.ras.pricing;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Linear pricing: {@code weekly = points * poundsPerPoint}, rounded to the penny with the rule set's
 * rounding mode. Immutable and thread-safe.
 */
@Value.Immutable
abstract class PricePerPointDef implements PricingMethod {
  /** Pounds per point per week, such as 3.85; may have more than two decimals. */
  @Value.Parameter
  public abstract BigDecimal poundsPerPoint();

  @Override
  public String describe() {
    return "£" + poundsPerPoint().toPlainString() + " per point";
  }
}
