package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.ras.money.Money;

/**
 * A table of a report: a heading row, body rows and optional total rows, every cell's text escaped. The
 * first column is read as the rows' names (left-aligned); the others are figures (right-aligned, in
 * figures of equal width). Write amounts with {@link Numbers}. One thread.
 */
public final class Table {
  private final List<String> headings;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Boolean> totals = new ArrayList<>();
  /** Exact amounts by "row:column", as the attributes of their cells. */
  private final Map<String, String> exact = new HashMap<>();
  private static final Pattern KEY = Pattern.compile("[a-z0-9_]{1,60}");
  private String caption = "";

  private Table(List<String> headings) {
    this.headings = headings;
  }

  /**
   * A table with these column headings.
   *
   * @param headings at least one
   * @return never null
   */
  public static Table of(String... headings) {
    if (headings.length == 0) {
      throw new IllegalArgumentException("a table needs a column");
    }
    return new Table(List.of(headings));
  }

  /**
   * A caption above the table.
   *
   * @param text not null
   * @return this
   */
  public Table caption(String text) {
    this.caption = Objects.requireNonNull(text);
    return this;
  }

  /**
   * A row.
   *
   * @param cells one per column
   * @return this
   * @throws IllegalArgumentException for another count
   */
  public Table row(String... cells) {
    return add(false, cells);
  }

  /**
   * A total row, set in bold under the others.
   *
   * @param cells one per column
   * @return this
   * @throws IllegalArgumentException for another count
   */
  public Table total(String... cells) {
    return add(true, cells);
  }

  /**
   * Marks a cell of the last row as showing this amount exactly: the cell carries {@code data-total="KEY"
   * data-pence="PENCE"}, so a test can compare the page with a CSV to the penny without reading the text.
   *
   * @param column the cell's column, from 0
   * @param key names the figure (such as a CSV column): lower case letters, digits and '_'
   * @param amount the amount the cell shows
   * @return this
   * @throws IllegalArgumentException for a key not so written, or a column not in the table
   * @throws IllegalStateException with no row yet
   */
  public Table exact(int column, String key, Money amount) {
    if (!KEY.matcher(key).matches() || column < 0 || column >= headings.size()) {
      throw new IllegalArgumentException("exact cell " + column + " '" + key + "'");
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("no row to mark");
    }
    exact.put((rows.size() - 1) + ":" + column, " data-total=\"" + key + "\" data-pence=\"" + amount.pence() + "\"");
    return this;
  }

  private Table add(boolean total, String... cells) {
    if (cells.length != headings.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + headings.size() + " columns");
    }
    rows.add(List.of(cells));
    totals.add(total);
    return this;
  }

  String html() {
    StringBuilder h = new StringBuilder("<table>\n");
    if (!caption.isEmpty()) {
      h.append("<caption>").append(Markup.escape(caption)).append("</caption>\n");
    }
    h.append("<thead><tr>");
    for (int i = 0; i < headings.size(); i++) {
      h.append(i == 0 ? "<th class=\"l\">" : "<th>").append(Markup.escape(headings.get(i))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      h.append(totals.get(r) ? "<tr class=\"total\">" : "<tr>");
      List<String> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        h.append(i == 0 ? "<td class=\"l\"" : "<td").append(exact.getOrDefault(r + ":" + i, "")).append('>')
            .append(Markup.escape(row.get(i))).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</tbody>\n</table>\n").toString();
  }
}
