package uk.ras.pricing;

import static uk.ras.ValueContract.check;

import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/**
 * A pricing step compares as a value: unequal when any one field differs, written as
 * {@code AmountStep[field=value, ...]}. Made twice by the engine it is compared in
 * {@code uk.ras.allocation.ResultContractTest}.
 */
class ResultContractTest {
  private static AmountStep step(String rule, String description, long change, long amount) {
    return new AmountStep(rule, description, Money.ofPence(change), Money.ofPence(amount));
  }

  @Test
  void anAmountStepIsAValue() {
    check(
        step("floor", "raised to the floor", 5_00, 20_00),
        step("floor", "raised to the floor", 5_00, 20_00),
        "AmountStep[rule=floor, description=raised to the floor, change=£5.00, amount=£20.00]",
        step("ceiling", "raised to the floor", 5_00, 20_00),
        step("floor", "raised", 5_00, 20_00),
        step("floor", "raised to the floor", 5_01, 20_00),
        step("floor", "raised to the floor", 5_00, 20_01));
  }
}
