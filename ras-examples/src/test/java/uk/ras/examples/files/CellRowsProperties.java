package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The reader's handler gives the records FastCSV's own {@code CsvRecordHandler} gives, cell for cell and
 * line for line, with the same errors, whatever cells are known: TableReader reads as it did through
 * FastCSV's records. A record over FastCSV's cell limit, where FastCSV's handlers throw, is one row to
 * reject and the reading goes on.
 */
class CellRowsProperties {
  private static final String[] PIECES = {
    "some_help", "no_help", "a", "", "some_hel", " no_help", "P12", "\u00e9t\u00e9", ",", ",", ";", "\n", "\r\n",
    "\r", "\"", "\"no_help\"", "\"a,b\"", "\"two\ncarers\"", "\"x\" y",
  };

  @Test
  void cellRowsAreFastCsvsOwnRecords() {
    qt().withExamples(400)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 60))
        .checkAssert(
            pieces -> {
              StringBuilder text = new StringBuilder();
              pieces.forEach(p -> text.append(PIECES[p]));
              String csv = text.toString();
              List<String> own =
                  records(csv, b -> b.ofCsvRecord(csv), r -> r.getStartingLineNumber() + " " + shown(r.getFields()));
              assertEquals(own, cellRows(csv, Set.of()), csv);
              assertEquals(own, cellRows(csv, Set.of("some_help", "no_help", "a", "")), csv);
            });
  }

  @Test
  void aRowOverTheCellLimitIsOneRowToRejectAndTheOthersReadAsWithoutIt() {
    // Rows of the file after the header: a good row of cells 0..n, or (negative) a row of -w cells, w over
    // the limit. Read with the wide rows in place, every other row is what it is when each wide row is a
    // row of its own first cell alone, at the same line; each wide row keeps its first 16,384 cells.
    qt().withExamples(100)
        .forAll(lists().of(integers().between(-4, 6)).ofSizeBetween(0, 12))
        .checkAssert(
            shapes -> {
              StringBuilder wide = new StringBuilder("a,b,c\n");
              StringBuilder narrow = new StringBuilder("a,b,c\n");
              for (int r = 0; r < shapes.size(); r++) {
                int shape = shapes.get(r);
                if (shape < 0) {
                  int cells = CellRows.MAX_FIELDS - shape * 1_000; // 17,384 to 20,384
                  wide.append('W').append(r).append(",".repeat(cells - 1)).append('\n');
                  narrow.append('W').append(r).append('\n');
                } else {
                  String row = "r" + r + ",x".repeat(shape) + "\n";
                  wide.append(row);
                  narrow.append(row);
                }
              }
              List<TableReader.Row> read = rows(wide.toString());
              List<TableReader.Row> expected = rows(narrow.toString());
              assertEquals(expected.size(), read.size());
              for (int r = 0; r < read.size(); r++) {
                TableReader.Row got = read.get(r);
                TableReader.Row want = expected.get(r);
                assertEquals(List.of(want.row(), want.line()), List.of(got.row(), got.line()));
                if (shapes.get(r) < 0) {
                  int cells = CellRows.MAX_FIELDS - shapes.get(r) * 1_000;
                  assertEquals(
                      Optional.of(String.format("the row has %,d cells; at most 16,384 are read", cells)),
                      got.unread());
                  assertEquals(CellRows.MAX_FIELDS, got.cells().size());
                  assertEquals(want.cells().get(0), got.cells().get(0));
                } else {
                  assertEquals(want, got);
                }
              }
            });
  }

  private static List<TableReader.Row> rows(String csv) {
    List<TableReader.Row> rows = new ArrayList<>();
    try (TableReader table = TableReader.csv("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      for (TableReader.Row row = table.next(); row != null; row = table.next()) {
        rows.add(row);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  private static List<String> cellRows(String csv, Set<String> known) {
    CellRows handler = new CellRows(new KnownCells(known));
    return records(csv, b -> b.build(handler, csv), cells -> handler.line() + " " + shown(cells));
  }

  /** The cells each in angle brackets, so that one empty cell is not shown as none. */
  private static String shown(List<String> cells) {
    StringBuilder s = new StringBuilder();
    cells.forEach(c -> s.append('<').append(c).append('>'));
    return s.toString();
  }

  private static <T> List<String> records(
      String csv, Function<CsvReader.CsvReaderBuilder, CsvReader<T>> open, Function<T, String> describe) {
    List<String> out = new ArrayList<>();
    CsvReader.CsvReaderBuilder builder =
        CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true);
    try (CsvReader<T> reader = open.apply(builder)) {
      for (T record : reader) {
        out.add(describe.apply(record));
      }
    } catch (CsvParseException e) {
      out.add("error: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
