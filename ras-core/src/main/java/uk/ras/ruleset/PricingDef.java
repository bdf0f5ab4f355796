package uk.ras.ruleset;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.ras.money.Money;

/**
 * Points to a weekly amount, in this order:
 *
 * <ol>
 *   <li><b>method</b>: the total points are priced by the {@link PricingMethod};
 *   <li><b>contingency</b>: {@code heldBack = round(priced * contingencyPercent / 100)} is held back for
 *       exceptions and {@code priced - heldBack} remains;
 *   <li><b>floor</b>: a remaining amount below the floor is raised to it;
 *   <li><b>ceiling</b>: an amount above the ceiling is capped or referred to the panel, by policy.
 * </ol>
 *
 * <p>Every rounding uses the rule set's rounding mode. Immutable and thread-safe.
 */
@Value.Immutable
abstract class PricingDef {
  /** {@return how the total points are priced: per point, by bands or by interpolation; never null} */
  public abstract PricingMethod method();

  /**
   * {@return the share of the priced amount held back for exceptions, in percent (0 to less than 100);
   * never null}
   */
  @Value.Default
  public BigDecimal contingencyPercent() {
    return BigDecimal.ZERO;
  }

  /** {@return the least weekly amount anyone eligible receives, if set} */
  public abstract Optional<Money> floor();

  /** {@return the most a weekly budget may be without a decision; empty when there is no ceiling} */
  public abstract Optional<Ceiling> ceiling();
}
