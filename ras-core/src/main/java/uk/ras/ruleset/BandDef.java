package uk.ras.ruleset;

import java.util.OptionalInt;
import org.immutables.value.Value;
import uk.ras.money.Money;

/** One row of a banding table: totals from {@code from} to {@code to} inclusive get {@code weekly}. */
@Value.Immutable
abstract class BandDef {
  @Value.Parameter
  public abstract int from();

  /** The last total in the band, inclusive; empty for an open-ended last band. */
  @Value.Parameter
  public abstract OptionalInt to();

  @Value.Parameter
  public abstract Money weekly();

  /** The band as a person reads it, such as "20-29 points" or "60+ points". */
  public String range() {
    return to().isPresent() ? from() + "-" + to().getAsInt() + " points" : from() + "+ points";
  }
}
