package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The layout arithmetic of the report kit: value axes cover their data with nice steps and no absurd
 * headroom, and histogram bins cover exactly the data's range. Each property was seen to fail with its bug
 * planted by hand (see the commit).
 */
class LayoutProperties {
  private static boolean nice(double step) {
    double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
    double m = step / power;
    return Math.abs(m - 1) < 1e-9 || Math.abs(m - 2) < 1e-9 || Math.abs(m - 5) < 1e-9 || Math.abs(m - 10) < 1e-9;
  }

  @Test
  void ticksCoverTheDataWithANiceStepAndLessThanOneStepOfHeadroom() {
    qt().forAll(doubles().between(-1e9, 1e9), doubles().between(0, 1e9), integers().between(1, 12))
        .checkAssert((min, span, maxIntervals) -> {
          double max = min + span;
          Ticks t = Ticks.covering(min, max, maxIntervals);
          String seen = t + " for " + min + ".." + max + " in " + maxIntervals;
          assertTrue(nice(t.step()), "step not 1, 2 or 5 x 10^k: " + seen);
          assertTrue(t.intervals() >= 1 && t.intervals() <= maxIntervals, "intervals: " + seen);
          // Within the rounding of doubles at this magnitude (a step of 2e-7 at 1e9 is about one ulp).
          double slack = t.step() * 1e-6 + 4 * Math.ulp(Math.max(Math.abs(min), Math.abs(max)));
          assertTrue(t.first() <= min + slack && t.last() >= max - slack, "does not cover: " + seen);
          if (span > 0) {
            assertTrue(min - t.first() < t.step() + slack && t.last() - max < t.step() + slack, "headroom: " + seen);
          }
        });
  }

  @Test
  void theStepIsTheSmallestNiceOneThatFits() {
    qt().forAll(doubles().between(0, 1e6), doubles().between(1e-3, 1e6), integers().between(1, 12))
        .checkAssert((min, span, maxIntervals) -> {
          Ticks t = Ticks.covering(min, min + span, maxIntervals);
          double smaller = t.step() / (nice(t.step() / 2) ? 2 : 2.5);
          long intervals = (long) Math.ceil((min + span) / smaller - 1e-9) - (long) Math.floor(min / smaller + 1e-9);
          assertTrue(intervals > maxIntervals, "a smaller step " + smaller + " also fits: " + t + " for " + min + "+" + span);
        });
  }

  @Test
  void binsHoldEveryValueOnceAndEndWhereTheDataEnd() {
    qt().forAll(longs().between(-10_000_000, 10_000_000), longs().between(0, 50_000_000), integers().between(2, 40),
            longs().between(1, 1000))
        .checkAssert((min, span, maxBins, smallest) -> {
          long max = min + span;
          Bins bins = Bins.covering(min, max, maxBins, smallest);
          String seen = bins + " for " + min + ".." + max + " in " + maxBins + " of at least " + smallest;
          assertTrue(bins.bins() >= 1 && bins.bins() <= maxBins, "bins: " + seen);
          assertTrue(bins.width() >= smallest && nice(bins.width()), "width: " + seen);
          long[] values = {min, max, min + span / 2, min + span / 3};
          long[] counts = bins.count(values);
          assertEquals(values.length, Arrays.stream(counts).sum(), seen);
          assertTrue(counts[0] > 0 && counts[bins.bins() - 1] > 0, "an empty end bin: " + seen);
          for (long v : values) {
            int i = bins.indexOf(v);
            assertTrue(bins.edge(i) <= v && v < bins.edge(i + 1), v + " not in its bin: " + seen);
          }
          // The next narrower nice width (5 for 10, 1 for 2, 2 for 5) would need more bins, or be too narrow.
          long narrower = nice(bins.width() / 2.0) ? bins.width() / 2 : bins.width() * 2 / 5;
          if (bins.width() > 1 && narrower >= smallest) {
            assertTrue(Math.floorDiv(max, narrower) - Math.floorDiv(min, narrower) + 1 > maxBins,
                "narrower bins of " + narrower + " also fit: " + seen);
          }
        });
  }
}
