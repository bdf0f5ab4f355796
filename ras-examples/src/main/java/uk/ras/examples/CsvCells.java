package uk.ras.examples;

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
}
