package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static uk.ras.examples.ledger.LedgerCsvFiles.HOSTILE;
import static uk.ras.examples.ledger.LedgerCsvFiles.REFUSED;
import static uk.ras.examples.ledger.LedgerCsvFiles.cells;
import static uk.ras.examples.ledger.LedgerCsvFiles.line;
import static uk.ras.examples.ledger.LedgerCsvFiles.lines;
import static uk.ras.examples.ledger.LedgerCsvFiles.table;
import static uk.ras.examples.ledger.LedgerCsvFiles.values;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.examples.files.TableReader;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;

/**
 * A provider's invoice file is untrusted (docs/ledger.md, "Reconciliation"): a bad row, including one that
 * names another invoice, provider or days than the rest, is reported with its row number and line and
 * left out, the other rows go on, and no input of any size or form gives anything but the invoice, row
 * problems or the documented refusal of a file with a wrong header or no row naming the invoice.
 */
class InvoiceCsvProperties {
  private static final List<String> COLUMNS = InvoiceCsv.COLUMNS;

  /** An invoice's identity and its lines, drawn from a seed. */
  private record Drawn(String number, String provider, LocalDate from, LocalDate to, List<InvoiceLine> lines) {
    static Drawn of(SplittableRandom r) {
      LocalDate from = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(600));
      LocalDate to = from.plusDays(r.nextInt(62));
      String number = r.nextBoolean() ? "RS-2026-11" : LedgerCsvFiles.text(r).substring(0, 1) + "-" + r.nextInt(1000);
      String provider = r.nextBoolean() ? "Riverside Support" : "=Care & \"Co\", Ltd";
      List<InvoiceLine> lines = new ArrayList<>();
      for (int i = 1 + r.nextInt(30); i > 0; i--) {
        lines.add(LedgerCsvFiles.line(r, PersonId.of("P0" + r.nextInt(4)), from, to));
      }
      return new Drawn(number, provider, from, to, lines);
    }

    Map<String, String> cells(int i, boolean excel, SplittableRandom r) {
      return LedgerCsvFiles.cells(number, provider, from, to, lines.get(i), excel, r);
    }
  }

  @Test
  void validRowsMakeTheInvoiceAndEachCorruptedRowIsOneProblemAtItsRowAndLine() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Drawn d = Drawn.of(r);
      // Fewer corrupted rows than good ones, so that most rows name the invoice, wherever the bad ones are.
      int bad = r.nextInt((d.lines().size() + 1) / 2);
      List<Integer> corrupt = new ArrayList<>();
      while (corrupt.size() < bad) {
        int i = r.nextInt(d.lines().size());
        if (!corrupt.contains(i)) {
          corrupt.add(i);
        }
      }
      StringBuilder text = new StringBuilder(line(COLUMNS, ',', false)).append('\n');
      List<InvoiceLine> expected = new ArrayList<>();
      Map<Long, Long> corrupted = new LinkedHashMap<>();
      Map<Long, String> how = new LinkedHashMap<>();
      List<Long> goodRows = new ArrayList<>();
      List<Long> goodLines = new ArrayList<>();
      for (int i = 0; i < d.lines().size(); i++) {
        Map<String, String> cells = d.cells(i, false, r);
        long line = lines(text) + 1;
        if (corrupt.contains(i)) {
          List<String> values = new ArrayList<>();
          how.put(i + 1L, corrupt(r, d, cells, values));
          corrupted.put(i + 1L, line);
          text.append(line(values, ',', false)).append('\n');
        } else {
          expected.add(d.lines().get(i));
          goodRows.add(i + 1L);
          goodLines.add(line);
          text.append(line(values(cells, COLUMNS), ',', false)).append('\n');
        }
      }
      InvoiceCsv.Read read = read(text.toString());

      assertEquals(Invoice.of(d.number(), d.provider(), d.from(), d.to(), expected), read.invoice(),
          () -> "seed " + seed + ", corrupted " + how + ", problems " + read.problems().kept());
      assertEquals(d.lines().size(), read.rows());
      Map<Long, Long> problems = new LinkedHashMap<>();
      for (RowProblem p : read.problems().kept()) {
        problems.put(p.row(), p.line());
        assertTrue(p.describe("in.csv").length() <= EntryCsvProperties.LONGEST_PROBLEM, () -> "seed " + seed);
      }
      assertEquals(corrupted, problems, () -> "seed " + seed + ", corrupted " + how + ", problems " + read.problems().kept());
      assertEquals(corrupted.size(), read.problems().count());
      assertEquals(goodRows, read.lineRows());
      assertEquals(goodLines, read.lineLines());
    });
  }

  /** Fills {@code out} with the row's cells made wrong in one way no invoice row can be. */
  private static String corrupt(SplittableRandom r, Drawn d, Map<String, String> cells, List<String> out) {
    Map<String, String> c = new LinkedHashMap<>(cells);
    String how;
    switch (r.nextInt(6)) {
      case 0: {
        String column = COLUMNS.get(r.nextInt(COLUMNS.size()));
        c.put(column, "");
        how = "blank " + column;
        break;
      }
      case 1: {
        List<String> typed = List.of("from", "to", "date", "start", "end", "amount");
        String column = typed.get(r.nextInt(typed.size()));
        List<String> pool = new ArrayList<>(HOSTILE);
        pool.addAll(REFUSED.get(column));
        c.put(column, pool.get(r.nextInt(pool.size())));
        how = "hostile " + column;
        break;
      }
      case 2: {
        // Another invoice or provider than the file's (a formula, a name too long, a control character).
        String column = r.nextBoolean() ? "invoice" : "provider";
        List<String> pool = List.of("=1+1", "@SUM(A1)", "N".repeat(Invoice.MAX_NAME + 1), "a\u0007b", c.get(column) + " 2",
            "y".repeat(TableCells.MAX_CELL + 1));
        c.put(column, pool.get(r.nextInt(pool.size())));
        how = "other " + column;
        break;
      }
      case 3: {
        if (r.nextBoolean()) {
          // An end before the start is a visit past midnight, and valid; an end equal to it is not.
          c.put("end", c.get("start"));
          how = "end equal to start";
        } else if (r.nextBoolean() || d.from().equals(d.to())) {
          c.put("date", d.to().plusDays(1 + r.nextInt(400)).toString());
          how = "date after the invoice's days";
        } else {
          String from = c.get("from");
          c.put("from", c.get("to"));
          c.put("to", from);
          how = "from and to swapped";
        }
        break;
      }
      case 4: {
        c.put("from", d.from().minusDays(1 + r.nextInt(5)).toString());
        how = "other days";
        break;
      }
      default: {
        List<String> all = values(c, COLUMNS);
        int keep = 1 + r.nextInt(COLUMNS.size() - 1);
        out.addAll(all.subList(0, keep));
        return "cut to " + keep + " cells";
      }
    }
    out.addAll(values(c, COLUMNS));
    return how;
  }

  @Test
  void anyBytesGiveTheInvoiceRowProblemsOrTheFilesRefusal() {
    qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom v = new SplittableRandom(~seed);
      Drawn d = Drawn.of(v);
      StringBuilder valid = new StringBuilder(line(COLUMNS, ',', false)).append('\n');
      for (int i = 0; i < d.lines().size(); i++) {
        valid.append(line(values(d.cells(i, false, v), COLUMNS), ',', false)).append('\n');
      }
      byte[] bytes = EntryCsvProperties.hostileBytes(new SplittableRandom(seed), COLUMNS, valid.toString());
      try (TableReader table = EntryCsvProperties.opened(bytes, seed)) {
        if (table == null) {
          return;
        }
        InvoiceCsv.Read read;
        try {
          read = InvoiceCsv.read(table);
        } catch (IllegalArgumentException e) {
          EntryCsvProperties.assertRefusal(e, seed);
          return;
        }
        assertTrue(read.invoice().lines().size() + read.problems().count() <= read.rows() + 1, "seed " + seed);
        assertEquals(read.invoice().lines().size(), read.lineRows().size());
        for (RowProblem p : read.problems().kept()) {
          assertTrue(p.row() >= 1 && p.row() <= read.rows() + 1, "seed " + seed + ": " + p);
          String shown = p.describe("in.csv");
          assertTrue(shown.chars().noneMatch(ch -> ch < 0x20), () -> "seed " + seed + ": " + shown);
          assertTrue(shown.length() <= EntryCsvProperties.LONGEST_PROBLEM, "seed " + seed);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void rowsWrittenWithExcelsHabitsReadAsThePlainRowsDo() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Drawn d = Drawn.of(r);
      char sep = r.nextBoolean() ? ',' : ';';
      StringBuilder plain = new StringBuilder(line(COLUMNS, ',', false)).append('\n');
      StringBuilder excel = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "").append(r.nextBoolean() ? "sep=" + sep + "\r\n" : "")
          .append(line(COLUMNS.stream().map(c -> r.nextBoolean() ? c : c.toUpperCase()).toList(), sep, true)).append("\r\n");
      for (int i = 0; i < d.lines().size(); i++) {
        plain.append(line(values(d.cells(i, false, r), COLUMNS), ',', false)).append('\n');
        excel.append(line(values(d.cells(i, true, r), COLUMNS), sep, r.nextBoolean())).append("\r\n");
        if (r.nextInt(5) == 0) {
          excel.append(String.valueOf(sep).repeat(COLUMNS.size() - 1)).append("\r\n");
        }
      }
      Invoice expected = Invoice.of(d.number(), d.provider(), d.from(), d.to(), d.lines());
      InvoiceCsv.Read fromPlain = read(plain.toString());
      InvoiceCsv.Read fromExcel = read(excel.toString());

      assertEquals(expected, fromPlain.invoice(), () -> "seed " + seed + ": " + fromPlain.problems().kept());
      assertEquals(expected, fromExcel.invoice(), () -> "seed " + seed + ": " + fromExcel.problems().kept() + "\n" + excel);
      assertEquals(fromPlain.lineRows(), fromExcel.lineRows());
    });
  }

  private static InvoiceCsv.Read read(String text) {
    try (TableReader table = table(text)) {
      return InvoiceCsv.read(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
