package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a reader sees in a letter, a line for each paragraph, list item, heading or table row (cells
 * joined by " | "): the style sheet and the pictures left out, the markup's entities read back. What the
 * tests assert sentences against, and what the word count of the easy-read letter counts.
 */
public final class LetterText {
  private LetterText() {}

  /**
   * The letter's text, a line for each block.
   *
   * @param html a letter
   * @return its lines, in order
   */
  public static List<String> lines(String html) {
    String body = html.substring(html.indexOf("<body>") + "<body>".length(), html.indexOf("</body>"));
    body = body.replaceAll("(?s)<svg.*?</svg>", "")
        .replaceAll("</(p|li|h1|h2|h3|tr|caption)>", "\n")
        .replaceAll("</t[dh]><t[dh][^>]*>", " | ")
        .replaceAll("<[^>]+>", "");
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      String text = unescape(line).strip();
      if (!text.isEmpty()) {
        lines.add(text);
      }
    }
    return lines;
  }

  /** The five entities {@link Markup#escape} writes; '&amp;' last, so that "&amp;lt;" reads "&lt;". */
  static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** The words of a line, as a reader counts them: runs of letters, figures and signs between spaces. */
  static int words(String line) {
    return line.isBlank() ? 0 : line.strip().split("\\s+").length;
  }
}
