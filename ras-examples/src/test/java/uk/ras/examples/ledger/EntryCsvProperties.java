package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static uk.ras.examples.ledger.LedgerCsvFiles.HOSTILE;
import static uk.ras.examples.ledger.LedgerCsvFiles.REFUSED;
import static uk.ras.examples.ledger.LedgerCsvFiles.TYPED;
import static uk.ras.examples.ledger.LedgerCsvFiles.cells;
import static uk.ras.examples.ledger.LedgerCsvFiles.entry;
import static uk.ras.examples.ledger.LedgerCsvFiles.line;
import static uk.ras.examples.ledger.LedgerCsvFiles.lines;
import static uk.ras.examples.ledger.LedgerCsvFiles.optional;
import static uk.ras.examples.ledger.LedgerCsvFiles.table;
import static uk.ras.examples.ledger.LedgerCsvFiles.values;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.examples.files.TableReader;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryKind;

/**
 * The entries file is untrusted (docs/ledger.md, "Files"): a bad row is reported with its row number and
 * line and left out, the other rows go on, and no input of any size or form gives anything but rows, row
 * problems or the one documented refusal of a file whose header is wrong (an IllegalArgumentException
 * naming the file, which the command reports as a usage error).
 */
class EntryCsvProperties {
  private static final List<String> COLUMNS = EntryCsv.COLUMNS;

  /** The longest a problem may be: a reason and a value shown in full, never a whole huge cell. */
  static final int LONGEST_PROBLEM = 2 * TableCells.MAX_CELL + 400;

  @Test
  void validRowsAreReadAndEachCorruptedRowIsOneProblemAtItsRowAndLine() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      int n = r.nextInt(30);
      StringBuilder text = new StringBuilder(line(COLUMNS, ',', false)).append('\n');
      List<Entry> expected = new ArrayList<>();
      Map<Long, Long> corrupted = new LinkedHashMap<>();
      Map<Long, String> how = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        Entry e = entry(r, PersonId.of(r.nextBoolean() ? "P01" : "P02"), i);
        Map<String, String> cells = cells(e, false, r);
        long line = lines(text) + 1;
        if (r.nextInt(3) == 0) {
          List<String> values = new ArrayList<>();
          how.put(i + 1L, corrupt(r, e.kind(), cells, values));
          corrupted.put(i + 1L, line);
          text.append(line(values, ',', false)).append('\n');
        } else {
          expected.add(e);
          text.append(line(values(cells, COLUMNS), ',', false)).append('\n');
        }
      }
      EntryCsv.Read read = read(text.toString());

      assertEquals(expected, read.entries(), () -> "seed " + seed + ", corrupted " + how);
      assertEquals(n, read.rows());
      Map<Long, Long> problems = new LinkedHashMap<>();
      for (RowProblem p : read.problems().kept()) {
        problems.put(p.row(), p.line());
        assertTrue(p.describe("in.csv").length() <= LONGEST_PROBLEM, () -> "seed " + seed + ": " + p.describe().length());
      }
      assertEquals(corrupted, problems, () -> "seed " + seed + ", corrupted " + how + ", problems " + read.problems().kept());
      assertEquals(corrupted.size(), read.problems().count());
    });
  }

  /**
   * Fills {@code out} with the row's cells made wrong in one way that its kind can never accept.
   *
   * @return how, for the failure message
   */
  static String corrupt(SplittableRandom r, EntryKind kind, Map<String, String> cells, List<String> out) {
    Map<String, String> c = new LinkedHashMap<>(cells);
    String how;
    switch (r.nextInt(6)) {
      case 0: {
        String column = EntryCsv.REQUIRED.get(r.nextInt(EntryCsv.REQUIRED.size()));
        c.put(column, r.nextBoolean() ? "" : " \t ");
        how = "blank " + column;
        break;
      }
      case 1: {
        List<String> typed = new ArrayList<>();
        for (String column : TYPED) {
          if (!c.getOrDefault(column, "").isEmpty()) {
            typed.add(column);
          }
        }
        String column = typed.get(r.nextInt(typed.size()));
        List<String> pool = new ArrayList<>(HOSTILE);
        pool.addAll(REFUSED.get(column));
        c.put(column, pool.get(r.nextInt(pool.size())));
        how = "hostile " + column;
        break;
      }
      case 2: {
        List<String> texts = new ArrayList<>();
        for (String column : List.of("id", "person", "provider", "staff", "reverses", "note")) {
          if (!c.getOrDefault(column, "").isEmpty()) {
            texts.add(column);
          }
        }
        String column = texts.get(r.nextInt(texts.size()));
        c.put(column, r.nextBoolean() ? "y".repeat(TableCells.MAX_CELL + 1 + r.nextInt(100_000))
            : "a" + (char) (r.nextBoolean() ? 0 : 1 + r.nextInt(8)) + "b");
        how = "text " + column;
        break;
      }
      case 3: {
        if (!c.get("start").isEmpty() && r.nextBoolean()) {
          // An end before the start is a visit past midnight, and valid; an end equal to it is not.
          c.put("end", c.get("start"));
          how = "end equal to start";
        } else {
          String kindCell = c.get("kind");
          c.put("kind", c.get("date"));
          c.put("date", kindCell);
          how = "kind and date swapped";
        }
        break;
      }
      case 4: {
        List<String> unused = new ArrayList<>();
        for (String column : COLUMNS) {
          if (c.get(column).isEmpty() && !optional(kind, column)) {
            unused.add(column);
          }
        }
        String column = unused.get(r.nextInt(unused.size()));
        c.put(column, r.nextBoolean() ? "1" : LedgerCsvFiles.text(r));
        how = "value in unused " + column;
        break;
      }
      default: {
        List<String> all = values(c, COLUMNS);
        int keep = 1 + r.nextInt(4);
        out.addAll(all.subList(0, keep));
        String last = out.get(keep - 1);
        if (keep == 4 && r.nextBoolean()) {
          out.set(3, last.substring(0, 1 + r.nextInt(last.length() - 1)));
        }
        return "cut to " + out;
      }
    }
    out.addAll(values(c, COLUMNS));
    return how;
  }

  @Test
  void anyBytesGiveRowsRowProblemsOrTheFilesRefusal() {
    qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      byte[] bytes = hostileBytes(new SplittableRandom(seed), COLUMNS, validFile(new SplittableRandom(~seed)));
      readsOrIsRefused(bytes, seed);
    });
  }

  static void readsOrIsRefused(byte[] bytes, long seed) {
    try (TableReader table = opened(bytes, seed)) {
      if (table == null) {
        return;
      }
      EntryCsv.Read read;
      try {
        read = EntryCsv.read(table);
      } catch (IllegalArgumentException e) {
        assertRefusal(e, seed);
        return;
      }
      // Each row is an entry, a problem or the same entry again; reading that stops adds one problem.
      assertTrue(read.entries().size() + read.problems().count() <= read.rows() + 1, "seed " + seed);
      for (RowProblem p : read.problems().kept()) {
        assertTrue(p.row() >= 1 && p.row() <= read.rows() + 1, "seed " + seed + ": " + p);
        String shown = p.describe("in.csv");
        assertTrue(shown.chars().noneMatch(ch -> ch < 0x20), () -> "seed " + seed + ": " + shown);
        assertTrue(shown.length() <= LONGEST_PROBLEM, "seed " + seed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes opened as a table, or null where the header itself is not CSV: that is the only place
   * {@link TableReader.MalformedTableException} may come from, and the command reports it as the file
   * unreadable; after the header, a reader reports it as a problem of the row it starts on.
   */
  static TableReader opened(byte[] bytes, long seed) throws IOException {
    try {
      return table(bytes);
    } catch (TableReader.MalformedTableException e) {
      assertTrue(e.getMessage() != null && e.getMessage().chars().noneMatch(ch -> ch < 0x20), "seed " + seed);
      return null;
    }
  }

  static void assertRefusal(IllegalArgumentException e, long seed) {
    assertTrue(e.getMessage().startsWith("in.csv:"), () -> "seed " + seed + ": " + e.getMessage());
    assertTrue(e.getMessage().chars().noneMatch(ch -> ch < 0x20), () -> "seed " + seed + ": " + e.getMessage());
    assertTrue(e.getMessage().length() <= LONGEST_PROBLEM + 500, () -> "seed " + seed);
  }

  /** Bytes no reader should fail on: random, a good header over random text, or a good file changed at random. */
  static byte[] hostileBytes(SplittableRandom r, List<String> columns, String valid) {
    String alphabet = ",;\"\r\n\t \u0000\u001B\uFEFF\uFFFD=+-@\u00a3/:.0123456789eE-visit";
    switch (r.nextInt(3)) {
      case 0: {
        byte[] b = new byte[r.nextInt(400)];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) r.nextInt(256);
        }
        return b;
      }
      case 1: {
        StringBuilder s = new StringBuilder(line(columns, ',', r.nextBoolean())).append('\n');
        for (int i = r.nextInt(600); i > 0; i--) {
          s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
      }
      default: {
        byte[] b = valid.getBytes(StandardCharsets.UTF_8);
        for (int i = 1 + r.nextInt(8); i > 0 && b.length > 0; i--) {
          int at = r.nextInt(b.length);
          b[at] = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : (byte) alphabet.charAt(r.nextInt(alphabet.length()));
        }
        if (r.nextInt(4) == 0) {
          b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
        }
        return b;
      }
    }
  }

  static String validFile(SplittableRandom r) {
    StringBuilder text = new StringBuilder(line(COLUMNS, ',', false)).append('\n');
    for (int i = r.nextInt(12); i > 0; i--) {
      text.append(line(values(cells(entry(r, PersonId.of("P01"), i), false, r), COLUMNS), ',', false)).append('\n');
    }
    return text.toString();
  }

  @Test
  void rowsWrittenWithExcelsHabitsReadAsThePlainRowsDo() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Entry> entries = new ArrayList<>();
      StringBuilder plain = new StringBuilder(line(COLUMNS, ',', false)).append('\n');
      char sep = r.nextBoolean() ? ',' : ';';
      String sepLine = r.nextBoolean() ? "sep=" + sep + "\r\n" : "";
      boolean extraColumns = r.nextBoolean();
      StringBuilder excel = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "").append(sepLine)
          .append(line(COLUMNS.stream().map(c -> r.nextBoolean() ? c : c.replace('_', ' ').toUpperCase()).toList(), sep, true))
          .append(extraColumns ? "" + sep + sep : "").append("\r\n");
      for (int i = 1 + r.nextInt(20); i > 0; i--) {
        Entry e = entry(r, PersonId.of("P0" + r.nextInt(3)), i);
        entries.add(e);
        plain.append(line(values(cells(e, false, r), COLUMNS), ',', false)).append('\n');
        excel.append(line(values(cells(e, true, r), COLUMNS), sep, false)).append(extraColumns ? "" + sep + sep : "").append("\r\n");
        if (r.nextInt(5) == 0) {
          excel.append(String.valueOf(sep).repeat(COLUMNS.size() - 1)).append("\r\n");
        }
      }
      EntryCsv.Read fromPlain = read(plain.toString());
      EntryCsv.Read fromExcel = read(excel.toString());

      assertEquals(entries, fromPlain.entries(), () -> "seed " + seed + ": " + fromPlain.problems().kept());
      assertEquals(entries, fromExcel.entries(), () -> "seed " + seed + ": " + fromExcel.problems().kept() + "\n" + excel);
      assertEquals(fromPlain.rows(), fromExcel.rows());
      for (Entry e : entries) {
        assertEquals(fromPlain.rowOf().get(e).row(), fromExcel.rowOf().get(e).row());
      }
    });
  }

  static EntryCsv.Read read(String text) {
    try (TableReader table = table(text)) {
      return EntryCsv.read(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
