package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/** Examples of the kit's arithmetic and formats, each worked by hand in its comment. */
class LayoutTest {
  @Test
  void aTallestBarOf215GetsAnAxisTo250NotTo500() {
    // 215 / 5 intervals = 43: the nice step at or above is 50; ceil(215 / 50) = 5 steps: 0, 50, ..., 250.
    assertEquals(new Ticks(0, 50, 5), Ticks.covering(0, 215, 5));
    // In 10 intervals: 21.5 a step at least; 20 is below it, so 50 again, and 5 steps.
    assertEquals(new Ticks(0, 50, 5), Ticks.covering(0, 215, 10));
  }

  @Test
  void ticksOfNegativeAndFractionalRanges() {
    // -20,660.89 .. 1,500 in 6: span 22,160.89 / 6 = 3,693.5 -> step 5,000; floor(-4.13) = -5, ceil(0.3) = 1.
    assertEquals(new Ticks(-25_000, 5_000, 6), Ticks.covering(-20_660.89, 1_500, 6));
    // 0 .. 0.7 in 7: 0.1 a step, 7 of them (0.7 / 0.1 is 6.999999999999999 in doubles: still 7).
    Ticks t = Ticks.covering(0, 0.7, 7);
    assertEquals(7, t.intervals());
    assertEquals(0.1, t.step(), 1e-12);
    // One value: widened to one unit above it, 0 .. 1 in 5: a step of 0.2.
    Ticks one = Ticks.covering(0, 0, 5);
    assertEquals(5, one.intervals());
    assertEquals(0.2, one.step(), 1e-12);
  }

  @Test
  void binsStartAndEndWithTheData() {
    // Weekly changes from -£187.34 to £142.10 in pence, at most 24 bins of at least £1: span 32,944p needs
    // bins of 2,000p (£20): floor(-18,734 / 2,000) = -10 to floor(14,210 / 2,000) = 7, 18 bins from -£200 to £160.
    Bins bins = Bins.covering(-18_734, 14_210, 24, 100);
    assertEquals(new Bins(-20_000, 2_000, 18), bins);
    assertEquals(16_000, bins.edge(18));
    assertArrayEquals(new long[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1},
        bins.count(new long[] {-18_734, 0, 14_210}));
    // A value on an edge starts the bin: 0 is in the bin [0, 2,000), index 10.
    assertEquals(10, bins.indexOf(0));
    assertThrows(IllegalArgumentException.class, () -> bins.indexOf(16_000));
  }

  @Test
  void numbersAreWrittenAsTheCommandLineWritesThem() {
    assertEquals("£8,826,118.60", Numbers.money(Money.parse("8826118.60")));
    assertEquals("-£20,660.89", Numbers.money(Money.parse("-20660.89")));
    assertEquals("1,000", Numbers.count(1000));
    assertEquals("£250", Numbers.poundsTick(250));
    assertEquals("£2,000,000", Numbers.poundsTick(2_000_000));
    assertEquals("£2.50", Numbers.poundsTick(2.5));
    assertEquals("-£300", Numbers.poundsTick(-300));
    assertEquals("0.5", Numbers.plainTick(0.5, 0.5));
    assertEquals("1,250", Numbers.plainTick(1250, 250));
  }

  @Test
  void textIsEscapedAndLongNamesAreCut() {
    assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; \\u001B", Markup.escape("<b> & \"x\" 'y' \u001B"));
    String cut = Markup.fit("a very long name ".repeat(20), 11, 100);
    assertEquals('\u2026', cut.charAt(cut.length() - 1));
    assertEquals(true, Markup.width(cut, 11) <= 100);
  }
}
