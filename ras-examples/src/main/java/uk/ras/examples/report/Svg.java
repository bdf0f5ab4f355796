package uk.ras.examples.report;

import java.util.List;
import java.util.Locale;

/**
 * Small SVG charts for the calibration report, drawn from data by our own code: no scripts, no fonts
 * or files fetched, so the report opens with no network. Every chart has a title and axis labels as
 * text, and a {@code <desc>} a screen reader can read.
 */
public final class Svg {
  static final int WIDTH = 640;
  static final int HEIGHT = 360;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 36;
  private static final int BOTTOM = 56;
  static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};

  /** A series of points for a scatter chart. */
  public record Series(String name, String colour, double[] x, double[] y) {}

  /** A straight line {@code y = intercept + slope × x} across the chart. */
  public record Line(String name, String colour, double intercept, double slope) {}

  /** One bar of a bar chart: a label and one value per series. */
  public record Bar(String label, double[] values) {}

  private Svg() {}

  /** A scatter chart with fitted lines. */
  public static String scatter(
      String title, String xLabel, String yLabel, List<Series> series, List<Line> lines, String description) {
    double maxX = 1;
    double maxY = 1;
    for (Series s : series) {
      for (double v : s.x()) {
        maxX = Math.max(maxX, v);
      }
      for (double v : s.y()) {
        maxY = Math.max(maxY, v);
      }
    }
    maxX = nice(maxX);
    maxY = nice(maxY);
    StringBuilder svg = open(title, description);
    axes(svg, xLabel, yLabel, 0, maxX, 0, maxY);
    for (Series s : series) {
      for (int i = 0; i < s.x().length; i++) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.2\" fill=\"%s\" fill-opacity=\"0.55\"/>",
            px(s.x()[i], maxX), py(s.y()[i], 0, maxY), s.colour()));
      }
    }
    for (Line l : lines) {
      double y0 = l.intercept();
      double y1 = l.intercept() + l.slope() * maxX;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"/>",
          px(0, maxX), py(clamp(y0, maxY), 0, maxY), px(x(l, maxY, maxX), maxX), py(clamp(y1, maxY), 0, maxY), l.colour()));
    }
    int legendRow = 0;
    for (Series s : series) {
      legend(svg, legendRow++, s.colour(), s.name(), false);
    }
    for (Line l : lines) {
      legend(svg, legendRow++, l.colour(), l.name(), true);
    }
    return close(svg);
  }

  private static double x(Line l, double maxY, double maxX) {
    double y1 = l.intercept() + l.slope() * maxX;
    if (y1 <= maxY || l.slope() <= 0) {
      return maxX;
    }
    return (maxY - l.intercept()) / l.slope();
  }

  private static double clamp(double y, double maxY) {
    return Math.max(0, Math.min(maxY, y));
  }

  /** A bar chart: one group of bars per {@link Bar}, one bar per series; values may be negative. */
  public static String bars(
      String title, String yLabel, List<String> seriesNames, List<Bar> bars, String description) {
    double max = 0;
    double min = 0;
    for (Bar b : bars) {
      for (double v : b.values()) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    max = max > 0 ? nice(max) : 0;
    min = min < 0 ? -nice(-min) : 0;
    if (max == min) {
      max = 1;
    }
    StringBuilder svg = open(title, description);
    axes(svg, "", yLabel, Double.NaN, Double.NaN, min, max);
    int groups = Math.max(1, bars.size());
    double plotWidth = WIDTH - LEFT - RIGHT;
    double groupWidth = plotWidth / groups;
    int n = Math.max(1, seriesNames.size());
    double barWidth = groupWidth * 0.8 / n;
    for (int g = 0; g < bars.size(); g++) {
      Bar bar = bars.get(g);
      for (int s = 0; s < bar.values().length; s++) {
        double v = bar.values()[s];
        double x = LEFT + g * groupWidth + groupWidth * 0.1 + s * barWidth;
        double y0 = py(0, min, max);
        double y1 = py(v, min, max);
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
            x, Math.min(y0, y1), Math.max(0.5, barWidth - 1), Math.abs(y1 - y0), PALETTE[s % PALETTE.length],
            esc(bar.label()), number(v)));
      }
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
          LEFT + g * groupWidth + groupWidth / 2, HEIGHT - BOTTOM + 14, esc(bar.label())));
    }
    if (seriesNames.size() > 1) {
      for (int s = 0; s < seriesNames.size(); s++) {
        legend(svg, s, PALETTE[s % PALETTE.length], seriesNames.get(s), false);
      }
    }
    return close(svg);
  }

  /**
   * A stacked bar chart: one bar per {@link Bar}, its values stacked from zero in series order (values
   * zero or more), and a marker across each bar at {@code marks[i]} (such as the money available), drawn
   * as a black line named {@code markName} in the legend.
   */
  public static String stackedBars(
      String title, String yLabel, List<String> seriesNames, List<Bar> bars, String markName, double[] marks,
      String description) {
    double max = 0;
    for (int g = 0; g < bars.size(); g++) {
      double sum = 0;
      for (double v : bars.get(g).values()) {
        sum += Math.max(0, v);
      }
      max = Math.max(max, Math.max(sum, marks[g]));
    }
    max = max > 0 ? nice(max) : 1;
    StringBuilder svg = open(title, description);
    axes(svg, "", yLabel, Double.NaN, Double.NaN, 0, max);
    int groups = Math.max(1, bars.size());
    double groupWidth = (WIDTH - LEFT - RIGHT) / (double) groups;
    double barWidth = groupWidth * 0.6;
    for (int g = 0; g < bars.size(); g++) {
      Bar bar = bars.get(g);
      double x = LEFT + g * groupWidth + groupWidth * 0.2;
      double base = 0;
      for (int s = 0; s < bar.values().length; s++) {
        double v = Math.max(0, bar.values()[s]);
        double y0 = py(base, 0, max);
        double y1 = py(base + v, 0, max);
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s</title></rect>",
            x, y1, barWidth, Math.abs(y0 - y1), PALETTE[s % PALETTE.length], esc(bar.label()),
            esc(seriesNames.get(s)), number(v)));
        base += v;
      }
      double ym = py(marks[g], 0, max);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-width=\"2.5\">"
              + "<title>%s, %s: %s</title></line>",
          x - groupWidth * 0.1, ym, x + barWidth + groupWidth * 0.1, ym, esc(bar.label()), esc(markName),
          number(marks[g])));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
          LEFT + g * groupWidth + groupWidth / 2, HEIGHT - BOTTOM + 14, esc(bar.label())));
    }
    for (int s = 0; s < seriesNames.size(); s++) {
      legend(svg, s, PALETTE[s % PALETTE.length], seriesNames.get(s), false);
    }
    legend(svg, seriesNames.size(), "#000", markName, true);
    return close(svg);
  }

  private static StringBuilder open(String title, String description) {
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
            + " font-family=\"sans-serif\">",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<title>").append(esc(title)).append("</title><desc>").append(esc(description)).append("</desc>");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>", LEFT, esc(title)));
    return svg;
  }

  private static String close(StringBuilder svg) {
    return svg.append("</svg>").toString();
  }

  /** Axes with five ticks; an x range of NaN draws no x ticks (bar charts label their own groups). */
  private static void axes(StringBuilder svg, String xLabel, String yLabel, double minX, double maxX, double minY, double maxY) {
    int bottom = HEIGHT - BOTTOM;
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, TOP, LEFT, bottom));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#333\"/>",
        LEFT, py(0, minY, maxY), WIDTH - RIGHT, py(0, minY, maxY)));
    for (int i = 0; i <= 5; i++) {
      double v = minY + (maxY - minY) * i / 5;
      double y = py(v, minY, maxY);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
              + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
          LEFT, y, WIDTH - RIGHT, y, LEFT - 4, y + 3, number(v)));
      if (!Double.isNaN(maxX)) {
        double xv = minX + (maxX - minX) * i / 5;
        svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
            px(xv, maxX), bottom + 14, number(xv)));
      }
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
        LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 12, esc(xLabel)));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"14\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>",
        TOP + (bottom - TOP) / 2, TOP + (bottom - TOP) / 2, esc(yLabel)));
  }

  private static void legend(StringBuilder svg, int row, String colour, String name, boolean line) {
    int x = WIDTH - RIGHT - 230;
    int y = TOP + 6 + row * 15;
    svg.append(line
        ? String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2.5\"/>",
            x, y, x + 14, y, colour)
        : String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", x + 2, y - 5, colour));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", x + 20, y + 4, esc(name)));
  }

  private static double px(double x, double maxX) {
    return LEFT + (WIDTH - LEFT - RIGHT) * x / maxX;
  }

  private static double py(double y, double minY, double maxY) {
    int bottom = HEIGHT - BOTTOM;
    return bottom - (bottom - TOP) * (y - minY) / (maxY - minY);
  }

  /** The next "nice" number (1, 2 or 5 times a power of ten) at or above {@code v}. */
  static double nice(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  static String number(double v) {
    double a = Math.abs(v);
    if (a >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1fm", v / 1_000_000);
    }
    if (a >= 10_000) {
      return String.format(Locale.ROOT, "%.0fk", v / 1_000);
    }
    return a == Math.rint(a) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Escapes text for HTML and SVG. */
  public static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
