package uk.ras.examples;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ras.money.Money;

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

  /** Where a row's cells go, one by one, in column order. */
  interface Sink {
    void text(String cell);

    void number(long n);

    void money(Money amount);
  }

  /**
   * Builds one CSV row as text, numbers and amounts written straight into it (no string per cell): the
   * million-row output spent as long in making and writing cells as in everything else it does. A cell
   * is quoted (its quotes doubled) when it holds a comma, a quote, a line break, a space or a tab. Reused
   * row after row; not thread-safe.
   */
  static final class RowBuilder implements Sink {
    private final StringBuilder row = new StringBuilder(256);
    private int cells;

    /** Empties the builder for the next row. */
    void start() {
      row.setLength(0);
      cells = 0;
    }

    private void separate() {
      if (cells++ > 0) {
        row.append(',');
      }
    }

    @Override
    public void text(String cell) {
      separate();
      if (needsQuotes(cell)) {
        row.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        row.append(cell);
      }
    }

    @Override
    public void number(long n) {
      separate();
      row.append(n);
    }

    /** The amount as {@link Money#toPlainString()} writes it, such as 1234.50 or -0.05. */
    @Override
    public void money(Money amount) {
      separate();
      long pence = amount.pence();
      if (pence < 0) {
        row.append('-');
      }
      // Long.MIN_VALUE pence cannot be negated; its digits are taken from the string instead.
      String digits = pence == Long.MIN_VALUE ? Long.toString(pence).substring(1) : null;
      long magnitude = Math.abs(pence);
      if (digits == null) {
        row.append(magnitude / 100).append('.');
        long p = magnitude % 100;
        row.append((char) ('0' + p / 10)).append((char) ('0' + p % 10));
      } else {
        row.append(digits, 0, digits.length() - 2).append('.').append(digits, digits.length() - 2, digits.length());
      }
    }

    /** The row with its line feed; an empty row is one empty cell. */
    CharSequence end() {
      return row.append('\n');
    }
  }

  /**
   * Writes one CSV row and a line feed, quoting as {@link RowBuilder} does.
   *
   * @param out not null
   * @param cells not null, no nulls
   */
  static void writeRow(Writer out, List<String> cells) throws IOException {
    RowBuilder row = new RowBuilder();
    for (String cell : cells) {
      row.text(cell);
    }
    out.append(row.end());
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
