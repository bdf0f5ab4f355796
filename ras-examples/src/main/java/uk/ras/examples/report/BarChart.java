package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars, one row per category and one bar per series in it, each labelled with its value, and
 * reference lines (an envelope, the money available) drawn across the plot and named, with their values, in
 * the legend. Categories run down the page, so long names and long amounts fit at any count; values may be
 * negative (bars then run left of zero). Immutable; made by {@link #builder}.
 */
public final class BarChart implements Chart {
  private static final double BAR = 16;
  private static final double IN_GROUP = 2;
  private static final double BETWEEN_GROUPS = 10;

  private final Builder b;

  private BarChart(Builder b) {
    this.b = b;
  }

  /**
   * Starts a bar chart.
   *
   * @param id the chart's id in its page: lower case letters, digits and '-'
   * @param title the chart's title, shown and read out
   * @return never null
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects the chart's data; one thread. */
  public static final class Builder extends ChartBuilder.OneAxis<Builder> {
    private final List<String> series = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    private Builder(String id, String title) {
      super(id, title);
    }

    /**
     * The series, named in the legend when there are two or more.
     *
     * @param names one for each value of a category
     * @return this
     */
    public Builder series(String... names) {
      series.addAll(List.of(names));
      return this;
    }

    /**
     * A category: one value for each series and the label written at each bar's end.
     *
     * @param label the category's name
     * @param values finite, one per series
     * @param labels the values as the reader should see them (such as {@link Numbers#money})
     * @return this
     * @throws IllegalArgumentException for a count that does not match the series, or a value not finite
     */
    public Builder category(String label, double[] values, String[] labels) {
      if (values.length != Math.max(1, series.size()) || labels.length != values.length) {
        throw new IllegalArgumentException("category " + label + ": " + values.length + " values and "
            + labels.length + " labels for " + series.size() + " series");
      }
      for (double v : values) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("category " + label + ": " + v);
        }
      }
      categories.add(new Category(Objects.requireNonNull(label), values.clone(), labels.clone()));
      return this;
    }

    /**
     * A reference line across the plot, named with its value in the legend.
     *
     * @param name such as "available after contingency"
     * @param value finite
     * @param label the value as the reader should see it
     * @return this
     */
    public Builder reference(String name, double value, String label) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("reference " + name + ": " + value);
      }
      references.add(new Reference(Objects.requireNonNull(name), value, Objects.requireNonNull(label)));
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * The chart.
     *
     * @return never null
     * @throws IllegalStateException with no category
     */
    public BarChart build() {
      if (categories.isEmpty()) {
        throw new IllegalStateException(id + ": no category");
      }
      if (series.isEmpty()) {
        series.add(axisTitle);
      }
      return new BarChart(this);
    }
  }

  private record Category(String label, double[] values, String[] labels) {}

  private record Reference(String name, double value, String label) {}

  @Override
  public String id() {
    return b.id;
  }

  @Override
  public String toSvg() {
    Canvas c = new Canvas(b.id);
    double top = c.title(b.title);
    List<Canvas.Entry> legend = new ArrayList<>();
    if (b.series.size() > 1) {
      for (int s = 0; s < b.series.size(); s++) {
        legend.add(Canvas.Entry.fill(b.series.get(s), s));
      }
    }
    for (int r = 0; r < b.references.size(); r++) {
      Reference ref = b.references.get(r);
      legend.add(Canvas.Entry.line(ref.name() + ": " + ref.label(), r + 1));
    }
    double plotTop = c.legend(top + 4, legend) + 6;

    double min = 0;
    double max = 0;
    double categoryWidth = 0;
    double positiveLabel = 0;
    double negativeLabel = 0;
    for (Category cat : b.categories) {
      categoryWidth = Math.max(categoryWidth, Markup.width(shown(cat), Canvas.LABEL_SIZE));
      for (int s = 0; s < cat.values().length; s++) {
        double v = cat.values()[s];
        min = Math.min(min, v);
        max = Math.max(max, v);
        double w = Markup.width(cat.labels()[s], Canvas.VALUE_SIZE);
        if (v < 0) {
          negativeLabel = Math.max(negativeLabel, w);
        } else {
          positiveLabel = Math.max(positiveLabel, w);
        }
      }
    }
    for (Reference r : b.references) {
      min = Math.min(min, r.value());
      max = Math.max(max, r.value());
    }
    double left = Canvas.PAD + categoryWidth + 8 + (negativeLabel > 0 ? negativeLabel + 6 : 0);
    double right = Canvas.WIDTH - Canvas.PAD - positiveLabel - 6;
    ValueAxis axis = ValueAxis.horizontalInside(min, max, left, right, b.format);
    right = axis.end();

    int n = b.series.size();
    double plotHeight = 6 + b.categories.size() * (n * BAR + (n - 1) * IN_GROUP) + (b.categories.size() - 1) * BETWEEN_GROUPS + 6;
    double plotBottom = plotTop + plotHeight;
    c.plot(left, plotTop, right - left, plotHeight);
    c.xTicks(axis, plotTop, plotBottom);
    double zero = axis.at(0);
    double y = plotTop + 6;
    for (int g = 0; g < b.categories.size(); g++) {
      Category cat = b.categories.get(g);
      double groupHeight = n * BAR + (n - 1) * IN_GROUP;
      c.text(Canvas.PAD + categoryWidth, y + groupHeight / 2 + 4, shown(cat), Canvas.LABEL_SIZE, "end", "outside", null, "");
      for (int s = 0; s < n; s++) {
        double v = cat.values()[s];
        double end = axis.at(v);
        String key = "c" + g + "s" + s;
        c.bar(Math.min(zero, end), y, Math.abs(end - zero), BAR, s, key,
            cat.label() + (n > 1 ? ", " + b.series.get(s) : "") + ": " + cat.labels()[s]);
        double labelWidth = Markup.width(cat.labels()[s], Canvas.VALUE_SIZE);
        if (labelWidth + 10 <= Math.abs(end - zero)) {
          // Inside the bar's end, clear of reference lines drawn near it.
          c.labelOn(v < 0 ? end + 5 + labelWidth / 2 : end - 5 - labelWidth / 2, y + BAR / 2 + 3.5, cat.labels()[s], s, key);
        } else {
          c.text(v < 0 ? end - 4 : end + 4, y + BAR / 2 + 3.5, cat.labels()[s], Canvas.VALUE_SIZE,
              v < 0 ? "end" : "start", "inside", key, "");
        }
        y += BAR + IN_GROUP;
      }
      y += BETWEEN_GROUPS - IN_GROUP;
    }
    c.axisLine(zero, plotTop, zero, plotBottom);
    c.axisLine(left, plotBottom, right, plotBottom);
    for (int r = 0; r < b.references.size(); r++) {
      double x = axis.at(b.references.get(r).value());
      c.line(x, plotTop, x, plotBottom, r + 1, "ras-reference");
    }
    return c.svgWithXTitle(left, right, plotBottom, b.axisTitle, b.title, b.description);
  }

  /** A category's name as shown: at most a third of the chart wide (the tooltip has it all). */
  private static String shown(Category cat) {
    return Markup.fit(cat.label(), Canvas.LABEL_SIZE, Canvas.WIDTH / 3);
  }
}
