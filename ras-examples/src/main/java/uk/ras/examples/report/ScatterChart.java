package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Points in series (each its own marker shape and grey) and fitted straight lines (each its own dash style),
 * all named in a legend above the plot. Both axes start at zero or below the data and end at the first nice
 * tick at or above it; a line is drawn only where it crosses the plot. Immutable; made by {@link #builder}.
 */
public final class ScatterChart implements Chart {
  private static final double PLOT_HEIGHT = 280;

  private final Builder b;

  private ScatterChart(Builder b) {
    this.b = b;
  }

  /**
   * Starts a scatter chart.
   *
   * @param id the chart's id in its page: lower case letters, digits and '-'
   * @param title the chart's title
   * @return never null
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects the chart's data; one thread. */
  public static final class Builder extends ChartBuilder<Builder> {
    private String xTitle = "";
    private AxisFormat xFormat = AxisFormat.PLAIN;
    private String yTitle = "";
    private AxisFormat yFormat = AxisFormat.PLAIN;
    private final List<Series> series = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    private Builder(String id, String title) {
      super(id, title);
    }

    /**
     * The axes.
     *
     * @param xTitle the horizontal axis, with its unit
     * @param xFormat how its ticks are written
     * @param yTitle the vertical axis, with its unit
     * @param yFormat how its ticks are written
     * @return this
     */
    public Builder axes(String xTitle, AxisFormat xFormat, String yTitle, AxisFormat yFormat) {
      this.xTitle = Objects.requireNonNull(xTitle);
      this.xFormat = Objects.requireNonNull(xFormat);
      this.yTitle = Objects.requireNonNull(yTitle);
      this.yFormat = Objects.requireNonNull(yFormat);
      return this;
    }

    /**
     * A series of points.
     *
     * @param name shown in the legend
     * @param x finite
     * @param y finite, as many as x
     * @return this
     * @throws IllegalArgumentException for lengths that differ or a value not finite
     */
    public Builder series(String name, double[] x, double[] y) {
      if (x.length != y.length) {
        throw new IllegalArgumentException(name + ": " + x.length + " x and " + y.length + " y");
      }
      for (int i = 0; i < x.length; i++) {
        if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
          throw new IllegalArgumentException(name + ": point (" + x[i] + ", " + y[i] + ")");
        }
      }
      series.add(new Series(Objects.requireNonNull(name), x.clone(), y.clone()));
      return this;
    }

    /**
     * A line {@code y = intercept + slope × x}.
     *
     * @param name shown in the legend, with what it is (such as "fitted through the origin: £5.19/point")
     * @param intercept finite
     * @param slope finite
     * @return this
     */
    public Builder line(String name, double intercept, double slope) {
      if (!Double.isFinite(intercept) || !Double.isFinite(slope)) {
        throw new IllegalArgumentException(name + ": " + intercept + " + " + slope + "x");
      }
      lines.add(new Line(Objects.requireNonNull(name), intercept, slope));
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@return the chart; never null} */
    public ScatterChart build() {
      return new ScatterChart(this);
    }
  }

  private record Series(String name, double[] x, double[] y) {}

  private record Line(String name, double intercept, double slope) {}

  @Override
  public String id() {
    return b.id;
  }

  @Override
  public String toSvg() {
    Canvas c = new Canvas(b.id);
    double top = c.title(b.title);
    List<Canvas.Entry> legend = new ArrayList<>();
    for (int s = 0; s < b.series.size(); s++) {
      legend.add(Canvas.Entry.marker(b.series.get(s).name(), s));
    }
    for (int l = 0; l < b.lines.size(); l++) {
      legend.add(Canvas.Entry.line(b.lines.get(l).name(), l));
    }
    double plotTop = c.legend(top + 4, legend) + 10;
    double plotBottom = plotTop + PLOT_HEIGHT;
    double minX = 0;
    double maxX = 0;
    double minY = 0;
    double maxY = 0;
    for (Series s : b.series) {
      for (int i = 0; i < s.x().length; i++) {
        minX = Math.min(minX, s.x()[i]);
        maxX = Math.max(maxX, s.x()[i]);
        minY = Math.min(minY, s.y()[i]);
        maxY = Math.max(maxY, s.y()[i]);
      }
    }
    ValueAxis y = ValueAxis.along(minY, maxY, plotBottom, plotTop, b.yFormat, false, false);
    double left = Canvas.PAD + 18 + y.widest() + 6;
    double right = Canvas.WIDTH - Canvas.PAD - 30;
    ValueAxis x = ValueAxis.along(minX, maxX, left, right, b.xFormat, true, false);
    c.plot(left, plotTop, right - left, PLOT_HEIGHT);
    c.yTicks(y, left, right);
    c.xTicks(x, plotTop, plotBottom);
    for (int s = 0; s < b.series.size(); s++) {
      Series series = b.series.get(s);
      for (int i = 0; i < series.x().length; i++) {
        c.marker(x.at(series.x()[i]), y.at(series.y()[i]), s, null);
      }
    }
    double x0 = x.ticks.first();
    double x1 = x.ticks.last();
    double y0 = y.ticks.first();
    double y1 = y.ticks.last();
    for (int l = 0; l < b.lines.size(); l++) {
      Line line = b.lines.get(l);
      double[] seg = clip(line, x0, x1, y0, y1);
      if (seg != null) {
        c.line(x.at(seg[0]), y.at(seg[1]), x.at(seg[2]), y.at(seg[3]), l, "ras-fit");
      }
    }
    c.axisLine(left, plotTop, left, plotBottom);
    c.axisLine(left, plotBottom, right, plotBottom);
    c.yTitle(Canvas.PAD + 8, plotTop + PLOT_HEIGHT / 2, b.yTitle);
    return c.svgWithXTitle(left, right, plotBottom, b.xTitle, b.title, b.description);
  }

  /** The part of the line inside the box, as {x, y, x, y}, or null where it misses the box. */
  static double[] clip(Line line, double x0, double x1, double y0, double y1) {
    double from = x0;
    double to = x1;
    if (line.slope() == 0) {
      return line.intercept() < y0 || line.intercept() > y1 ? null
          : new double[] {x0, line.intercept(), x1, line.intercept()};
    }
    // x where the line meets the bottom and top of the box, in increasing order.
    double a = (y0 - line.intercept()) / line.slope();
    double bx = (y1 - line.intercept()) / line.slope();
    from = Math.max(from, Math.min(a, bx));
    to = Math.min(to, Math.max(a, bx));
    if (from >= to) {
      return null;
    }
    return new double[] {from, line.intercept() + line.slope() * from, to, line.intercept() + line.slope() * to};
  }
}
