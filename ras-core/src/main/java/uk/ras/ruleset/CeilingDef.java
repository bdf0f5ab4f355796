package uk.ras.ruleset;

import org.immutables.value.Value;
import uk.ras.money.Money;

/** The most a weekly budget may be without a decision, and what happens above it. */
@Value.Immutable
abstract class CeilingDef {
  /** {@return the largest weekly budget allowed without a decision; never null} */
  @Value.Parameter
  public abstract Money weekly();

  /** {@return what happens to an amount above the ceiling: capped or referred; never null} */
  @Value.Parameter
  public abstract CeilingPolicy policy();
}
