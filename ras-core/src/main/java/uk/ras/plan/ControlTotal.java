package uk.ras.plan;

import java.util.List;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * How much of a plan's cost one holder controls: a direct payment's holder, an ISF's provider, or the
 * council; with the items it pays for. A plan's control totals add up exactly to its cost, weekly and
 * annual. Immutable and thread-safe. Made only by the engine.
 */
public final class ControlTotal {
  private final HeldBy heldBy;
  private final Money weekly;
  private final Money annual;
  private final List<String> items;

  ControlTotal(HeldBy heldBy, Money weekly, Money annual, List<String> items) {
    this.heldBy = Objects.requireNonNull(heldBy, "heldBy");
    this.weekly = Objects.requireNonNull(weekly, "weekly");
    this.annual = Objects.requireNonNull(annual, "annual");
    this.items = List.copyOf(items);
  }

  /** {@return who holds the money; never null} */
  public HeldBy heldBy() {
    return heldBy;
  }

  /** {@return the amount a week; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return the amount in the plan's year; never null} */
  public Money annual() {
    return annual;
  }

  /** {@return the names of the items it pays for, in the plan's order; never null} */
  public List<String> items() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ControlTotal)) {
      return false;
    }
    ControlTotal c = (ControlTotal) o;
    return heldBy.equals(c.heldBy) && weekly.equals(c.weekly) && annual.equals(c.annual) && items.equals(c.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(heldBy, weekly, annual, items);
  }

  @Override
  public String toString() {
    return "ControlTotal[heldBy=" + heldBy.describe() + ", weekly=" + weekly + ", annual=" + annual + ", items=" + items + "]";
  }
}
