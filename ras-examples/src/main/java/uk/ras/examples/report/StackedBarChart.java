package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal stacked bars: one row per bar, each made of parts (core, shared, personal), every part in its
 * own fill and named in the legend, its value written inside it where it fits, the row's total at the bar's
 * end. Rows come in groups (a person's ISF before and after a leave): the group's name is written once, each
 * row's own name beside its bar. Every value is also a tooltip and belongs in a table beside the chart.
 * Immutable; made by {@link #builder}.
 */
public final class StackedBarChart implements Chart {
  private static final double BAR = 18;
  private static final double IN_GROUP = 3;
  private static final double BETWEEN_GROUPS = 12;
  /** Bold text is up to a tenth wider. */
  private static final double BOLD = 1.1;

  private final Builder b;

  private StackedBarChart(Builder b) {
    this.b = b;
  }

  /**
   * Starts a stacked bar chart.
   *
   * @param id the chart's id in its page: lower case letters, digits and '-'
   * @param title the chart's title
   * @return never null
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects the chart's data; one thread. */
  public static final class Builder extends ChartBuilder.OneAxis<Builder> {
    private final List<String> parts = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private Builder(String id, String title) {
      super(id, title);
    }

    /**
     * The parts every bar is made of, in the order they are stacked from zero.
     *
     * @param names shown in the legend
     * @return this
     */
    public Builder parts(String... names) {
      parts.addAll(List.of(names));
      return this;
    }

    /**
     * A bar.
     *
     * @param group the group's name, written on its first row ("A"); a row with the previous row's group
     *     joins that group
     * @param name the row's own name ("before"), or "" for none
     * @param values one per part, finite and not negative
     * @param labels the values as the reader should see them
     * @param total the bar's total as the reader should see it
     * @return this
     * @throws IllegalArgumentException for counts that do not match the parts, or a negative value
     */
    public Builder row(String group, String name, double[] values, String[] labels, String total) {
      if (values.length != parts.size() || labels.length != parts.size()) {
        throw new IllegalArgumentException(group + " " + name + ": " + values.length + " values and " + labels.length
            + " labels for " + parts.size() + " parts");
      }
      for (double v : values) {
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new IllegalArgumentException(group + " " + name + ": a part of " + v);
        }
      }
      rows.add(new Row(Objects.requireNonNull(group), Objects.requireNonNull(name), values.clone(), labels.clone(),
          Objects.requireNonNull(total)));
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
     * @throws IllegalStateException with no row
     */
    public StackedBarChart build() {
      if (rows.isEmpty()) {
        throw new IllegalStateException(id + ": no row");
      }
      return new StackedBarChart(this);
    }
  }

  private record Row(String group, String name, double[] values, String[] labels, String total) {
    double sum() {
      double s = 0;
      for (double v : values) {
        s += v;
      }
      return s;
    }
  }

  @Override
  public String id() {
    return b.id;
  }

  @Override
  public String toSvg() {
    Canvas c = new Canvas(b.id);
    double top = c.title(b.title);
    List<Canvas.Entry> legend = new ArrayList<>();
    for (int p = 0; p < b.parts.size(); p++) {
      legend.add(Canvas.Entry.fill(b.parts.get(p), p));
    }
    double plotTop = c.legend(top + 4, legend) + 6;

    double groupWidth = 0;
    double nameWidth = 0;
    double totalWidth = 0;
    double max = 0;
    for (Row r : b.rows) {
      groupWidth = Math.max(groupWidth, Markup.width(group(r), Canvas.LABEL_SIZE) * BOLD);
      nameWidth = Math.max(nameWidth, Markup.width(name(r), Canvas.TICK_SIZE));
      totalWidth = Math.max(totalWidth, Markup.width(r.total(), Canvas.VALUE_SIZE) * BOLD);
      max = Math.max(max, r.sum());
    }
    double nameRight = Canvas.PAD + groupWidth + (nameWidth > 0 ? 8 + nameWidth : 0);
    double left = nameRight + 8;
    double right = Canvas.WIDTH - Canvas.PAD - totalWidth - 6;
    ValueAxis axis = ValueAxis.horizontalInside(0, max, left, right, b.format);
    right = axis.end();

    double plotHeight = 6;
    for (int i = 0; i < b.rows.size(); i++) {
      plotHeight += BAR + (i == 0 ? 0 : sameGroup(i) ? IN_GROUP : BETWEEN_GROUPS);
    }
    plotHeight += 6;
    double plotBottom = plotTop + plotHeight;
    c.plot(left, plotTop, right - left, plotHeight);
    c.xTicks(axis, plotTop, plotBottom);
    double y = plotTop + 6;
    for (int i = 0; i < b.rows.size(); i++) {
      Row r = b.rows.get(i);
      if (i > 0) {
        y += sameGroup(i) ? IN_GROUP : BETWEEN_GROUPS;
      }
      if (i == 0 || !sameGroup(i)) {
        c.text(Canvas.PAD, y + BAR / 2 + 4, group(r), Canvas.LABEL_SIZE, "start", "outside", null, " font-weight=\"bold\"");
      }
      if (!r.name().isEmpty()) {
        c.text(nameRight, y + BAR / 2 + 3.5, name(r), Canvas.TICK_SIZE, "end", "outside", null, "");
      }
      double at = 0;
      for (int p = 0; p < r.values().length; p++) {
        double x0 = axis.at(at);
        at += r.values()[p];
        double x1 = axis.at(at);
        String key = "r" + i + "p" + p;
        String tooltip = r.group() + (r.name().isEmpty() ? "" : " " + r.name()) + ", " + b.parts.get(p) + ": " + r.labels()[p];
        c.bar(x0, y, x1 - x0, BAR, p, key, tooltip);
        if (Markup.width(r.labels()[p], Canvas.VALUE_SIZE) + 6 <= x1 - x0) {
          c.labelOn((x0 + x1) / 2, y + BAR / 2 + 3.5, r.labels()[p], p, key);
        }
      }
      c.text(axis.at(at) + 4, y + BAR / 2 + 3.5, r.total(), Canvas.VALUE_SIZE, "start", "inside", "r" + i, " font-weight=\"bold\"");
      y += BAR;
    }
    c.axisLine(left, plotTop, left, plotBottom);
    c.axisLine(left, plotBottom, right, plotBottom);
    return c.svgWithXTitle(left, right, plotBottom, b.axisTitle, b.title, b.description);
  }

  private boolean sameGroup(int i) {
    return b.rows.get(i).group().equals(b.rows.get(i - 1).group());
  }

  /** A group's and a row's names as shown, cut to a quarter and a sixth of the chart's width. */
  private static String group(Row r) {
    return Markup.fit(r.group(), Canvas.LABEL_SIZE * BOLD, Canvas.WIDTH / 4);
  }

  private static String name(Row r) {
    return Markup.fit(r.name(), Canvas.TICK_SIZE, Canvas.WIDTH / 6);
  }
}
