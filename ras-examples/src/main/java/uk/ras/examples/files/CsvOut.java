package uk.ras.examples.files;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.ras.money.Money;

/**
 * Writes CSV rows (FastCSV) that a spreadsheet opens safely: every cell, headers included, goes through
 * {@link Cells#forCsv} (control characters escaped, formulas neutralised); lines end with LF; a cell is
 * quoted (its quotes doubled) when it holds a comma, a quote, a line end, a space or a tab. Not
 * thread-safe.
 */
public final class CsvOut implements Flushable, Closeable {
  /** Quotes cells with a space or tab as well as those FastCSV must quote: a label reads as one cell. */
  private static final QuoteStrategy SPACES =
      new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
          return value.indexOf(' ') >= 0 || value.indexOf('\t') >= 0;
        }
      };

  private final CsvWriter csv;

  private CsvOut(CsvWriter csv) {
    this.csv = csv;
  }

  /** Writes UTF-8 to {@code out}; {@link #close()} closes it, {@link #flush()} does not. */
  public static CsvOut to(OutputStream out) {
    return new CsvOut(builder().build(out, StandardCharsets.UTF_8));
  }

  /** Writes to {@code out}; {@link #close()} closes it. */
  public static CsvOut to(Writer out) {
    return new CsvOut(builder().build(out));
  }

  private static CsvWriter.CsvWriterBuilder builder() {
    return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).quoteStrategy(SPACES).bufferSize(1 << 16);
  }

  /** Writes one row, each cell made safe. */
  public CsvOut row(List<String> cells) throws IOException {
    String[] safe = new String[cells.size()];
    for (int c = 0; c < safe.length; c++) {
      String cell = cells.get(c);
      safe[c] = Cells.forCsv(cell == null ? "" : cell);
    }
    try {
      csv.writeRecord(safe);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return this;
  }

  /**
   * Starts a row written cell by cell, in column order; {@link Row#end()} ends it. Numbers and amounts
   * are given as such and written as their digits, which are safe as they stand; text is made safe as by
   * {@link #row(List)}. For rows of many numbers, such as a million budgets: checking digits that were
   * just made, and making a list of them, was a fifth of writing the budgets file.
   *
   * @return the row, to be ended before the next is started; never null
   */
  public Row startRow() {
    row.record = csv.writeRecord();
    return row;
  }

  private final Row row = new Row();

  /** A row being written: see {@link #startRow()}. Not thread-safe; one at a time per {@link CsvOut}. */
  public final class Row {
    private CsvWriter.CsvWriterRecord record;

    private Row() {}

    /** Writes a cell of text, made safe as by {@link Cells#forCsv}; null is written as "". */
    public Row text(String cell) throws IOException {
      return field(Cells.forCsv(cell == null ? "" : cell));
    }

    /** Writes a whole number. */
    public Row number(long n) throws IOException {
      return field(Long.toString(n));
    }

    /** Writes an amount in pounds with two decimals, such as {@code -12.50} ({@link Money#toPlainString}). */
    public Row money(Money amount) throws IOException {
      return field(amount.toPlainString());
    }

    /** Ends the row. */
    public void end() throws IOException {
      try {
        record.endRecord();
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      record = null;
    }

    private Row field(String safe) throws IOException {
      try {
        record.writeField(safe);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      return this;
    }
  }

  /** Writes one row, each cell made safe. */
  public CsvOut row(String... cells) throws IOException {
    return row(java.util.Arrays.asList(cells));
  }

  @Override
  public void flush() throws IOException {
    csv.flush();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
