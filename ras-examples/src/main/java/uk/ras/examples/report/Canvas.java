package uk.ras.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes one chart's SVG: the marked elements {@link Chart} describes, and the greyscale styles that keep
 * series apart when printed on a black-and-white printer (fill patterns, dash styles and marker shapes as
 * well as distinct greys, never colour alone).
 */
final class Canvas {
  static final double WIDTH = 680; // A4 less 14 mm margins is 182 mm, 688 CSS pixels
  static final double TITLE_SIZE = 14;
  static final double LABEL_SIZE = 11;
  static final double TICK_SIZE = 10;
  static final double VALUE_SIZE = 10;
  static final double PAD = 8;
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,60}");

  /** A fill: a grey, or a pattern on white; ink is the colour of a label drawn on it. */
  record Fill(String grey, String pattern, String ink) {}

  /** Fills in the order series and parts take them: dark, light, hatched, mid, dotted, cross-hatched. */
  static final List<Fill> FILLS = List.of(
      new Fill("#3a3a3a", null, "#fff"),
      new Fill("#c4c4c4", null, "#000"),
      new Fill("#fff", "<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2\" stroke=\"#000\" stroke-width=\"1.2\"/>", "#000"),
      new Fill("#7a7a7a", null, "#fff"),
      new Fill("#fff", "<circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#000\"/>", "#000"),
      new Fill("#fff", "<path d=\"M0,0 l6,6 M6,0 l-6,6\" stroke=\"#555\" stroke-width=\"0.9\"/>", "#000"));

  /** Line styles: stroke, dash array, width. */
  record Stroke(String grey, String dash, double width) {}

  static final List<Stroke> STROKES = List.of(
      new Stroke("#000", "", 2.2),
      new Stroke("#000", "8 4", 2),
      new Stroke("#000", "2 3", 2.4),
      new Stroke("#555", "10 3 2 3", 2),
      new Stroke("#555", "14 5", 2));

  private final String id;
  private final StringBuilder body = new StringBuilder();
  private final boolean[] patterns = new boolean[FILLS.size()];

  Canvas(String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a chart id is lower case letters, digits and '-', not: " + id);
    }
    this.id = id;
  }

  /** The chart's title, top left; returns the y below it. */
  double title(String title) {
    text(PAD, 20, title, TITLE_SIZE, "start", "outside", null, " font-weight=\"bold\"");
    return 30;
  }

  /** One entry of a legend: a fill swatch, a line sample or a marker, and its text. */
  record Entry(String text, char kind, int style) {
    static Entry fill(String text, int style) {
      return new Entry(text, 'f', style);
    }

    static Entry line(String text, int style) {
      return new Entry(text, 'l', style);
    }

    static Entry marker(String text, int style) {
      return new Entry(text, 'm', style);
    }
  }

  /**
   * A legend in rows from {@code top}, left to right, wrapping before the chart's edge; above the plot, so
   * never over it. Returns the y below it ({@code top} for no entries).
   */
  double legend(double top, List<Entry> entries) {
    if (entries.isEmpty()) {
      return top;
    }
    body.append("<g class=\"ras-legend\">");
    double x = PAD;
    double y = top;
    for (Entry e : entries) {
      double w = 24 + Markup.width(e.text(), LABEL_SIZE);
      if (x > PAD && x + w > WIDTH - PAD) {
        x = PAD;
        y += 17;
      }
      switch (e.kind()) {
        case 'f' -> fillRect(x, y + 2, 14, 11, e.style(), null, null, null);
        case 'l' -> line(x, y + 7.5, x + 18, y + 7.5, e.style(), null);
        default -> marker(x + 8, y + 7.5, e.style(), null);
      }
      text(x + 22, y + 11.5, e.text(), LABEL_SIZE, "start", "outside", null, "");
      x += w + 14;
    }
    body.append("</g>");
    return y + 17;
  }

  /** The plot area's marker rectangle (drawn last would cover nothing: it has no fill). */
  void plot(double x, double y, double w, double h) {
    body.append(String.format(Locale.ROOT,
        "<rect class=\"ras-plot\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\"/>", x, y, w, h));
  }

  void grid(double x1, double y1, double x2, double y2) {
    body.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\" stroke-width=\"1\"/>", x1, y1, x2, y2));
  }

  /** A vertical grid line at each tick of a horizontal axis, with the tick's label under the plot. */
  void xTicks(ValueAxis axis, double plotTop, double plotBottom) {
    for (int i = 0; i <= axis.ticks.intervals(); i++) {
      double x = axis.at(axis.ticks.at(i));
      grid(x, plotTop, x, plotBottom);
      text(x, plotBottom + 14, axis.label(i), TICK_SIZE, "middle", "outside", null, "");
    }
  }

  /** A horizontal grid line at each tick of a vertical axis, with the tick's label left of the plot. */
  void yTicks(ValueAxis axis, double left, double right) {
    for (int i = 0; i <= axis.ticks.intervals(); i++) {
      double y = axis.at(axis.ticks.at(i));
      grid(left, y, right, y);
      text(left - 6, y + 3.5, axis.label(i), TICK_SIZE, "end", "outside", null, "");
    }
  }

  /** The horizontal axis's title centred under a plot with tick labels, then the chart, ending below it. */
  String svgWithXTitle(double left, double right, double plotBottom, String xTitle, String title, String description) {
    text(left + (right - left) / 2, plotBottom + 32, xTitle, LABEL_SIZE, "middle", "outside", null, "");
    return svg(plotBottom + 42, title, description);
  }

  void axisLine(double x1, double y1, double x2, double y2) {
    body.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-width=\"1\"/>", x1, y1, x2, y2));
  }

  /** A bar or segment, a mark with a key, and its tooltip. */
  void bar(double x, double y, double w, double h, int style, String key, String tooltip) {
    fillRect(x, y, w, h, style, "ras-mark", key, tooltip);
  }

  private void fillRect(double x, double y, double w, double h, int style, String cls, String key, String tooltip) {
    Fill f = FILLS.get(style % FILLS.size());
    String fill = f.pattern() == null ? f.grey() : "url(#" + patternId(style % FILLS.size()) + ")";
    body.append(String.format(Locale.ROOT,
        "<rect%s%s x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#000\" stroke-width=\"0.6\">",
        cls == null ? "" : " class=\"" + cls + "\"", key == null ? "" : " data-key=\"" + key + "\"",
        x, y, Math.max(0, w), Math.max(0, h), fill));
    if (tooltip != null) {
      body.append("<title>").append(Markup.escape(tooltip)).append("</title>");
    }
    body.append("</rect>");
  }

  private String patternId(int style) {
    patterns[style] = true;
    return id + "-fill" + style;
  }

  /** A line in one of the {@link #STROKES}; cls may be null. */
  void line(double x1, double y1, double x2, double y2, int style, String cls) {
    Stroke s = STROKES.get(style % STROKES.size());
    body.append(String.format(Locale.ROOT,
        "<line%s x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
        cls == null ? "" : " class=\"" + cls + "\"", x1, y1, x2, y2, s.grey(), s.width(),
        s.dash().isEmpty() ? "" : " stroke-dasharray=\"" + s.dash() + "\""));
  }

  /** A point marker: circle, square, triangle, diamond, cross; filled or open greys. */
  void marker(double x, double y, int style, String tooltip) {
    String fill = style % 2 == 0 ? "#444" : "#fff";
    String shape = switch (style % 5) {
      case 0 -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"", x, y);
      case 1 -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"5.6\" height=\"5.6\"", x - 2.8, y - 2.8);
      case 2 -> String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f l3.4,6 h-6.8 z\"", x, y - 3.6);
      case 3 -> String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f l3.6,3.6 l-3.6,3.6 l-3.6,-3.6 z\"", x, y - 3.6);
      default -> String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f l6,6 M%.1f,%.1f l-6,6\"", x - 3, y - 3, x + 3, y - 3);
    };
    body.append(shape).append(" fill=\"").append(style % 5 == 4 ? "none" : fill)
        .append("\" stroke=\"#000\" stroke-width=\"1\" fill-opacity=\"0.8\">");
    if (tooltip != null) {
      body.append("<title>").append(Markup.escape(tooltip)).append("</title>");
    }
    body.append(shape.startsWith("<circle") ? "</circle>" : shape.startsWith("<rect") ? "</rect>" : "</path>");
  }

  /**
   * A label. {@code place} is "outside" or "inside"; {@code of} the key of the mark an inside label
   * belongs to (or null); {@code extra} further attributes, starting with a space, or "".
   */
  void text(double x, double y, String text, double size, String anchor, String place, String of, String extra) {
    body.append(String.format(Locale.ROOT,
        "<text class=\"ras-label\" data-place=\"%s\"%s x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\"%s>",
        place, of == null ? "" : " data-of=\"" + of + "\"", x, y, size, anchor, extra))
        .append(Markup.escape(text)).append("</text>");
  }

  /** A value label drawn on a fill: in its ink, with a halo where the ink is black on a pattern. */
  void labelOn(double x, double y, String text, int style, String of) {
    Fill f = FILLS.get(style % FILLS.size());
    String extra = " fill=\"" + f.ink() + "\""
        + (f.pattern() != null ? " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"" : "");
    text(x, y, text, VALUE_SIZE, "middle", "inside", of, extra);
  }

  /** The y axis title, turned a quarter to read upwards, centred on the plot's height. */
  void yTitle(double x, double centreY, String title) {
    text(x, centreY, title, LABEL_SIZE, "middle", "outside", null,
        String.format(Locale.ROOT, " transform=\"rotate(-90 %.1f %.1f)\"", x, centreY));
  }

  /** The whole element. */
  String svg(double height, String title, String description) {
    StringBuilder svg = new StringBuilder(body.length() + 800);
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ras-chart\" id=\"%s\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\""
            + " height=\"%.0f\" role=\"img\" aria-labelledby=\"%s-title %s-desc\" font-family=\"'DejaVu Sans', Verdana, sans-serif\">",
        id, WIDTH, Math.ceil(height), WIDTH, Math.ceil(height), id, id));
    svg.append("<title id=\"").append(id).append("-title\">").append(Markup.escape(title)).append("</title>");
    svg.append("<desc id=\"").append(id).append("-desc\">").append(Markup.escape(description)).append("</desc>");
    svg.append("<defs>");
    for (int i = 0; i < patterns.length; i++) {
      if (patterns[i]) {
        svg.append("<pattern id=\"").append(id).append("-fill").append(i)
            .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
            .append(FILLS.get(i).pattern()).append("</pattern>");
      }
    }
    svg.append("</defs><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
    return svg.append(body).append("</svg>").toString();
  }
}
