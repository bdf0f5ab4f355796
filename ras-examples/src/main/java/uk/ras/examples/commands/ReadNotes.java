package uk.ras.examples.commands;

import java.util.ArrayList;
import java.util.List;
import uk.ras.examples.files.Cells;

/**
 * What reading an input table did that its user should know, for a command's summary: the all-empty rows
 * it skipped (Excel's habit of leaving them at the end) and a separator other than the comma. A file read
 * otherwise than it looks is said, never silently.
 */
final class ReadNotes {
  private ReadNotes() {}

  /**
   * {@return one line about the file, such as {@code costs.csv: 3 empty rows skipped; separator ';' (read
   * as such)}, with control characters escaped; empty when there is nothing to say}
   *
   * @param source the file's name as the command shows it
   * @param emptyRows the all-empty rows skipped
   * @param separator the cell separator read
   */
  static List<String> of(String source, long emptyRows, char separator) {
    List<String> said = new ArrayList<>();
    if (emptyRows > 0) {
      said.add(String.format("%,d empty row%s skipped", emptyRows, emptyRows == 1 ? "" : "s"));
    }
    if (separator != ',') {
      said.add("separator '" + separator + "' (read as such)");
    }
    return said.isEmpty() ? List.of() : List.of(Cells.escapeControls(source + ": " + String.join("; ", said)));
  }
}
