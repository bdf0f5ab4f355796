package uk.ras.examples.files;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import uk.ras.examples.report.Numbers;

/**
 * Reads a table of text cells, a header and then rows, from a CSV file (FastCSV) or the first sheet (or a
 * named one) of an {@code .xlsx} workbook (fastexcel-reader), with the habits of files saved by Excel
 * accepted:
 *
 * <ul>
 *   <li>a UTF-8 byte order mark, CRLF or LF line ends, quoted cells and headers;
 *   <li>an Excel {@code sep=,} or {@code sep=;} first line, which sets the separator;
 *   <li>semicolon-separated files (a header with semicolons and no comma), as Excel saves CSV where the
 *       decimal separator is a comma;
 *   <li>all-empty rows ({@code ,,,} or blank lines), skipped and counted ({@link #emptyRows()});
 *   <li>unnamed empty columns at the end of the header, and the empty cells under them, ignored.
 * </ul>
 *
 * <p>A sheet's row is as wide as the header (a sheet leaves empty cells out). Bytes that are not UTF-8 are read as U+FFFD, so that the row holding them is rejected rather than the
 * whole file. One row is held at a time. Not thread-safe.
 */
public final class TableReader implements Closeable {
  /**
   * One data row.
   *
   * @param row the data row number, 1-based, not counting the header or empty rows
   * @param line the line of the file (the row of the sheet) the row starts on, 1-based
   * @param cells the row's cells as read (untrimmed), never null; when {@code unread} is given, only
   *     those read before the limit
   * @param unread why the row is too big to read whole (such as "the row has 1,000,001 cells; at most
   *     16,384 are read"), in words for its rejection; empty if it was read whole. Such a row is to be
   *     rejected: the reading goes on with the next.
   */
  public record Row(long row, long line, List<String> cells, Optional<String> unread) {
    /** A row read whole. */
    public Row(long row, long line, List<String> cells) {
      this(row, line, cells, Optional.empty());
    }
  }

  /** A file, or the rest of one, that is not CSV: an unclosed quote, say. */
  public static final class MalformedTableException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedTableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Java's heap was too small for the file: a cell or a row too big to hold, or a workbook too big to
   * open (fastexcel holds a whole workbook, and a whole shared string, however big). Unchecked, so that it
   * passes every reader of rows untouched to the one place that says it ({@code Ras}), where what the
   * reader held has gone and a line can be written.
   *
   * <p>Made before the reading, with no stack trace, and its message made only when asked for: when it is
   * thrown the parser may still hold the whole heap (fastexcel's did, from the frames that opened the
   * sheet), and then even a small exception could not be made.
   */
  public static final class NotEnoughMemoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private long line;
    private OutOfMemoryError error;

    private NotEnoughMemoryException(String source) {
      super(null, null, false, false);
      this.source = source;
    }

    /** This exception, for running out of memory after the line given (0: before the first). */
    private NotEnoughMemoryException after(long line, OutOfMemoryError error) {
      this.line = line;
      this.error = error;
      return this;
    }

    @Override
    public String getMessage() {
      return "Java ran out of memory reading " + source + (line > 0 ? " after line " + line : "");
    }

    @Override
    public synchronized Throwable getCause() {
      return error;
    }

    /** The file's name as given for messages, never null. */
    public String source() {
      return source;
    }

    /** The line after which the reading failed; 0 if before the first. */
    public long line() {
      return line;
    }
  }

  /** FastCSV's default buffer, the most characters of one cell it reads. */
  static final int MAX_CSV_CELL = 16 * 1024 * 1024;

  /** How FastCSV's message for a cell bigger than its buffer begins. */
  private static final String FULL_BUFFER = "The maximum buffer size of ";

  /** What a reader holds once it has let go of its file; made before any is needed, as memory may not be there. */
  private static final Closeable CLOSED = () -> {};

  private static final Pattern SEP_LINE = Pattern.compile("\"?sep=(.)\"?[,;]*", Pattern.CASE_INSENSITIVE);

  private final String source;
  /** Let go of when Java runs out of memory: its parser's buffers may hold most of the heap. */
  private Iterator<List<String>> cellRows;
  private final RecordSource lines;
  /** Let go of, closed, when Java runs out of memory, as {@link #cellRows} is. */
  private Closeable resource;
  private final List<String> header;
  /** Thrown when Java runs out of memory reading: made beforehand (see there). */
  private final NotEnoughMemoryException noMemory;
  private final char separator;
  /** Whether a row shorter than the header is padded with empty cells: a sheet leaves empty cells out. */
  private final boolean padShortRows;
  private long rowNumber;
  private long emptyRows;
  private long lastLine;

  /** What the reader knows of the record its iterator gave last. */
  private interface RecordSource {
    /** The line it starts on. */
    long line();

    /** Why it was not read whole; empty if it was. */
    Optional<String> unread();
  }

  private TableReader(
      String source, Iterator<List<String>> cellRows, RecordSource lines, Closeable resource, char separator,
      boolean padShortRows, NotEnoughMemoryException noMemory) throws IOException {
    this.noMemory = noMemory;
    this.padShortRows = padShortRows;
    this.source = source;
    this.cellRows = cellRows;
    this.lines = lines;
    this.resource = resource;
    this.separator = separator;
    List<String> first = nextCells();
    if (first == null) {
      this.header = null;
      return;
    }
    if (lines.unread().isPresent()) {
      // The header names the columns of every row: one cut short is no header.
      throw new MalformedTableException(lines.unread().get().replace("the row", "the header"), null);
    }
    List<String> names = new ArrayList<>();
    for (String name : first) {
      // trim() takes control characters, strip() Unicode spaces: a name of either alone is no name.
      names.add(name == null ? "" : name.replace("\uFEFF", "").trim().strip());
    }
    while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
      names.remove(names.size() - 1);
    }
    this.header = Collections.unmodifiableList(names);
    this.lastLine = lines.line();
  }

  /**
   * Opens a file by its name: {@code .xlsx} as a workbook, anything else as CSV.
   *
   * @param sheet the sheet of a workbook to read, or null for the first
   * @throws UnusableFileException if the file is not a readable regular file, or has no such sheet
   */
  public static TableReader open(Path file, String what, String sheet)
      throws IOException, UnusableFileException {
    return open(file, what, sheet, List.of());
  }

  /**
   * Opens a file as {@link #open(Path, String, String)} does; a CSV file's cells whose text is one of
   * {@code knownCells} are given as those strings (see {@link #csv(String, InputStream, Collection)}).
   *
   * @param sheet the sheet of a workbook to read, or null for the first
   * @throws UnusableFileException if the file is not a readable regular file, or has no such sheet
   */
  public static TableReader open(Path file, String what, String sheet, Collection<String> knownCells)
      throws IOException, UnusableFileException {
    FileChecks.readable(file, what);
    String source = Cells.escapeControls(file.toString());
    InputStream bytes;
    try {
      bytes = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UnusableFileException(what + " " + source + ": " + FileChecks.plainReason(e));
    }
    try {
      if (isWorkbook(file)) {
        return xlsx(source, bytes, sheet);
      }
      if (sheet != null) {
        throw new UnusableFileException("--sheet is for .xlsx workbooks; " + source + " is read as CSV");
      }
      return csv(source, bytes, knownCells);
    } catch (IOException | UnusableFileException | RuntimeException e) {
      bytes.close();
      throw e;
    }
  }

  /** Whether the file's name ends in .xlsx. */
  public static boolean isWorkbook(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Reads CSV bytes, UTF-8.
   *
   * @param source the file's name for messages
   * @param bytes closed by {@link #close()}
   */
  public static TableReader csv(String source, InputStream bytes) throws IOException {
    return csv(source, bytes, List.of());
  }

  /**
   * Reads CSV bytes, UTF-8, giving each cell whose text is one of {@code knownCells} as that string
   * itself, made once, rather than as a new one: for files whose cells are mostly a few ids, such as the
   * option ids of an assessments file. The cells' text is the same either way.
   *
   * @param source the file's name for messages
   * @param bytes closed by {@link #close()}
   * @param knownCells the texts to give as themselves; not null
   */
  public static TableReader csv(String source, InputStream bytes, Collection<String> knownCells) throws IOException {
    BufferedReader text =
        new BufferedReader(new InputStreamReader(new BufferedInputStream(bytes, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    int limit = 1 << 15;
    text.mark(limit);
    StringBuilder firstLine = new StringBuilder();
    int c;
    while (firstLine.length() < limit - 1 && (c = text.read()) >= 0 && c != '\n') {
      firstLine.append((char) c);
    }
    String first = firstLine.toString().replace("\uFEFF", "").strip();
    Matcher sep = SEP_LINE.matcher(first);
    long skipped = 0;
    char separator;
    if (sep.matches()) {
      separator = sep.group(1).charAt(0);
      skipped = 1;
    } else {
      text.reset();
      text.mark(1);
      if (text.read() != '\uFEFF') {
        text.reset();
      }
      separator = guessSeparator(first);
    }
    CellRows handler = new CellRows(new KnownCells(knownCells));
    CsvReader<List<String>> reader =
        CsvReader.builder()
            .fieldSeparator(separator)
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .build(handler, text);
    CloseableIterator<List<String>> records = reader.iterator();
    long offset = skipped;
    RecordSource read =
        new RecordSource() {
          @Override
          public long line() {
            return handler.line() + offset;
          }

          @Override
          public Optional<String> unread() {
            return handler.unread();
          }
        };
    return new TableReader(source, records, read, reader, separator, false, new NotEnoughMemoryException(source));
  }

  /** A semicolon when the header line has semicolons and no comma, as Excel writes in some locales. */
  private static char guessSeparator(String headerLine) {
    boolean quoted = false;
    int commas = 0;
    int semicolons = 0;
    for (int i = 0; i < headerLine.length(); i++) {
      char ch = headerLine.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == ',') {
        commas++;
      } else if (!quoted && ch == ';') {
        semicolons++;
      }
    }
    return semicolons > 0 && commas == 0 ? ';' : ',';
  }

  /**
   * Reads an {@code .xlsx} workbook's first sheet, or the sheet named. Numbers are written plainly (12.5),
   * cells formatted as dates as YYYY-MM-DD, booleans as true or false; a row's line is its row in the sheet.
   *
   * @param sheetName the sheet, or null for the first
   * @throws UnusableFileException if the bytes are not a workbook or it has no such sheet
   */
  public static TableReader xlsx(String source, InputStream bytes, String sheetName)
      throws IOException, UnusableFileException {
    NotEnoughMemoryException noMemory = new NotEnoughMemoryException(source);
    ReadableWorkbook workbook;
    try (bytes) {
      workbook = workbook(bytes.readAllBytes());
    } catch (OutOfMemoryError e) {
      throw noMemory.after(0, e);
    } catch (IOException | RuntimeException e) {
      throw new UnusableFileException(source + ": not an .xlsx workbook Excel can open (" + workbookProblem(e) + ")");
    }
    try {
      Sheet sheet;
      if (sheetName == null) {
        sheet = workbook.getFirstSheet();
      } else {
        sheet = workbook.findSheet(sheetName).orElse(null);
        if (sheet == null) {
          throw new UnusableFileException(
              source + ": no sheet named '" + Cells.escapeControls(sheetName) + "'; its sheets are "
                  + workbook.getSheets().map(s -> "'" + Cells.escapeControls(s.getName()) + "'").collect(Collectors.joining(", ")));
        }
      }
      Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream();
      Iterator<org.dhatim.fastexcel.reader.Row> rows = stream.iterator();
      long[] line = {1};
      Iterator<List<String>> cells =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public List<String> next() {
              org.dhatim.fastexcel.reader.Row row = rows.next();
              line[0] = row.getRowNum();
              List<String> texts = new ArrayList<>(row.getCellCount());
              for (int c = 0; c < row.getCellCount(); c++) {
                texts.add(text(row.getCell(c)));
              }
              return texts;
            }
          };
      Closeable both =
          () -> {
            try (workbook) {
              stream.close();
            }
          };
      RecordSource read =
          new RecordSource() {
            @Override
            public long line() {
              return line[0];
            }

            @Override
            public Optional<String> unread() {
              return Optional.empty();
            }
          };
      return new TableReader(source, cells, read, both, ',', true, noMemory);
    } catch (IOException | UnusableFileException | NotEnoughMemoryException e) {
      workbook.close();
      throw e;
    } catch (OutOfMemoryError e) {
      workbook.close();
      throw noMemory.after(0, e);
    } catch (RuntimeException e) {
      // fastexcel finds a sheet's part missing only when the sheet is opened.
      workbook.close();
      throw new UnusableFileException(source + ": not an .xlsx workbook Excel can open (" + workbookProblem(e) + ")");
    }
  }

  /** fastexcel's message for a workbook without a styles part (see {@link #workbook}). */
  private static final String NO_STYLES = "null not found";

  /**
   * Opens a workbook's bytes with its cells' formats, or without them when it has no styles part. The
   * bytes are held here because fastexcel holds the whole file in memory whichever way it is given, and
   * held here they can be opened a second time.
   */
  private static ReadableWorkbook workbook(byte[] content) throws IOException {
    try {
      return new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
    } catch (ExcelReaderException e) {
      // A workbook without a styles part (other tools leave it out when no cell is formatted; Excel opens
      // it) makes fastexcel 0.19 look for a part named null. With no styles no cell is formatted as a
      // date, so reading it without formats loses nothing; any other missing part is said by the caller.
      if (!NO_STYLES.equals(e.getMessage())) {
        throw e;
      }
      return new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(false, false));
    }
  }

  /** Why fastexcel could not open a workbook, in words: its messages name a missing part by its path. */
  private static String workbookProblem(Exception e) {
    String message = e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    if (e instanceof ExcelReaderException && message.endsWith(" not found")) {
      return "it has no part " + message.substring(0, message.length() - " not found".length());
    }
    return Cells.escapeControls(message);
  }

  /** A cell's text as a CSV file would hold it. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case NUMBER:
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
          return cell.asDate().toLocalDate().toString();
        }
        return plain(cell.asNumber());
      case BOOLEAN:
        return cell.asBoolean().toString();
      case EMPTY:
        return "";
      case FORMULA:
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
      default:
        String text = cell.getText();
        return text == null ? "" : text;
    }
  }

  private static String plain(java.math.BigDecimal n) {
    String s = n.stripTrailingZeros().toPlainString();
    return s;
  }

  /** Excel's built-in date formats (14 to 22, 45 to 47) or a format with a day or year in it. */
  static boolean isDateFormat(Integer id, String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    String f = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
    return !f.contains("general") && (f.contains("y") || f.contains("d"));
  }

  /** The file's name, as given for messages. */
  public String source() {
    return source;
  }

  /** The header's names, trimmed, unnamed trailing columns left out; null if the file is empty. */
  public List<String> header() {
    return header;
  }

  /** The separator of a CSV file (',' or ';'); ',' for a workbook. */
  public char separator() {
    return separator;
  }

  /**
   * Reads the next row that is not all empty, cells beyond the header's width dropped when they are
   * empty. A row too big to read whole (see {@link Row#unread()}) is given as far as it was read, even
   * if that is all empty, for its rejection.
   *
   * @return the row, or null at the end
   * @throws MalformedTableException where the rest of the file is not CSV; every row before it was given
   * @throws IOException if the file cannot be read
   */
  public Row next() throws IOException {
    while (true) {
      List<String> cells = nextCells();
      if (cells == null) {
        return null;
      }
      lastLine = lines.line();
      Optional<String> unread = lines.unread();
      if (unread.isPresent()) {
        rowNumber++;
        return new Row(rowNumber, lastLine, cells, unread);
      }
      if (allEmpty(cells, 0)) {
        emptyRows++;
        continue;
      }
      if (cells.size() > header.size() && allEmpty(cells, header.size())) {
        cells = cells.subList(0, header.size());
      } else if (padShortRows && cells.size() < header.size()) {
        cells = new ArrayList<>(cells);
        while (cells.size() < header.size()) {
          cells.add("");
        }
      }
      rowNumber++;
      return new Row(rowNumber, lastLine, cells);
    }
  }

  private List<String> nextCells() throws IOException {
    try {
      return cellRows.hasNext() ? cellRows.next() : null;
    } catch (OutOfMemoryError e) {
      // A workbook's row or shared string too big for the heap: fastexcel builds each whole, with no limit
      // to set.
      throw outOfMemory(e);
    } catch (CsvParseException e) {
      if (e.getCause() instanceof OutOfMemoryError oom) {
        // FastCSV wraps whatever its reading throws, errors too: a cell too big for the heap is not a
        // malformed file, and more memory would read it.
        throw outOfMemory(oom);
      }
      String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
      if (why.startsWith(FULL_BUFFER)) {
        // FastCSV holds a cell whole in a buffer of at most 16 M characters, and cannot go on past one
        // bigger; its own message speaks of buffers.
        why = String.format("a cell of more than %,d characters, or a quote not closed within them", MAX_CSV_CELL);
      }
      throw new MalformedTableException(Cells.escapeControls(why), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (ExcelReaderException e) {
      throw new MalformedTableException(workbookProblem(e), e);
    }
  }

  /**
   * Lets go of the parser, whose buffers may still fill the heap, and says which file ran Java out of
   * memory.
   */
  private NotEnoughMemoryException outOfMemory(OutOfMemoryError e) {
    cellRows = Collections.emptyIterator();
    try {
      resource.close();
    } catch (IOException | RuntimeException closing) {
      // The file was only read: nothing is lost by not closing it cleanly.
    }
    resource = CLOSED;
    return noMemory.after(lastLine, e);
  }

  private static boolean allEmpty(List<String> cells, int from) {
    for (int c = from; c < cells.size(); c++) {
      String cell = cells.get(c);
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** All-empty rows skipped so far. */
  public long emptyRows() {
    return emptyRows;
  }

  /** The line the last row read starts on (the header's before any): where an unreadable part follows. */
  public long lastLine() {
    return lastLine;
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }
}
