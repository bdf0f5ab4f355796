package uk.ras.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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

    /** The date as {@link LocalDate#toString()} writes it (2026-09-24), or an empty cell for null. */
    void date(LocalDate date);
  }

  /**
   * Builds one CSV row as UTF-8 bytes, numbers, amounts and dates written straight into it (no string per
   * cell, no character encoder): the million-row output spent as long in making and writing cells as in
   * everything else it does. A cell is quoted (its quotes doubled) when it holds a comma, a quote, a line
   * break, a space or a tab. Reused row after row; not thread-safe.
   */
  static final class RowBuilder implements Sink {
    private byte[] bytes = new byte[512];
    private int length;
    private int cells;
    private final String[] recent = new String[4];
    private final byte[][] recentBytes = new byte[4][];
    private int nextRecent;

    /** Empties the builder for the next row. */
    void start() {
      length = 0;
      cells = 0;
    }

    private void separate() {
      if (cells++ > 0) {
        put((byte) ',');
      }
    }

    private void put(byte b) {
      if (length == bytes.length) {
        room(1);
      }
      bytes[length++] = b;
    }

    private void room(int more) {
      if (bytes.length - length < more) {
        bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
      }
    }

    @Override
    public void text(String cell) {
      separate();
      int n = cell.length();
      // ASCII that needs no quotes is copied as it is checked, one pass: its bytes are its characters.
      // Bytes copied before a character that needs more are left past the end, for the encoding below.
      room(n);
      int i = 0;
      while (i < n && isPlain(cell.charAt(i))) {
        bytes[length + i] = (byte) cell.charAt(i);
        i++;
      }
      if (i == n) {
        length += n;
        return;
      }
      byte[] utf8 = encoded(cell);
      room(utf8.length);
      System.arraycopy(utf8, 0, bytes, length, utf8.length);
      length += utf8.length;
    }

    /**
     * The cell's bytes as written, quoted if need be. The last few are kept by identity: a rule set's
     * label is on every row and usually holds a space, so it would otherwise be quoted and encoded anew
     * each time.
     */
    private byte[] encoded(String cell) {
      for (int i = 0; i < recent.length; i++) {
        if (recent[i] == cell) {
          return recentBytes[i];
        }
      }
      String written = needsQuotes(cell) ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
      // An unpaired surrogate (never from a decoded file) is written as '?', as Java's encoders do.
      byte[] utf8 = written.getBytes(StandardCharsets.UTF_8);
      recent[nextRecent] = cell;
      recentBytes[nextRecent] = utf8;
      nextRecent = (nextRecent + 1) % recent.length;
      return utf8;
    }

    /** Printable ASCII other than the characters that need quotes. */
    private static boolean isPlain(char ch) {
      return ch > ' ' && ch < 0x7F && ch != ',' && ch != '"';
    }

    @Override
    public void number(long n) {
      separate();
      digits(n);
    }

    private void digits(long n) {
      if (n == Long.MIN_VALUE) {
        // Cannot be negated; rare enough to go through a string.
        for (char ch : Long.toString(n).toCharArray()) {
          put((byte) ch);
        }
        return;
      }
      if (n < 0) {
        put((byte) '-');
        n = -n;
      }
      room(19);
      int end = length + digitCount(n);
      int at = end;
      // Two digits per division, from the right, as the JDK writes numbers.
      while (n >= 100) {
        long q = n / 100;
        int r = (int) (n - q * 100);
        bytes[--at] = TWO_DIGITS[2 * r + 1];
        bytes[--at] = TWO_DIGITS[2 * r];
        n = q;
      }
      if (n >= 10) {
        bytes[--at] = TWO_DIGITS[2 * (int) n + 1];
        bytes[--at] = TWO_DIGITS[2 * (int) n];
      } else {
        bytes[--at] = (byte) ('0' + n);
      }
      length = end;
    }

    /** "00" to "99", two bytes each. */
    private static final byte[] TWO_DIGITS = new byte[200];

    static {
      for (int i = 0; i < 100; i++) {
        TWO_DIGITS[2 * i] = (byte) ('0' + i / 10);
        TWO_DIGITS[2 * i + 1] = (byte) ('0' + i % 10);
      }
    }

    private static int digitCount(long n) {
      int count = 1;
      for (long limit = 10; count < 19 && n >= limit; limit *= 10) {
        count++;
      }
      return count;
    }

    /** The amount as {@link Money#toPlainString()} writes it, such as 1234.50 or -0.05. */
    @Override
    public void money(Money amount) {
      separate();
      long pence = amount.pence();
      if (pence == Long.MIN_VALUE) {
        for (char ch : amount.toPlainString().toCharArray()) {
          put((byte) ch);
        }
        return;
      }
      if (pence < 0) {
        put((byte) '-');
      }
      long magnitude = Math.abs(pence);
      digits(magnitude / 100);
      long p = magnitude % 100;
      room(3);
      bytes[length++] = '.';
      bytes[length++] = (byte) ('0' + p / 10);
      bytes[length++] = (byte) ('0' + p % 10);
    }

    @Override
    public void date(LocalDate date) {
      if (date == null) {
        text("");
        return;
      }
      int year = date.getYear();
      if (year < 0 || year > 9999) {
        text(date.toString()); // a sign or more than four digits: as LocalDate writes it
        return;
      }
      separate();
      room(10);
      length = fixed(year, 4, length);
      bytes[length++] = '-';
      length = fixed(date.getMonthValue(), 2, length);
      bytes[length++] = '-';
      length = fixed(date.getDayOfMonth(), 2, length);
    }

    /** Writes {@code n} as exactly {@code width} digits, zero-padded, at {@code at}; returns the end. */
    private int fixed(int n, int width, int at) {
      for (int i = at + width - 1; i >= at; i--) {
        bytes[i] = (byte) ('0' + n % 10);
        n /= 10;
      }
      return at + width;
    }

    /** Writes the row and its line feed (an empty row is one empty cell). */
    void writeTo(OutputStream out) throws IOException {
      put((byte) '\n');
      out.write(bytes, 0, length);
    }
  }

  /**
   * A row's cells held as they are given, then sent on to another sink in one loop. Why: a row written to
   * a {@link RowBuilder} call by call has every call compiled into the method that writes the row; the
   * JIT took 0.4 to 0.5 s of a core to compile that method (twice, after a deoptimisation) in a
   * million-row run of 5 s on two busy cores. Sent from here, each kind of cell is compiled in once.
   * Holding a cell is kept to three stores, with growing out of line: it is compiled into the method that
   * fills the row once per call, and with its array growth inlined at each of a row's 17 calls that
   * method's inlined bytecode was 5.5 kB (4.7 kB without). Reused row after row; not thread-safe.
   */
  static final class HeldRow implements Sink {
    private static final byte TEXT = 0;
    private static final byte NUMBER = 1;
    private static final byte MONEY = 2;
    private static final byte DATE = 3;
    private byte[] kinds = new byte[32];
    private Object[] objects = new Object[32];
    private long[] numbers = new long[32];
    private int size;

    /** Empties the row for the next. */
    void clear() {
      // The objects are left for the next row to overwrite: a row holds no more than the one before.
      size = 0;
    }

    @Override
    public void text(String cell) {
      hold(TEXT, cell, 0);
    }

    @Override
    public void number(long n) {
      hold(NUMBER, null, n);
    }

    @Override
    public void money(Money amount) {
      hold(MONEY, amount, 0);
    }

    @Override
    public void date(LocalDate date) {
      hold(DATE, date, 0);
    }

    private void hold(byte kind, Object object, long number) {
      int at = size;
      if (at == kinds.length) {
        grow();
      }
      kinds[at] = kind;
      objects[at] = object;
      numbers[at] = number;
      size = at + 1;
    }

    private void grow() {
      kinds = Arrays.copyOf(kinds, 2 * kinds.length);
      objects = Arrays.copyOf(objects, 2 * objects.length);
      numbers = Arrays.copyOf(numbers, 2 * numbers.length);
    }

    /** Sends the cells held, in order, to {@code out}. */
    void sendTo(Sink out) {
      for (int c = 0; c < size; c++) {
        switch (kinds[c]) {
          case TEXT -> out.text((String) objects[c]);
          case NUMBER -> out.number(numbers[c]);
          case MONEY -> out.money((Money) objects[c]);
          default -> out.date((LocalDate) objects[c]);
        }
      }
    }
  }

  /**
   * Writes one CSV row and a line feed, in UTF-8, quoting as {@link RowBuilder} does.
   *
   * @param out not null
   * @param cells not null, no nulls
   */
  static void writeRow(OutputStream out, List<String> cells) throws IOException {
    RowBuilder row = new RowBuilder();
    for (String cell : cells) {
      row.text(cell);
    }
    row.writeTo(out);
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
