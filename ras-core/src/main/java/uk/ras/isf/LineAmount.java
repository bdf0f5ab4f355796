package uk.ras.isf;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * An amount of one cost line: a person's share of it ({@link Share#lines()}), a line nobody is left to
 * carry ({@link LeaveAnalysis#unallocated()}) or a leaver's share of it ({@link LeaveAnalysis#vacancy()}).
 * Immutable and thread-safe. Made only by the engine.
 */
public final class LineAmount {
  private final String name;
  private final CostKind kind;
  private final Money amount;

  LineAmount(String name, CostKind kind, Money amount) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    this.name = name;
    this.kind = kind;
    this.amount = amount;
  }

  /** {@return the cost line's name; never null} */
  public String name() {
    return name;
  }

  /** {@return the cost line's kind; never null} */
  public CostKind kind() {
    return kind;
  }

  /** {@return the amount; never null} */
  public Money amount() {
    return amount;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LineAmount)) {
      return false;
    }
    LineAmount other = (LineAmount) o;
    return name.equals(other.name)
        && kind.equals(other.kind)
        && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, amount);
  }

  @Override
  public String toString() {
    return "LineAmount[" + "name=" + name + ", " + "kind=" + kind + ", " + "amount=" + amount + "]";
  }
}
