package uk.ras.ruleset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;
import uk.ras.money.Money;

/**
 * A banding table: contiguous ranges of whole points, each priced at a fixed weekly amount. The validator
 * requires the bands to start at 0, to follow each other without gap or overlap, to cover every total the
 * questionnaire can produce, and never to fall in amount. Bands create cliff edges (one point more can
 * mean much more money); {@link Interpolation} avoids them.
 *
 * <p><b>Fractions of a point.</b> A band is reached only when all of its lower bound is reached: points
 * are rounded <em>down</em> to a whole number to find the band, whatever the rule set's money rounding
 * mode (which rounds pence, not points). So 8.99 points fall in the band that holds 8, and more points
 * never find a lower band. Immutable and thread-safe.
 */
@Value.Immutable
abstract sealed class BandingDef implements PricingMethod permits Banding {
  /** {@return the bands, lowest totals first; never null} */
  public abstract List<Band> bands();

  @Override
  public String describe() {
    return "a banding table of " + bands().size() + (bands().size() == 1 ? " band" : " bands");
  }

  /** The index of the band that holds {@code points} rounded down. */
  private int bandOf(BigDecimal points) {
    long whole = points.setScale(0, RoundingMode.FLOOR).longValueExact();
    List<Band> bands = bands();
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (whole >= band.from() && (band.to().isEmpty() || whole <= band.to().getAsInt())) {
        return i;
      }
    }
    throw new IllegalStateException(
        "no band for " + whole + " points: the rule set was not validated");
  }

  @Override
  public Money weekly(BigDecimal points, RoundingMode rounding) {
    return bands().get(bandOf(points)).weekly();
  }

  @Override
  public String rule(BigDecimal points) {
    return "pricing.bands[" + bandOf(points) + "]";
  }

  @Override
  public String explain(BigDecimal points, RoundingMode rounding) {
    Band band = bands().get(bandOf(points));
    String whole = points.stripTrailingZeros().scale() > 0 ? " (counted as " + points.setScale(0, RoundingMode.FLOOR) + ")" : "";
    return PricingMethod.pointsText(points)
        + " points"
        + whole
        + " fall in the band "
        + band.range()
        + ", worth "
        + band.weekly();
  }
}
