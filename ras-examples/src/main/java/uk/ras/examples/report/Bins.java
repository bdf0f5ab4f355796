package uk.ras.examples.report;

/**
 * The bins of a histogram of whole-number values (pence, points, people): {@code bins} bins of a nice
 * {@code width} (1, 2 or 5 times a power of ten) from {@code first}, each holding the values from its lower
 * edge up to, not including, the next. Made by {@link #covering}, they start at the bin holding the smallest
 * value and end at the bin holding the largest, so the ends of the axis are where the data are: no empty bins
 * at the ends and no "300+" bin unless the data go there. Integer arithmetic throughout: a value on an edge
 * always falls in the bin that edge starts.
 *
 * @param first the lower edge of the first bin
 * @param width the width of every bin, positive
 * @param bins how many bins, at least 1
 */
public record Bins(long first, long width, int bins) {
  /**
   * The bins covering every value from {@code min} to {@code max}: the narrowest nice width, at least
   * {@code smallestWidth}, that needs at most {@code maxBins} bins.
   *
   * @param min the smallest value
   * @param max the largest value, not below {@code min}
   * @param maxBins at least 2: bins start at multiples of their width, so a range across one (-1 to 1)
   *     takes two whatever the width
   * @param smallestWidth the narrowest bin worth showing (100 for whole pounds in pence), at least 1
   * @return never null
   * @throws IllegalArgumentException for a reversed range, fewer than two bins or a width below 1
   */
  public static Bins covering(long min, long max, int maxBins, long smallestWidth) {
    if (max < min || maxBins < 2 || smallestWidth < 1) {
      throw new IllegalArgumentException(
          "bins of " + min + " to " + max + ", at most " + maxBins + ", at least " + smallestWidth + " wide");
    }
    long width = niceAtOrAbove(smallestWidth);
    while (Math.floorDiv(max, width) - Math.floorDiv(min, width) + 1 > maxBins) {
      width = niceAtOrAbove(width + 1);
    }
    return new Bins(Math.floorDiv(min, width) * width, width, (int) (Math.floorDiv(max, width) - Math.floorDiv(min, width) + 1));
  }

  /**
   * How many of the values fall in each bin.
   *
   * @param values not null; each within the bins
   * @return one count per bin; never null
   * @throws IllegalArgumentException for a value outside the bins
   */
  public long[] count(long[] values) {
    long[] counts = new long[bins];
    for (long v : values) {
      counts[indexOf(v)]++;
    }
    return counts;
  }

  /**
   * The bin a value falls in.
   *
   * @param value within the bins
   * @return from 0 to {@code bins - 1}
   * @throws IllegalArgumentException for a value outside the bins
   */
  public int indexOf(long value) {
    long i = Math.floorDiv(value - first, width);
    if (value < first || i >= bins) {
      throw new IllegalArgumentException(value + " is outside the bins " + first + " to " + edge(bins));
    }
    return (int) i;
  }

  /** The lower edge of bin {@code i}; {@code edge(bins)} is the upper edge of the last. */
  public long edge(int i) {
    return first + width * i;
  }

  /** The smallest of 1, 2 or 5 times a power of ten at or above {@code v} (positive). */
  static long niceAtOrAbove(long v) {
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power >= v) {
          return m * power;
        }
      }
      power = Math.multiplyExact(power, 10);
    }
  }
}
