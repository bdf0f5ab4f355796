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
  public abstract String id();

  public abstract String name();

  /** The streams that contribute their envelopes. */
  public abstract List<StreamId> streams();

  /** The percentage of the pool reserved for {@link #reservedFor()}. Default: 0. */
  @Value.Default
  public BigDecimal reservePercent() {
    return BigDecimal.ZERO;
  }

  /** The reserve is for people whose budget is funded by this stream alone. */
  public abstract Optional<StreamId> reservedFor();
}
