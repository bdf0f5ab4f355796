package uk.ras.pricing;

import java.util.List;
import org.immutables.value.Value;

/**
 * Piecewise-linear pricing between knots. Between knots {@code (p0, a0)} and {@code (p1, a1)}:
 *
 * <pre>weekly = a0 + (points - p0) * (a1 - a0) / (p1 - p0)</pre>
 *
 * rounded to the penny with the rule set's rounding mode. At or beyond the last knot the amount stays at
 * the last knot's amount (the ceiling then decides). The validator requires the first knot at 0 points,
 * strictly increasing points and amounts that never fall. Immutable and thread-safe.
 */
@Value.Immutable
abstract class InterpolationDef implements PricingMethod {
  public abstract List<InterpolationPoint> points();

  @Override
  public String describe() {
    return points().size() == 1
        ? "interpolation on 1 point"
        : "interpolation between " + points().size() + " points";
  }
}
