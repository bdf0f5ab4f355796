package uk.ras.examples.report;

import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A histogram: how many values fall in each of a set of {@link Bins}, as adjacent vertical bars, each
 * labelled with its count where the label fits, the bins' edges written under the axis (every one, or every
 * second, fifth... so that they never touch). The count axis ends at the first nice tick at or above the
 * tallest bar, or at a given top so that several histograms of the same bins compare. Immutable; made by
 * {@link #builder}.
 */
public final class Histogram implements Chart {
  private static final double PLOT_HEIGHT = 200;

  private final Builder b;

  private Histogram(Builder b) {
    this.b = b;
  }

  /**
   * Starts a histogram.
   *
   * @param id the chart's id in its page: lower case letters, digits and '-'
   * @param title the chart's title
   * @param bins the bins
   * @param counts how many values fall in each bin, not negative
   * @return never null
   * @throws IllegalArgumentException for counts that do not match the bins, or a negative count
   */
  public static Builder builder(String id, String title, Bins bins, long[] counts) {
    if (counts.length != bins.bins()) {
      throw new IllegalArgumentException(id + ": " + counts.length + " counts for " + bins.bins() + " bins");
    }
    for (long n : counts) {
      if (n < 0) {
        throw new IllegalArgumentException(id + ": a count of " + n);
      }
    }
    return new Builder(id, title, bins, counts.clone());
  }

  /** Collects the chart's data; one thread. */
  public static final class Builder extends ChartBuilder<Builder> {
    private final Bins bins;
    private final long[] counts;
    private String xTitle = "";
    private LongFunction<String> edgeLabel = Long::toString;
    private String yTitle = "";
    private long top;

    private Builder(String id, String title, Bins bins, long[] counts) {
      super(id, title);
      this.bins = bins;
      this.counts = counts;
    }

    /**
     * The axis of the binned values.
     *
     * @param title what the values are, with their unit
     * @param edgeLabel writes a bin edge, such as {@code pence -> Numbers.poundsTick(pence / 100.0)}
     * @return this
     */
    public Builder values(String title, LongFunction<String> edgeLabel) {
      this.xTitle = Objects.requireNonNull(title);
      this.edgeLabel = Objects.requireNonNull(edgeLabel);
      return this;
    }

    /**
     * The axis of the counts.
     *
     * @param title such as "people"
     * @param top the axis covers at least this count (the tallest bar of every histogram shown together),
     *     or 0 for this histogram's own tallest bar
     * @return this
     */
    public Builder counts(String title, long top) {
      this.yTitle = Objects.requireNonNull(title);
      this.top = top;
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@return the chart; never null} */
    public Histogram build() {
      return new Histogram(this);
    }
  }

  @Override
  public String id() {
    return b.id;
  }

  @Override
  public String toSvg() {
    Canvas c = new Canvas(b.id);
    // Room above the plot for the count over the tallest bar.
    double plotTop = c.title(b.title) + 18;
    double plotBottom = plotTop + PLOT_HEIGHT;
    long tallest = b.top;
    for (long n : b.counts) {
      tallest = Math.max(tallest, n);
    }
    ValueAxis y = ValueAxis.along(0, Math.max(1, tallest), plotBottom, plotTop, AxisFormat.PLAIN, false, true);
    double left = Canvas.PAD + 18 + y.widest() + 6;
    String[] edges = new String[b.bins.bins() + 1];
    double widestEdge = 0;
    for (int i = 0; i < edges.length; i++) {
      edges[i] = b.edgeLabel.apply(b.bins.edge(i));
      widestEdge = Math.max(widestEdge, Markup.width(edges[i], Canvas.TICK_SIZE));
    }
    double right = Canvas.WIDTH - Canvas.PAD - Math.max(4, Markup.width(edges[edges.length - 1], Canvas.TICK_SIZE) / 2);
    left = Math.max(left, Canvas.PAD + Markup.width(edges[0], Canvas.TICK_SIZE) / 2);
    double barWidth = (right - left) / b.bins.bins();
    // Label every k-th edge, k the smallest that leaves a gap between neighbouring labels.
    int every = 1;
    while (every * barWidth < widestEdge + 8) {
      every++;
    }
    c.plot(left, plotTop, right - left, PLOT_HEIGHT);
    c.yTicks(y, left, right);
    for (int i = 0; i < b.bins.bins(); i++) {
      double x = left + i * barWidth;
      double h = plotBottom - y.at(b.counts[i]);
      String key = "b" + i;
      if (b.counts[i] > 0) {
        c.bar(x, plotBottom - h, barWidth, h, 1, key,
            edges[i] + " to " + edges[i + 1] + ": " + Numbers.count(b.counts[i]));
        String count = Numbers.count(b.counts[i]);
        if (Markup.width(count, Canvas.VALUE_SIZE) + 2 <= barWidth) {
          c.text(x + barWidth / 2, plotBottom - h - 4, count, Canvas.VALUE_SIZE, "middle", "inside", key, "");
        }
      }
    }
    for (int i = 0; i <= b.bins.bins(); i += every) {
      double x = left + i * barWidth;
      c.axisLine(x, plotBottom, x, plotBottom + 4);
      c.text(x, plotBottom + 15, edges[i], Canvas.TICK_SIZE, "middle", "outside", null, "");
    }
    c.axisLine(left, plotTop, left, plotBottom);
    c.axisLine(left, plotBottom, right, plotBottom);
    c.yTitle(Canvas.PAD + 8, plotTop + PLOT_HEIGHT / 2, b.yTitle);
    c.text(left + (right - left) / 2, plotBottom + 33, b.xTitle, Canvas.LABEL_SIZE, "middle", "outside", null, "");
    return c.svg(plotBottom + 43, b.title, b.description);
  }
}
