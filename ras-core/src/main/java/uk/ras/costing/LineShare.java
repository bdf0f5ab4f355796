package uk.ras.costing;

import java.util.Objects;
import uk.ras.money.Money;

/** A person's share of one costed line. Immutable and thread-safe. Made only by the engine. */
public final class LineShare {
  private final String name;
  private final Scope scope;
  private final Money amount;

  LineShare(String name, Scope scope, Money amount) {
    this.name = name;
    this.scope = scope;
    this.amount = amount;
  }

  /** {@return the line's name; never null} */
  public String name() {
    return name;
  }

  /** {@return who pays for the line; never null} */
  public Scope scope() {
    return scope;
  }

  /** {@return the person's share of the line's weekly cost; never null} */
  public Money amount() {
    return amount;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineShare)) {
      return false;
    }
    LineShare l = (LineShare) o;
    return name.equals(l.name) && scope == l.scope && amount.equals(l.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, scope, amount);
  }

  @Override
  public String toString() {
    return "LineShare[name=" + name + ", scope=" + scope + ", amount=" + amount + "]";
  }
}
