package uk.ras.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Apportionment#equallyInTurn}: equal shares of a total shown item by item. */
class ApportionmentInTurnProperties {
  @Test
  void oddPenniesGoRoundInTurn() {
    // 100p over 3: 34, 33, 33 (next starts at 1); 101p: base 33, 2 odd pennies to shares 1 and 2:
    // 33, 34, 34 (next back to 0); 2p: 1, 1, 0. Sums by share: 68, 68, 67 = equally(203, 3).
    List<List<Money>> shares =
        Apportionment.equallyInTurn(List.of(Money.ofPence(100), Money.ofPence(101), Money.ofPence(2)), 3);
    assertEquals(List.of(34L, 33L, 33L), shares.get(0).stream().map(Money::pence).toList());
    assertEquals(List.of(33L, 34L, 34L), shares.get(1).stream().map(Money::pence).toList());
    assertEquals(List.of(1L, 1L, 0L), shares.get(2).stream().map(Money::pence).toList());
  }

  @Test
  void eachAmountsSharesAddUpAndTogetherTheyAreAnEqualSplitOfTheSum() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int count = 1 + r.nextInt(9);
              List<Money> amounts = new ArrayList<>();
              for (int i = r.nextInt(6); i > 0; i--) {
                amounts.add(Money.ofPence(r.nextBoolean() ? r.nextLong(20) : r.nextLong(1_000_000)));
              }
              List<List<Money>> shares = Apportionment.equallyInTurn(amounts, count);
              long[] byShare = new long[count];
              for (int a = 0; a < amounts.size(); a++) {
                assertEquals(amounts.get(a), Money.total(shares.get(a)));
                long base = amounts.get(a).pence() / count;
                for (int i = 0; i < count; i++) {
                  long s = shares.get(a).get(i).pence();
                  assertTrue(s == base || s == base + 1);
                  byShare[i] += s;
                }
              }
              List<Money> equal = Apportionment.equally(Money.total(amounts), count);
              for (int i = 0; i < count; i++) {
                assertEquals(equal.get(i).pence(), byShare[i]);
              }
            });
  }
}
