package uk.ras.ruleset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pooled fund: several streams put their annual envelopes into one pot, which pays for the need of all
 * of them. A share may be reserved for people funded by one stream only (for example, kept for people
 * eligible only for Supporting People). Immutable and thread-safe.
 */
@Value.Immutable
abstract class PooledFundDef {
  /** {@return the pooled fund's id, unique in the rule set; never null} */
  public abstract String id();

  /** {@return the pooled fund as a person reads it, such as "Community support fund"; never null} */
  public abstract String name();

  /** {@return the streams that contribute their envelopes; never null} */
  public abstract List<StreamId> streams();

  /** {@return the percentage of the pool reserved for {@link #reservedFor()}; never null} Default: 0. */
  @Value.Default
  public BigDecimal reservePercent() {
    return BigDecimal.ZERO;
  }

  /**
   * {@return the stream whose sole-funded people the reserve is kept for; empty when nothing is
   * reserved}
   */
  public abstract Optional<StreamId> reservedFor();
}
