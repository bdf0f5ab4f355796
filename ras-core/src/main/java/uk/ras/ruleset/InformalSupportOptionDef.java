package uk.ras.ruleset;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** One answer to the informal-support question. Immutable and thread-safe. */
@Value.Immutable
abstract class InformalSupportOptionDef {
  public abstract OptionId id();

  public abstract String label();

  /**
   * The share of need met by family and friends, from 0 (none) to 1 (all), such as 0.25; the points of
   * the domains it applies to are reduced by this share.
   */
  public abstract BigDecimal share();
}
