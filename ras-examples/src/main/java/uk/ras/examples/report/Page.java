package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shell of every HTML report: one self-contained page (inline CSS and SVG; no script, font, image or
 * style sheet fetched, so it opens offline and from an e-mail), laid out for the screen and for print on A4:
 * a heading is kept on the same page as what follows it, and a table, figure or chart is never split across
 * two pages when it fits on one. Blocks are added in reading order. One thread.
 *
 * <pre>{@code
 * String html = Page.titled("Elm Road: ISFs per week")
 *     .note("Amounts per week.")
 *     .heading("By person", "people")
 *     .table(Table.of("Person", "ISF").row("A", Numbers.money(isf)))
 *     .figure(chart, "Each person's ISF, by kind of cost.")
 *     .html();
 * }</pre>
 */
public final class Page {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,60}");

  /**
   * Print rules: A4 with 14 mm margins; a heading is never the last thing on a page (break-after: avoid,
   * and a heading is wrapped with its first block in a .keep box that is not split); tables, figures and
   * rows are not split. The charts are 680 px wide, the width of A4 less the margins. Tables print in
   * 8.5 pt with narrow padding so that eight columns of millions of pounds (the calibration report's
   * years) fit that width; BrowserCheck fails any report with something past the page's edge.
   */
  static final String STYLE =
      "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:14px;line-height:1.4;max-width:700px;"
          + "margin:1.5em auto;padding:0 1em;color:#111;background:#fff}\n"
          + "h1{font-size:1.45em;margin:.4em 0}h2{font-size:1.2em;margin:1.4em 0 .4em}h3{font-size:1.05em;margin:1.1em 0 .3em}\n"
          + "h1,h2,h3{break-after:avoid;page-break-after:avoid}\n"
          + ".keep,figure,table,tr,svg{break-inside:avoid;page-break-inside:avoid}\n"
          + "table{border-collapse:collapse;margin:.4em 0 1em;font-size:.93em}caption{text-align:left;font-weight:bold;padding:.2em 0}\n"
          + "th,td{border:1px solid #999;padding:2px 5px;text-align:right;font-variant-numeric:tabular-nums}\n"
          + "th{background:#eee}.l{text-align:left}tr.total td{font-weight:bold}\n"
          + "figure{margin:.6em 0 1em}figure svg{display:block;max-width:100%;height:auto}figcaption{font-size:.9em;color:#333}\n"
          + ".note{color:#333;font-size:.93em}\n"
          + "@page{size:A4;margin:14mm}\n"
          + "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}table{font-size:8.5pt}th,td{padding:1px 4px}}\n";

  private final String title;
  private final String style;
  private final List<Block> blocks = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  private record Block(boolean heading, String html) {}

  private Page(String title, String style) {
    this.title = title;
    this.style = style;
  }

  /**
   * A page with this title (also its first heading).
   *
   * @param title not null
   * @return never null
   */
  public static Page titled(String title) {
    return new Page(Objects.requireNonNull(title), STYLE);
  }

  /**
   * A page with its own style sheet instead of the reports': a letter's larger type and wider spacing. The
   * style must keep the kit's print rules (A4, headings kept with what follows them).
   */
  static Page styled(String title, String style) {
    return new Page(Objects.requireNonNull(title), Objects.requireNonNull(style));
  }

  /**
   * A paragraph.
   *
   * @param text not null
   * @return this
   */
  public Page paragraph(String text) {
    blocks.add(new Block(false, "<p>" + Markup.escape(text) + "</p>\n"));
    return this;
  }

  /**
   * A paragraph in the smaller type of notes: how figures were made, where files were written.
   *
   * @param text not null
   * @return this
   */
  public Page note(String text) {
    blocks.add(new Block(false, "<p class=\"note\">" + Markup.escape(text) + "</p>\n"));
    return this;
  }

  /**
   * A section heading.
   *
   * @param text not null
   * @param id its anchor: lower case letters, digits and '-', unique in the page
   * @return this
   */
  public Page heading(String text, String id) {
    blocks.add(new Block(true, "<h2 id=\"" + id(id) + "\">" + Markup.escape(text) + "</h2>\n"));
    return this;
  }

  /**
   * A heading within a section.
   *
   * @param text not null
   * @param id its anchor: lower case letters, digits and '-', unique in the page
   * @return this
   */
  public Page subheading(String text, String id) {
    blocks.add(new Block(true, "<h3 id=\"" + id(id) + "\">" + Markup.escape(text) + "</h3>\n"));
    return this;
  }

  /**
   * A table.
   *
   * @param table not null
   * @return this
   */
  public Page table(Table table) {
    blocks.add(new Block(false, table.html()));
    return this;
  }

  /**
   * A chart with its caption.
   *
   * @param chart its id unique in the page
   * @param caption what the reader should see in it
   * @return this
   */
  public Page figure(Chart chart, String caption) {
    String id = id(chart.id());
    blocks.add(new Block(false, "<figure id=\"" + id + "-figure\">\n" + chart.toSvg() + "\n<figcaption>"
        + Markup.escape(caption) + "</figcaption>\n</figure>\n"));
    return this;
  }

  /**
   * A block of markup the kit made itself, every text in it already escaped (see {@link Markup#escape}):
   * a letter's lines with their pictures.
   */
  Page markup(String html) {
    blocks.add(new Block(false, Objects.requireNonNull(html)));
    return this;
  }

  private String id(String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("an id is lower case letters, digits and '-', not: " + id);
    }
    if (!ids.add(id)) {
      throw new IllegalArgumentException("a second '" + id + "' in the page");
    }
    return id;
  }

  /** {@return the whole page, a complete HTML document; never null} */
  public String html() {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(Markup.escape(title)).append("</title>\n<style>\n").append(style).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(Markup.escape(title)).append("</h1>\n");
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.heading() && i + 1 < blocks.size()) {
        // The heading (and any heading right under it) with the block after it, kept on one page together.
        h.append("<div class=\"keep\">\n").append(b.html());
        while (i + 1 < blocks.size()) {
          Block next = blocks.get(++i);
          h.append(next.html());
          if (!next.heading()) {
            break;
          }
        }
        h.append("</div>\n");
      } else {
        h.append(b.html());
      }
    }
    return h.append("</body>\n</html>\n").toString();
  }
}
