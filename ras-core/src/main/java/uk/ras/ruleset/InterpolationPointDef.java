package uk.ras.ruleset;

import org.immutables.value.Value;
import uk.ras.money.Money;

/** A knot of an interpolation: {@code points} points are worth {@code weekly} a week. */
@Value.Immutable
abstract class InterpolationPointDef {
  @Value.Parameter
  public abstract int points();

  @Value.Parameter
  public abstract Money weekly();
}
