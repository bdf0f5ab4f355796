package uk.ras.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.ras.ruleset.RuleSet;

/**
 * The versions of a council's rules, each in force from its effective date until the next one starts,
 * so that an assessment is allocated under the rules in force on its date: one dated last March under
 * last year's rates, one dated today under this year's.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSetRegistry {
  private final List<Calculator> byDate;

  private RuleSetRegistry(List<Calculator> byDate) {
    this.byDate = byDate;
  }

  /**
   * Returns a registry of compiled rule sets.
   *
   * @param calculators not null, not empty, no two with the same effective date
   * @return the registry, never null
   * @throws IllegalArgumentException if empty or two share an effective date
   */
  public static RuleSetRegistry of(Collection<Calculator> calculators) {
    Objects.requireNonNull(calculators, "calculators");
    if (calculators.isEmpty()) {
      throw new IllegalArgumentException("a registry needs at least one rule set");
    }
    List<Calculator> sorted = new ArrayList<>(calculators);
    sorted.sort(Comparator.comparing(c -> c.ruleSet().effectiveFrom()));
    for (int i = 1; i < sorted.size(); i++) {
      RuleSet a = sorted.get(i - 1).ruleSet();
      RuleSet b = sorted.get(i).ruleSet();
      if (a.effectiveFrom().equals(b.effectiveFrom())) {
        throw new IllegalArgumentException(
            "rule sets " + a.label() + " and " + b.label() + " both take effect on " + a.effectiveFrom());
      }
    }
    return new RuleSetRegistry(List.copyOf(sorted));
  }

  /**
   * Returns the calculator of the rules in force on {@code date}: the one with the latest effective date
   * on or before it.
   *
   * @param date not null
   * @return the calculator in force, never null
   * @throws NoRuleSetInForceException if {@code date} is before every rule set's effective date
   */
  public Calculator inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Calculator found = null;
    for (Calculator c : byDate) {
      if (c.ruleSet().effectiveFrom().isAfter(date)) {
        break;
      }
      found = c;
    }
    if (found == null) {
      throw new NoRuleSetInForceException(date, byDate.get(0).ruleSet().effectiveFrom());
    }
    return found;
  }

  /** {@return the newest rule set's calculator: the one in force from the latest date; never null} */
  public Calculator latest() {
    return byDate.get(byDate.size() - 1);
  }

  /** {@return every calculator, oldest first; never null or empty} */
  public List<Calculator> all() {
    return byDate;
  }
}
