package uk.ras.ruleset;

import org.immutables.value.Value;
import uk.ras.money.Money;

/** A knot of an interpolation: {@code points} points are worth {@code weekly} a week. */
@Value.Immutable
abstract class InterpolationPointDef {
  /** {@return the knot's total of points, 0 or more} */
  @Value.Parameter
  public abstract int points();

  /** {@return the weekly amount that total is worth; never null} */
  @Value.Parameter
  public abstract Money weekly();
}
