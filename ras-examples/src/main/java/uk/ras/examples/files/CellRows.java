package uk.ras.examples.files;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * FastCSV's records as lists of cells, as its own {@code StringArrayHandler} gives them (an empty line is
 * one empty cell), except in two ways.
 *
 * <p>A cell whose text is a known one is given as that string rather than a new one: most cells of an
 * assessments file are a few dozen option ids, and making a string of each, and then working out its hash
 * to find its option, was a third of reading and encoding a row.
 *
 * <p>A record over FastCSV's own limits (16,384 cells, 64 M characters) is given, not thrown: FastCSV's
 * handlers throw there, and an exception from a handler ends the reading of the whole file, losing every
 * good row after one bad one. Cells past a limit are counted but not kept, so that memory stays bounded,
 * and {@link #unread()} says why the record was not read whole. Not thread-safe.
 */
final class CellRows extends AbstractBaseCsvCallbackHandler<List<String>> {
  /** FastCSV's own limits, kept so that no row is held that its handlers would not hold. */
  static final int MAX_FIELDS = 16_384;
  static final int MAX_RECORD_SIZE = 64 * 1024 * 1024;

  private final KnownCells known;
  private String[] cells = new String[32];
  /** The cells kept of the record being read. */
  private int count;
  /** The cells of the record being read, kept or not. */
  private long width;
  /** The characters of the record being read, kept or not. */
  private long size;
  /** The line the last record built starts on; 1 before any. */
  private long line = 1;
  /** Why the last record built was not read whole; null if it was. */
  private String unread;

  CellRows(KnownCells known) {
    this.known = known;
  }

  /** The line the last record given starts on (1 before any): FastCSV counts lines within quotes too. */
  long line() {
    return line;
  }

  /**
   * Why the last record given holds only some of its cells (it is over a limit), in words for a
   * rejection; empty if it holds them all.
   */
  Optional<String> unread() {
    return Optional.ofNullable(unread);
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    count = 0;
    width = 0;
    size = 0;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    width++;
    size += length;
    if (width > MAX_FIELDS || size > MAX_RECORD_SIZE) {
      return;
    }
    if (count == cells.length) {
      cells = Arrays.copyOf(cells, Math.min(MAX_FIELDS, count * 2));
    }
    String cell = known.find(buf, offset, length);
    cells[count++] = cell != null ? cell : new String(buf, offset, length);
  }

  @Override
  protected void handleEmpty() {
    cells[0] = "";
    count = 1;
    width = 1;
  }

  @Override
  protected List<String> buildRecord() {
    line = getStartingLineNumber();
    if (width > MAX_FIELDS) {
      unread = String.format("the row has %,d cells; at most %,d are read", width, MAX_FIELDS);
    } else if (size > MAX_RECORD_SIZE) {
      unread = String.format("the row has %,d characters; at most %,d are read", size, MAX_RECORD_SIZE);
    } else {
      unread = null;
    }
    return List.of(Arrays.copyOf(cells, count));
  }
}
