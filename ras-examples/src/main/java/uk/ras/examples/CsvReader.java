package uk.ras.examples;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Splits UTF-8 CSV bytes into records of cells, decoding each cell once.
 *
 * <p>It reads what Jackson's CSV parser reads with the settings the command used before it (no schema,
 * rows as arrays, blank lines skipped), and says the same things about it: the same cells, the same line
 * numbers, the same two errors with the same words. {@code CsvReaderProperties} holds it to that, input by
 * input, against Jackson. It exists because splitting bytes and decoding each cell once is cheaper than
 * decoding the whole file to chars and parsing those, which was half of {@code ras allocate}'s reading
 * thread (measured when it was written: see its commit message).
 *
 * <p>The rules, in Jackson's words where they are quirks:
 *
 * <ul>
 *   <li>A UTF-8 byte order mark at the very start is dropped.
 *   <li>Lines end at LF, CRLF or a lone CR. Before each record, line ends and spaces (U+0020 only) are
 *       skipped: blank lines are no records, and a record's leading spaces are not part of its first cell.
 *   <li>A cell that starts with a double quote is quoted: it runs to the next lone quote, holds commas and
 *       line ends, and {@code ""} in it is one quote. After the closing quote, control characters and
 *       spaces are skipped up to the comma or line end; anything else is an error. A quote anywhere else
 *       is an ordinary character.
 *   <li>Bytes that are not UTF-8 become U+FFFD, as a replacing decoder of the whole file would make them
 *       (a comma, quote or line end is one byte in UTF-8 and never part of another character, so
 *       splitting before decoding changes nothing).
 * </ul>
 *
 * <p>Memory is one buffer: it starts small and doubles up to the size asked for (64 kB) as the first rows
 * are read, and grows beyond that only for a cell longer than it, and never beyond {@link
 * #MAX_CELL_BYTES}.
 *
 * <p>A cell whose text is one of the {@linkplain #CsvReader(InputStream, Collection) known strings} is
 * given as that very string rather than a new one (a parser's symbol table): the answers of a million rows
 * are a few dozen option ids, and the calculator that looks them up finds its own string by identity,
 * without comparing characters, and no string is made for them.
 */
final class CsvReader implements Closeable {
  /** The longest cell read, in bytes: Jackson's own limit is 20,000,000 chars. */
  static final int MAX_CELL_BYTES = 20_000_000;

  /** What bytes that are not UTF-8 decode to (U+FFFD, the replacement character). */
  static final char REPLACEMENT = '\uFFFD';

  /**
   * The first buffer's size at most. It doubles at each refill up to the size asked for: so the first few
   * hundred rows cross a few refills, which the JIT then sees while it profiles the reader. With 64 kB at
   * once the first refill came after it had compiled the reader without one, and threw that code away.
   */
  static final int FIRST_BUFFER = 4096;

  private static final byte QUOTE = '"';
  private static final byte COMMA = ',';
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  private final InputStream in;
  private final int maxCellBytes;
  private byte[] buffer;
  /** The size the buffer grows to as it is refilled, from {@link #FIRST_BUFFER} bytes. */
  private final int bufferSize;
  /** The next byte to look at. */
  private int pos;
  /** The first byte a refill keeps: the start of the cell being read, else {@link #pos}. */
  private int mark;
  private int end;
  private boolean eof;
  private boolean started;
  /** The line {@link #pos} is on, 1-based. */
  private long line = 1;
  private long recordLine;
  private long lastCellLine = 1;
  /** The most characters in one cell of the record being read, and whether one of its cells holds U+FFFD. */
  private int recordLongest;
  private boolean recordReplacement;
  /** The bytes of a quoted cell with its doubled quotes undone; grown as needed. */
  private byte[] undoubled = new byte[64];
  /** The known strings by the hash of their UTF-8 bytes, open addressing; empty when there are none. */
  private final byte[][] knownBytes;
  private final String[] knownStrings;
  /** Each known string's length in characters, by slot: read with its bytes, not through the string. */
  private final int[] knownLengths;
  private final int longestKnown;

  /** A file that is not CSV: the message says what was found, without a place. */
  static final class MalformedCsvException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedCsvException(String message) {
      super(message);
    }
  }

  CsvReader(InputStream in) {
    this(in, List.of());
  }

  /**
   * A reader that gives a cell holding exactly one of {@code known} as that string itself.
   *
   * @param known strings cells are likely to hold, such as the option ids of a questionnaire
   */
  CsvReader(InputStream in, Collection<String> known) {
    this(in, known, 1 << 16, MAX_CELL_BYTES);
  }

  /** For tests: a small buffer makes cells cross refills; a small limit is reachable. */
  CsvReader(InputStream in, Collection<String> known, int bufferSize, int maxCellBytes) {
    this.in = in;
    this.bufferSize = Math.max(4, bufferSize);
    this.buffer = new byte[Math.min(FIRST_BUFFER, this.bufferSize)];
    this.maxCellBytes = maxCellBytes;
    int size = Integer.highestOneBit(Math.max(1, known.size()) * 4 - 1) << 1;
    byte[][] keys = new byte[size][];
    String[] strings = new String[size];
    int[] lengths = new int[size];
    int longest = -1;
    for (String s : known) {
      byte[] key = s.getBytes(StandardCharsets.UTF_8);
      // Only strings the bytes decode back to (not one with an unpaired surrogate), not "" (which
      // every empty cell already shares) and none holding U+FFFD (which decode() looks for in new ones).
      if (key.length == 0 || !new String(key, StandardCharsets.UTF_8).equals(s) || s.indexOf(REPLACEMENT) >= 0) {
        continue;
      }
      int slot = hash(key, 0, key.length) & (size - 1);
      while (keys[slot] != null && !Arrays.equals(keys[slot], key)) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = key;
      strings[slot] = s;
      lengths[slot] = s.length();
      longest = Math.max(longest, key.length);
    }
    this.knownBytes = keys;
    this.knownStrings = strings;
    this.knownLengths = lengths;
    this.longestKnown = longest;
  }

  /**
   * Reads the next record into {@code cells} (cleared first).
   *
   * @return false at the end of the input, with {@code cells} empty
   * @throws MalformedCsvException at an unclosed quote, a character after a closing quote, or a cell
   *     longer than the limit; the records before it were read whole
   */
  boolean next(List<String> cells) throws IOException {
    cells.clear();
    recordLongest = 0;
    recordReplacement = false;
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    if (!skipToRecord()) {
      return false;
    }
    recordLine = line;
    boolean more = true;
    while (more) {
      lastCellLine = line;
      mark = pos;
      if (!has(0)) {
        // After a comma at the very end: the record's last cell is empty.
        cells.add("");
        return true;
      }
      more = buffer[pos] == QUOTE ? quoted(cells) : unquoted(cells);
    }
    return true;
  }

  /**
   * The most characters ({@code String.length()}) in one cell of the last record read. With {@link
   * #holdsReplacement()} it lets a caller that refuses long cells or bytes that are not UTF-8 check a
   * record once rather than cell by cell (such a loop in the command's per-row method was about a
   * seventh of the JIT's work on the command, as measured in commit 9be9ff9).
   */
  int longestCell() {
    return recordLongest;
  }

  /** Whether a cell of the last record read holds U+FFFD: bytes that were not UTF-8, or that character. */
  boolean holdsReplacement() {
    return recordReplacement;
  }

  /** The line the last record read starts on (its first cell's line), 1-based. */
  long recordLine() {
    return recordLine;
  }

  /**
   * The line the last record's last cell starts on (1 before any record): where Jackson placed the end of
   * a record, and so where "unreadable after line N" counts from.
   */
  long lastCellLine() {
    return lastCellLine;
  }

  private void skipByteOrderMark() throws IOException {
    mark = pos;
    if (has(2)
        && buffer[pos] == (byte) 0xEF
        && buffer[pos + 1] == (byte) 0xBB
        && buffer[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /** Skips line ends and spaces before a record; false at the end of the input. */
  private boolean skipToRecord() throws IOException {
    for (; ; ) {
      mark = pos;
      if (!has(0)) {
        return false;
      }
      byte b = buffer[pos];
      if (b == ' ') {
        pos++;
      } else if (b == CR || b == LF) {
        pos++;
        endLine(b);
      } else {
        return true;
      }
    }
  }

  /** Counts a line end whose first byte ({@code b}) was just passed; takes the LF of a CRLF. */
  private void endLine(byte b) throws IOException {
    mark = pos;
    if (b == CR && has(0) && buffer[pos] == LF) {
      pos++;
    }
    line++;
  }

  /**
   * Reads an unquoted cell starting at {@link #mark}; false if it ended the record.
   *
   * <p>The buffer's last byte is looked at only after the next refill, or at the end of the input: so a
   * cell read here never ends at the end of the buffer, and the next cell or record starts inside it.
   * Why: a cell that starts exactly at the end of the buffer is rare, so the JIT compiled {@link #next}
   * without a refill there, and the first such cell threw the compiled reader away while the file's first
   * rows were read.
   */
  private boolean unquoted(List<String> cells) throws IOException {
    for (; ; ) {
      byte[] b = buffer;
      int e = eof ? end : end - 1;
      int p = cellEnd(b, pos, e);
      if (p < e) {
        byte c = b[p];
        checkLength(p - mark);
        cells.add(decode(b, mark, p - mark));
        pos = p + 1;
        if (c == COMMA) {
          return true;
        }
        endLine(c);
        return false;
      }
      pos = e;
      checkLength(pos - mark);
      // At the end of the input, the byte held back is looked at before the cell ends there.
      if (!refill() && pos == end) {
        cells.add(decode(buffer, mark, pos - mark));
        return false;
      }
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long COMMAS = ONES * COMMA;
  private static final long LFS = ONES * LF;
  private static final long CRS = ONES * CR;

  /**
   * Where the first comma, LF or CR of {@code b[from, to)} is, or {@code to}. Eight bytes are tested at a
   * time, as one {@code long}: looking at every byte of the file three times was a fifth of the reading
   * thread. In the word XORed with eight copies of a delimiter, that delimiter's bytes are zero, and
   * {@code (x - ONES) & ~x} sets the top bit of a zero byte; a byte above a zero one may be marked too (the
   * borrow), never one below it, so the lowest mark is exact. Bytes of 0x80 and above are never marked,
   * so the bytes of other UTF-8 characters are passed over as the byte loop passes them.
   */
  static int cellEnd(byte[] b, int from, int to) {
    int p = from;
    // Not 'for (; p <= to - Long.BYTES; ...)': the JIT guarded that loop's limit with a check that failed
    // in every run, throwing the compiled reader away twice while the file's first rows were read.
    while (to - p >= Long.BYTES) {
      long w = (long) LONGS.get(b, p);
      long marks = zeroBytes(w ^ COMMAS) | zeroBytes(w ^ LFS) | zeroBytes(w ^ CRS);
      if (marks != 0) {
        return p + (Long.numberOfTrailingZeros(marks) >>> 3);
      }
      p += Long.BYTES;
    }
    for (; p < to; p++) {
      byte c = b[p];
      if (c == COMMA || c == LF || c == CR) {
        return p;
      }
    }
    return to;
  }

  /** The top bit of each zero byte of {@code x} set, and maybe of bytes above the lowest zero byte. */
  private static long zeroBytes(long x) {
    return (x - ONES) & ~x & 0x8080808080808080L;
  }

  /** Reads a quoted cell whose opening quote is at {@link #mark}; false if it ended the record. */
  private boolean quoted(List<String> cells) throws IOException {
    pos++;
    boolean doubled = false;
    for (; ; ) {
      if (!has(0)) {
        throw new MalformedCsvException("Missing closing quote for value");
      }
      byte c = buffer[pos];
      if (c == QUOTE) {
        if (!has(1) || buffer[pos + 1] != QUOTE) {
          break;
        }
        doubled = true;
        pos += 2;
      } else {
        // The byte before is in the buffer: at worst it is the opening quote, at the mark.
        if (c == CR || (c == LF && buffer[pos - 1] != CR)) {
          line++;
        }
        pos++;
      }
      // Less the opening quote; the doubled quotes count, as they take room until undone.
      checkLength(pos - mark - 1);
    }
    int from = mark + 1;
    cells.add(doubled ? undouble(from, pos - from) : decode(buffer, from, pos - from));
    pos++;
    // Spaces and control characters may follow the closing quote, then the comma or the line's end.
    for (; ; ) {
      mark = pos;
      if (!has(0)) {
        return false;
      }
      byte c = buffer[pos];
      if (c == COMMA) {
        pos++;
        return true;
      }
      if (c == CR || c == LF) {
        pos++;
        endLine(c);
        return false;
      }
      if (c < 0 || c > ' ') {
        throw unexpected();
      }
      pos++;
    }
  }

  /** The text of a quoted cell's bytes with each doubled quote made one. */
  private String undouble(int from, int length) {
    if (undoubled.length < length) {
      undoubled = new byte[Math.max(length, undoubled.length * 2)];
    }
    int n = 0;
    for (int i = from; i < from + length; i++) {
      undoubled[n++] = buffer[i];
      if (buffer[i] == QUOTE) {
        i++;
      }
    }
    return decode(undoubled, 0, n);
  }

  /** Jackson's words for a character after a closing quote, describing the character as it does. */
  private MalformedCsvException unexpected() throws IOException {
    has(3);
    char c = new String(buffer, pos, Math.min(4, end - pos), StandardCharsets.UTF_8).charAt(0);
    String described;
    if (Character.isISOControl(c)) {
      described = "(CTRL-CHAR, code " + (int) c + ")";
    } else if (c > 255) {
      described = "'" + c + "' (code " + (int) c + " / 0x" + Integer.toHexString(c) + ")";
    } else {
      described = "'" + c + "' (code " + (int) c + ")";
    }
    return new MalformedCsvException(
        "Unexpected character ("
            + described
            + "): Expected column separator character (',' (code 44)) or end-of-line");
  }

  /** Whether the byte at {@code pos + ahead} is in the buffer, reading more if it is not yet. */
  private boolean has(int ahead) throws IOException {
    while (pos + ahead >= end) {
      if (!refill()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads more bytes. Those from {@link #mark} on are kept: they move to the start of the buffer, which
   * doubles when they fill it; {@link #pos} and {@link #end} move with them.
   *
   * @return false at the end of the input
   */
  private boolean refill() throws IOException {
    if (eof) {
      return false;
    }
    int kept = end - mark;
    if (kept == buffer.length || buffer.length < bufferSize) {
      // A cell longer than the buffer, or a buffer still growing to its size: a new one, twice as big.
      byte[] grown = new byte[kept == buffer.length ? 2 * buffer.length : Math.min(bufferSize, 2 * buffer.length)];
      System.arraycopy(buffer, mark, grown, 0, kept);
      buffer = grown;
    } else if (mark > 0) {
      System.arraycopy(buffer, mark, buffer, 0, kept);
    }
    pos -= mark;
    end = kept;
    mark = 0;
    int n;
    do {
      n = in.read(buffer, end, buffer.length - end);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    end += n;
    return true;
  }

  private void checkLength(int bytes) throws MalformedCsvException {
    if (bytes > maxCellBytes) {
      throw new MalformedCsvException(String.format("A value is longer than %,d bytes", maxCellBytes));
    }
  }

  /** The cell's text: a known string if it is one, else its bytes decoded. */
  private String decode(byte[] bytes, int from, int length) {
    if (length == 0) {
      return "";
    }
    if (length <= longestKnown) {
      int mask = knownBytes.length - 1;
      for (int slot = hash(bytes, from, length) & mask; ; slot = (slot + 1) & mask) {
        byte[] key = knownBytes[slot];
        if (key == null) {
          break;
        }
        if (key.length == length && Arrays.equals(key, 0, length, bytes, from, from + length)) {
          recordLongest = Math.max(recordLongest, knownLengths[slot]);
          return knownStrings[slot];
        }
      }
    }
    String cell = new String(bytes, from, length, StandardCharsets.UTF_8);
    recordLongest = Math.max(recordLongest, cell.length());
    if (cell.indexOf(REPLACEMENT) >= 0) {
      recordReplacement = true;
    }
    return cell;
  }

  /**
   * A hash of a cell's length and its first, middle and last bytes: enough to tell a questionnaire's
   * option ids apart, and a constant cost, where a hash of every byte took an eighth of the reading
   * thread. Cells that collide are told apart by their bytes.
   */
  private static int hash(byte[] bytes, int from, int length) {
    int h = length * 0x9E3779B1;
    h = (h ^ bytes[from]) * 0x01000193;
    h = (h ^ bytes[from + (length >> 1)]) * 0x01000193;
    h = (h ^ bytes[from + length - 1]) * 0x01000193;
    return h ^ (h >>> 15);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
