package uk.ras.examples.ledger;

import uk.ras.examples.files.Cells;

/**
 * Why one row of an entries or invoice file was left out: its data row number (counted from 1 after the
 * header), the line of the file it starts on, and the reason.
 *
 * @param row the data row, 1-based
 * @param line the file line, 1-based, the header being line 1
 * @param reason the reason in words
 */
record RowProblem(long row, long line, String reason) {
  /** {@return the problem as one line, control characters escaped so that it is safe to print} */
  String describe() {
    // A part of the file that is not CSV has no line of its own: the row it would have been is named.
    return Cells.escapeControls("row " + row + (line > 0 ? " (line " + line + ")" : "") + ": " + reason);
  }

  /**
   * {@return the problem as one line naming the file first, as a compiler does, control characters escaped}
   *
   * @param source the file's name as the user gave it
   */
  String describe(String source) {
    return Cells.escapeControls(source) + ": " + describe();
  }
}
