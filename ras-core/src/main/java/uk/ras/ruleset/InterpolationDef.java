package uk.ras.ruleset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;
import uk.ras.money.Money;

/**
 * Piecewise-linear pricing between knots. Between knots {@code (p0, a0)} and {@code (p1, a1)}:
 *
 * <pre>weekly = a0 + round((points - p0) * (a1 - a0) / (p1 - p0))</pre>
 *
 * in pence, rounded once to the penny with the rule set's rounding mode; a fraction of a point is
 * priced exactly. At or beyond the last knot the amount stays at the last knot's amount (the ceiling
 * then decides). The validator requires the first knot at 0 points, strictly increasing points and
 * amounts that never fall. Immutable and thread-safe.
 */
@Value.Immutable
abstract sealed class InterpolationDef implements PricingMethod permits Interpolation {
  /** {@return the knots, in increasing order of points; never null} */
  public abstract List<InterpolationPoint> points();

  @Override
  public String describe() {
    return points().size() == 1
        ? "interpolation on 1 point"
        : "interpolation between " + points().size() + " points";
  }

  /** The index of the knot at or above {@code points}: the segment ends there; the last knot beyond it. */
  private int upperKnot(BigDecimal points) {
    List<InterpolationPoint> knots = points();
    for (int i = 1; i < knots.size(); i++) {
      if (points.compareTo(BigDecimal.valueOf(knots.get(i).points())) < 0) {
        return i;
      }
    }
    return knots.size() - 1;
  }

  private boolean beyondLast(BigDecimal points) {
    return points.compareTo(BigDecimal.valueOf(points().get(points().size() - 1).points())) >= 0;
  }

  @Override
  public Money weekly(BigDecimal points, RoundingMode rounding) {
    if (beyondLast(points)) {
      return points().get(points().size() - 1).weekly();
    }
    int i = upperKnot(points);
    InterpolationPoint lo = points().get(i - 1);
    InterpolationPoint hi = points().get(i);
    BigDecimal rise = BigDecimal.valueOf(hi.weekly().pence() - lo.weekly().pence());
    BigDecimal along = points.subtract(BigDecimal.valueOf(lo.points()));
    BigDecimal pence =
        rise.multiply(along).divide(BigDecimal.valueOf(hi.points() - lo.points()), 0, rounding);
    return Money.ofPence(lo.weekly().pence() + pence.longValueExact());
  }

  @Override
  public String rule(BigDecimal points) {
    return "pricing.interpolation[" + (beyondLast(points) ? points().size() - 1 : upperKnot(points)) + "]";
  }

  @Override
  public String explain(BigDecimal points, RoundingMode rounding) {
    String text = PricingMethod.pointsText(points);
    if (beyondLast(points)) {
      InterpolationPoint last = points().get(points().size() - 1);
      return text + " points at or beyond the last point (" + last.points() + " points) = " + last.weekly();
    }
    int i = upperKnot(points);
    InterpolationPoint lo = points().get(i - 1);
    InterpolationPoint hi = points().get(i);
    return text
        + " points between "
        + lo.points()
        + " points ("
        + lo.weekly()
        + ") and "
        + hi.points()
        + " points ("
        + hi.weekly()
        + "), interpolated = "
        + weekly(points, rounding);
  }
}
