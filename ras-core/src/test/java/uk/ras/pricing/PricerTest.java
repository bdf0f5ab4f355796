package uk.ras.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;

/** The pricer's steps at their edges, worked by hand: £5.00 a point, floor £20.00, ceiling £80.00. */
class PricerTest {
  private static Pricer pricer(CeilingPolicy policy) {
    return Pricer.of(
        Pricing.builder()
            .method(PricePerPoint.of(new BigDecimal("5.00")))
            .floor(Money.ofPence(20_00))
            .ceiling(Ceiling.of(Money.ofPence(80_00), policy))
            .build(),
        RoundingMode.HALF_UP);
  }

  @Test
  void anAmountExactlyAtTheFloorOrTheCeilingIsLeftAloneAndNotFlagged() {
    // 4 points x £5.00 = £20.00, the floor itself; 16 points = £80.00, the ceiling itself.
    Priced atFloor = pricer(CeilingPolicy.CAP).price(BigDecimal.valueOf(4), true);
    assertEquals(Money.ofPence(20_00), atFloor.weekly());
    assertEquals(Set.of(), atFloor.flags());
    assertEquals("floor of £20.00 not needed", atFloor.steps().get(1).description());
    Priced atCeiling = pricer(CeilingPolicy.CAP).price(BigDecimal.valueOf(16), true);
    assertEquals(Money.ofPence(80_00), atCeiling.weekly());
    assertEquals(Set.of(), atCeiling.flags());
    assertEquals("within the ceiling of £80.00", atCeiling.steps().get(2).description());
    // One point more is capped at £80.00, or referred and left at £85.00.
    Priced capped = pricer(CeilingPolicy.CAP).price(BigDecimal.valueOf(17), false);
    assertEquals(Money.ofPence(80_00), capped.weekly());
    assertEquals(Set.of(BudgetFlag.CEILING_APPLIED), capped.flags());
    assertTrue(capped.steps().isEmpty(), "no words unless asked for");
    Priced referred = pricer(CeilingPolicy.REFER).price(BigDecimal.valueOf(17), false);
    assertEquals(Money.ofPence(85_00), referred.weekly());
    assertEquals(Set.of(BudgetFlag.REFERRED_TO_PANEL), referred.flags());
  }

  @Test
  void aFloorTopUpIsSharedByAmountsAndOnePartTakesItAll() {
    // Parts of 1 and 2 points: £5.00 and £10.00, £15.00 in all, raised to £20.00: the £5.00 top-up is
    // shared 5 : 10, £1.67 and £3.33 (largest remainder: 1.666.. and 3.333.., the first gets the penny).
    Priced two =
        pricer(CeilingPolicy.CAP)
            .price(
                List.of(
                    new Pricer.Part("A", BigDecimal.ONE, Optional.empty(), "a"),
                    new Pricer.Part("B", BigDecimal.valueOf(2), Optional.empty(), "b")),
                false);
    assertEquals(Money.ofPence(6_67), two.part(0));
    assertEquals(Money.ofPence(13_33), two.part(1));
    assertEquals(Money.ofPence(20_00), two.weekly());
    assertEquals(2, two.partCount());
    Priced one =
        pricer(CeilingPolicy.CAP)
            .price(List.of(new Pricer.Part("A", BigDecimal.valueOf(3), Optional.empty(), "a")), false);
    assertEquals(Money.ofPence(20_00), one.part(0));
    assertEquals(1, one.partCount());
  }

  @Test
  void callerMistakesAreRefused() {
    Pricer pricer = pricer(CeilingPolicy.CAP);
    assertEquals(
        "points must not be negative, were -1",
        assertThrows(IllegalArgumentException.class, () -> pricer.price(BigDecimal.valueOf(-1), false))
            .getMessage());
    assertEquals(
        "parts must not be empty",
        assertThrows(IllegalArgumentException.class, () -> pricer.price(List.of(), false)).getMessage());
    assertEquals(
        "A: points must not be negative, were -1",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Pricer.Part("A", BigDecimal.valueOf(-1), Optional.empty(), "a"))
            .getMessage());
  }
}
