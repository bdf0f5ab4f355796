package uk.ras.isf;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * A person's ISF after a change (a person leaving or joining), with what it was before. Immutable and
 * thread-safe. Made only by the engine.
 */
public final class ShareChange {
  private final Share share;
  private final Money previousTotal;

  ShareChange(Share share, Money previousTotal) {
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(previousTotal, "previousTotal");
    this.share = share;
    this.previousTotal = previousTotal;
  }

  /** {@return the ISF after the change; never null} */
  public Share share() {
    return share;
  }

  /** {@return the ISF total before the change (zero for a person joining); never null} */
  public Money previousTotal() {
    return previousTotal;
  }

  /** {@return the new ISF total minus the old; negative when it fell; never null} */
  public Money change() {
    return share.total().minus(previousTotal);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ShareChange)) {
      return false;
    }
    ShareChange other = (ShareChange) o;
    return share.equals(other.share)
        && previousTotal.equals(other.previousTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(share, previousTotal);
  }

  @Override
  public String toString() {
    return "ShareChange[" + "share=" + share + ", " + "previousTotal=" + previousTotal + "]";
  }
}
