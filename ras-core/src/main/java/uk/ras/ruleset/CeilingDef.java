package uk.ras.ruleset;

import org.immutables.value.Value;
import uk.ras.money.Money;

/** The most a weekly budget may be without a decision, and what happens above it. */
@Value.Immutable
abstract class CeilingDef {
  @Value.Parameter
  public abstract Money weekly();

  @Value.Parameter
  public abstract CeilingPolicy policy();
}
