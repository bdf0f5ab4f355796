package uk.ras.costing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One on-cost of employing a worker, as a percentage of their pay: holiday pay, employer pension,
 * employer National Insurance, sickness, training or any other the council names. Immutable and
 * thread-safe.
 *
 * @param name what the on-cost is, such as "holiday (5.6 weeks)", not null, not blank
 * @param percent percentage points of pay, such as {@code 12.07}, not null; whether it is negative is
 *     checked when the rate version is built
 */
public record OnCost(String name, BigDecimal percent) {
  /**
   * Checks the components.
   *
   * @param name what the on-cost is, not null, not blank
   * @param percent percentage points of pay, not null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public OnCost {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(percent, "percent");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an on-cost's name must not be blank");
    }
  }
}
