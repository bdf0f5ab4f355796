package uk.ras.isf;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * An amount of one cost line: a line nobody is left to carry ({@link LeaveAnalysis#unallocated()}) or a
 * leaver's share of it ({@link LeaveAnalysis#vacancy()}). Immutable and thread-safe.
 *
 * @param name the cost line's name, not null
 * @param kind the cost line's kind, not null
 * @param amount not null
 */
public record LineAmount(String name, CostKind kind, Money amount) {
  public LineAmount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
  }
}
