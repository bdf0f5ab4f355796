package uk.ras.examples.report;

import uk.ras.examples.files.Cells;

/** Text made safe for HTML and SVG, and how wide it will be drawn. */
final class Markup {
  private Markup() {}

  /**
   * Text for an HTML or SVG text node or attribute value: control characters shown as escapes (they are
   * not allowed in XML and would hide what a file held, see {@link Cells#escapeControls}), then the five
   * markup characters as entities. Every text a report shows goes through here: ids, names and labels come
   * from files.
   */
  static String escape(String text) {
    String safe = Cells.escapeControls(text);
    StringBuilder s = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * A generous estimate of the width of text drawn at {@code size} pixels in the charts' font (DejaVu Sans,
   * the widest of the usual sans-serif fonts, so narrower fallbacks only leave more room). Layout uses it
   * to reserve margins and to decide whether a label fits; the browser check measures the real boxes.
   */
  static double width(String text, double size) {
    text = Cells.escapeControls(text);
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (" .,:;'!|ijlfrt()[]".indexOf(c) >= 0) {
        em += 0.38;
      } else if ("mwMW@%&".indexOf(c) >= 0) {
        em += 1.0;
      } else if ("<>=+~#^_".indexOf(c) >= 0) {
        em += 0.84;
      } else if (Character.isUpperCase(c)) {
        em += 0.75;
      } else {
        em += 0.64;
      }
    }
    return em * size;
  }

  /**
   * The text, cut short with an ellipsis where it would be wider than {@code max} pixels: a name from a file
   * may be of any length, and must not squeeze the plot to nothing (the whole text stays in the tooltip and
   * the tables).
   */
  static String fit(String text, double size, double max) {
    text = Cells.escapeControls(text);
    if (width(text, size) <= max) {
      return text;
    }
    int end = text.length();
    while (end > 1 && width(text.substring(0, end) + "\u2026", size) > max) {
      end--;
    }
    return text.substring(0, end) + "\u2026";
  }
}
