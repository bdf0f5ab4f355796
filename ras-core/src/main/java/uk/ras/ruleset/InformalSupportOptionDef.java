package uk.ras.ruleset;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** One answer to the informal-support question. Immutable and thread-safe. */
@Value.Immutable
abstract class InformalSupportOptionDef {
  /** {@return the option's id, unique within the question; never null} */
  public abstract OptionId id();

  /** {@return what the person or assessor reads, such as "A little (about a quarter)"; never null} */
  public abstract String label();

  /**
   * {@return the share of need met by family and friends, from 0 (none) to 1 (all), such as 0.25;
   * never null} The points of the domains it applies to are reduced by this share.
   */
  public abstract BigDecimal share();
}
