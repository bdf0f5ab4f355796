package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The reader's handler gives the records FastCSV's own {@code CsvRecordHandler} gives, cell for cell and
 * line for line, with the same errors, whatever cells are known: TableReader reads as it did through
 * FastCSV's records.
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
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
