package uk.ras.examples;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Text cells written to CSV files that analysts open in spreadsheets. */
final class CsvCells {
  private CsvCells() {}

  /**
   * Neutralises spreadsheet formula injection (CWE-1236): a cell starting with {@code = + - @}, a tab or
   * a carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text instead of
   * evaluating it. Only cells that echo input text need it; our own numbers never start with these.
   *
   * @param text not null
   * @return the safe text, never null
   */
  static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + text
        : text;
  }

  /**
   * Writes one CSV row and a line feed. A cell is quoted (its quotes doubled) when it holds a comma, a
   * quote, a line break, a space or a tab, and written as it is otherwise. Written by hand because the
   * million-row output spent as long in Jackson's generic writer as in everything else it does.
   *
   * @param out not null
   * @param cells not null, no nulls
   */
  static void writeRow(Writer out, List<String> cells) throws IOException {
    // One write per row: a BufferedWriter takes its lock on every call.
    StringBuilder row = new StringBuilder(256);
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        row.append(',');
      }
      String cell = cells.get(c);
      if (needsQuotes(cell)) {
        row.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        row.append(cell);
      }
    }
    out.append(row.append('\n'));
  }

  private static boolean needsQuotes(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == ' ' || ch == '\t') {
        return true;
      }
    }
    return false;
  }
}
