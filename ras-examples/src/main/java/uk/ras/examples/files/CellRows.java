package uk.ras.examples.files;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;
import java.util.List;

/**
 * FastCSV's records as lists of cells, as its own {@code StringArrayHandler} gives them (an empty line is
 * one empty cell), with the same limits (16,384 cells, 64 M characters a record), except that a cell
 * whose text is a known one is given as that string rather than a new one: most cells of an assessments
 * file are a few dozen option ids, and making a string of each, and then working out its hash to find
 * its option, was a third of reading and encoding a row. Not thread-safe.
 */
final class CellRows extends AbstractBaseCsvCallbackHandler<List<String>> {
  private static final int MAX_FIELDS = 16_384;
  private static final int MAX_RECORD_SIZE = 64 * 1024 * 1024;

  private final KnownCells known;
  private String[] cells = new String[32];
  private int count;
  private int recordSize;
  /** The line the last record built starts on; 1 before any. */
  private long line = 1;

  CellRows(KnownCells known) {
    this.known = known;
  }

  /** The line the last record given starts on (1 before any): FastCSV counts lines within quotes too. */
  long line() {
    return line;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    count = 0;
    recordSize = 0;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    if (length > MAX_RECORD_SIZE - recordSize) {
      throw new CsvParseException(
          "Field at index %d in record starting at line %d exceeds the max record size of %d characters"
              .formatted(count, getStartingLineNumber(), MAX_RECORD_SIZE));
    }
    if (count == cells.length) {
      if (count == MAX_FIELDS) {
        throw new CsvParseException(
            "Record starting at line %d has surpassed the maximum limit of %d fields"
                .formatted(getStartingLineNumber(), MAX_FIELDS));
      }
      cells = Arrays.copyOf(cells, Math.min(MAX_FIELDS, count * 2));
    }
    String cell = known.find(buf, offset, length);
    cells[count++] = cell != null ? cell : new String(buf, offset, length);
    recordSize += length;
  }

  @Override
  protected void handleEmpty() {
    cells[0] = "";
    count = 1;
  }

  @Override
  protected List<String> buildRecord() {
    line = getStartingLineNumber();
    return List.of(Arrays.copyOf(cells, count));
  }
}
