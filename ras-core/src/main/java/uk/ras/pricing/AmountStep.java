package uk.ras.pricing;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * One step from points to the weekly amount: the rule applied, what it did in words, the change it made
 * and the amount after it. The first step's change is the priced amount, so the changes of all steps add
 * up to the weekly budget. Immutable and thread-safe.
 *
 * @param rule the rule's name in the rule file, such as "pricing.contingencyPercent"; not null
 * @param description what happened, in words; not null
 * @param change the amount added (negative: taken away); not null
 * @param amount the weekly amount after this step; not null
 */
public record AmountStep(String rule, String description, Money change, Money amount) {
  public AmountStep {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(amount, "amount");
  }
}
