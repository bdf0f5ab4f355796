package uk.ras.pricing;

import java.util.List;
import org.immutables.value.Value;

/**
 * A banding table: contiguous point ranges, each priced at a fixed weekly amount. The validator requires
 * the bands to start at 0, to follow each other without gap or overlap, to cover every total the
 * questionnaire can produce, and never to fall in amount. Bands create cliff edges (one point more can
 * mean much more money); {@link Interpolation} avoids them. Immutable and thread-safe.
 */
@Value.Immutable
abstract class BandingDef implements PricingMethod {
  public abstract List<Band> bands();

  @Override
  public String describe() {
    return "a banding table of " + bands().size() + (bands().size() == 1 ? " band" : " bands");
  }
}
