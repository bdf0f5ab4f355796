package uk.ras.pricing;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * One step from points to the weekly amount: the rule applied, what it did in words, the change it made
 * and the amount after it. The first step's change is the priced amount, so the changes of all steps add
 * up to the weekly budget. Immutable and thread-safe. Made only by the engine.
 */
public final class AmountStep {
  private final String rule;
  private final String description;
  private final Money change;
  private final Money amount;

  AmountStep(String rule, String description, Money change, Money amount) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(amount, "amount");
    this.rule = rule;
    this.description = description;
    this.change = change;
    this.amount = amount;
  }

  /** {@return the rule's name in the rule file, such as "pricing.contingencyPercent"; never null} */
  public String rule() {
    return rule;
  }

  /** {@return what happened, in words; never null} */
  public String description() {
    return description;
  }

  /** {@return the amount added (negative: taken away); never null} */
  public Money change() {
    return change;
  }

  /** {@return the weekly amount after this step; never null} */
  public Money amount() {
    return amount;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AmountStep)) {
      return false;
    }
    AmountStep other = (AmountStep) o;
    return rule.equals(other.rule)
        && description.equals(other.description)
        && change.equals(other.change)
        && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, description, change, amount);
  }

  @Override
  public String toString() {
    return "AmountStep[" + "rule=" + rule + ", " + "description=" + description + ", " + "change=" + change + ", " + "amount=" + amount + "]";
  }
}
