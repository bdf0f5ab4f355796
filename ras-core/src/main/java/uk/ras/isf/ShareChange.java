package uk.ras.isf;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * A person's ISF after a change (a person leaving or joining), with what it was before. Immutable and
 * thread-safe.
 *
 * @param share the ISF after the change, not null
 * @param previousTotal the ISF total before the change (zero for a person joining), not null
 */
public record ShareChange(Share share, Money previousTotal) {
  public ShareChange {
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(previousTotal, "previousTotal");
  }

  /** The new ISF total minus the old; negative when it fell. Never null. */
  public Money change() {
    return share.total().minus(previousTotal);
  }
}
