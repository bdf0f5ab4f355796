package uk.ras.pricing;

import uk.ras.money.Money;

/** Expected steps for tests in other packages: only the engine makes an {@link AmountStep}. */
public final class Steps {
  private Steps() {}

  public static AmountStep step(String rule, String description, Money change, Money amount) {
    return new AmountStep(rule, description, change, amount);
  }
}
