package uk.ras.ruleset;

import java.util.OptionalInt;
import org.immutables.value.Value;
import uk.ras.money.Money;

/** One row of a banding table: totals from {@code from} to {@code to} inclusive get {@code weekly}. */
@Value.Immutable
abstract class BandDef {
  /** {@return the first total in the band, inclusive; 0 or more} */
  @Value.Parameter
  public abstract int from();

  /** {@return the last total in the band, inclusive; empty for an open-ended last band} */
  @Value.Parameter
  public abstract OptionalInt to();

  /** {@return the weekly amount every total in the band is worth; never null} */
  @Value.Parameter
  public abstract Money weekly();

  /** {@return the band as a person reads it, such as "20-29 points" or "60+ points"; never null} */
  public String range() {
    return to().isPresent() ? from() + "-" + to().getAsInt() + " points" : from() + "+ points";
  }
}
