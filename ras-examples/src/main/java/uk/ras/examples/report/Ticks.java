package uk.ras.examples.report;

/**
 * The ticks of a chart's value axis: evenly spaced at a "nice" step (1, 2 or 5 times a power of ten) from
 * the last multiple of the step at or below the data's smallest value to the first at or above its
 * largest. So the axis covers the data with less than one step of headroom at either end: a tallest bar
 * of 215 gets an axis to 250 (step 50), never to 500.
 *
 * @param first the first tick
 * @param step the distance between ticks, positive
 * @param intervals how many steps the axis spans, at least 1
 */
public record Ticks(double first, double step, int intervals) {
  /**
   * Slack for floating point: 0.7 / 0.1 is 6.999999999999999, which must count as 7 steps, not 8.
   */
  private static final double SLACK = 1e-9;

  /**
   * The ticks covering {@code [min, max]} with at most {@code maxIntervals} steps, using the smallest nice
   * step that fits. A range of one value is widened to one unit above it (to include zero for zero).
   *
   * @param min the smallest value to show, finite
   * @param max the largest value to show, finite, not below {@code min}
   * @param maxIntervals at least 1
   * @return never null
   * @throws IllegalArgumentException for a non-finite or reversed range, or fewer than one interval
   */
  public static Ticks covering(double min, double max, int maxIntervals) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
      throw new IllegalArgumentException("not a range: " + min + " to " + max);
    }
    if (maxIntervals < 1) {
      throw new IllegalArgumentException("at least one interval, not " + maxIntervals);
    }
    if (max == min) {
      max = min + 1;
    }
    double step = niceAtOrAbove((max - min) / maxIntervals);
    while (true) {
      long from = (long) Math.floor(min / step + SLACK);
      long to = (long) Math.ceil(max / step - SLACK);
      if (to - from <= maxIntervals) {
        return new Ticks(from * step, step, (int) Math.max(1, to - from));
      }
      step = niceAtOrAbove(step * (1 + 1e-6));
    }
  }

  /** The tick at index {@code i}, from 0 to {@link #intervals()}. */
  public double at(int i) {
    return first + step * i;
  }

  /** The last tick. */
  public double last() {
    return at(intervals);
  }

  /** The smallest of 1, 2 or 5 times a power of ten at or above {@code v} (positive). */
  static double niceAtOrAbove(double v) {
    double power = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      // The power of ten itself can be a hair below v after log10 and pow: 1e-9 of slack.
      if (m * power >= v * (1 - SLACK)) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
