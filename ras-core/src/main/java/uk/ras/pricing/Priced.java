package uk.ras.pricing;

import java.util.List;
import java.util.Set;
import uk.ras.money.Money;

/**
 * What {@link Pricer} made of some points: the weekly amount, each part's share of it, the flags raised
 * and, when asked for, the steps in words. Made only by the pricer. Immutable and thread-safe.
 */
public final class Priced {
  private final long[] parts;
  private final long weekly;
  private final Set<BudgetFlag> flags;
  private final List<AmountStep> steps;

  Priced(long[] parts, Set<BudgetFlag> flags, List<AmountStep> steps) {
    this.parts = parts;
    long sum = 0;
    for (long p : parts) {
      sum = Math.addExact(sum, p);
    }
    this.weekly = sum;
    this.flags = flags;
    this.steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /** {@return the weekly amount, the parts added up; never null} */
  public Money weekly() {
    return Money.ofPence(weekly);
  }

  /**
   * {@return part {@code i}'s share of the weekly amount; never null}
   *
   * @param i the part's index, in the order the parts were given: 0 to {@code partCount() - 1}
   * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
   */
  public Money part(int i) {
    return Money.ofPence(parts[i]);
  }

  /** {@return the number of parts: 1 for a whole budget} */
  public int partCount() {
    return parts.length;
  }

  /** {@return the flags raised, an immutable set; empty when none} */
  public Set<BudgetFlag> flags() {
    return flags;
  }

  /** {@return the steps in words, an immutable list; empty unless the steps were asked for} */
  public List<AmountStep> steps() {
    return steps;
  }
}
