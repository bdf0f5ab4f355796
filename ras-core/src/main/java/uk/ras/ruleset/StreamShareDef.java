package uk.ras.ruleset;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A share of a domain's points attributed to a stream: {@code share} percent of the domain's points go to
 * {@code stream} when the person meets its eligibility; otherwise to {@code otherwise}, if given and met;
 * otherwise they are unfunded. A domain's shares add up to 100. Immutable and thread-safe.
 */
@Value.Immutable
abstract class StreamShareDef {
  /** {@return the stream that takes these points when the person meets its eligibility; never null} */
  public abstract StreamId stream();

  /**
   * {@return the percentage of the domain's points, more than 0 and at most 100; never null} Default: 100.
   */
  @Value.Default
  public BigDecimal share() {
    return BigDecimal.valueOf(100);
  }

  /** {@return the stream that takes these points when the person is not eligible for {@link #stream()}} */
  public abstract Optional<StreamId> otherwise();
}
