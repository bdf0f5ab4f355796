package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What ras writes as CSV, a CSV reader reads back cell for cell, whatever the cells hold. */
class CsvCellsProperties {
  /** Text over an alphabet rich in the characters CSV treats specially. */
  private static final Gen<String> CELLS =
      strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 12)
          .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 6))
          .mix(lists().of(org.quicktheories.generators.SourceDSL.arbitrary().pick(",", "\"", "\n", "\r\n", " ", "\t", "a", "£", "'="))
              .ofSizeBetween(1, 6).map(parts -> String.join("", parts)));

  @Test
  void rowsReadBackAsWritten() {
    qt().withExamples(2_000)
        .forAll(lists().of(CELLS).ofSizeBetween(1, 8).assuming(cells -> !(cells.size() == 1 && cells.get(0).isEmpty())))
        .checkAssert(
            cells -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try {
                CsvCells.writeRow(out, cells);
                CsvCells.writeRow(out, cells);
                List<String> expected = asUtf8(cells);
                assertEquals(List.of(expected, expected), readBack(out), () -> out.toString(UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * One builder over many rows, as {@code ras allocate} uses it: the cells it keeps written by identity
   * (rule-set labels) come out right among others, and no row carries anything of the one before.
   */
  @Test
  void rowsThroughOneBuilderReadBackAsWritten() {
    qt().withExamples(500)
        .forAll(lists().of(lists().of(CELLS).ofSizeBetween(1, 6)).ofSizeBetween(1, 12))
        .checkAssert(
            rows -> {
              List<List<String>> expected = new ArrayList<>();
              CsvCells.RowBuilder builder = new CsvCells.RowBuilder();
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try {
                for (List<String> cells : rows) {
                  // Each row repeats its first cell, the same object, at its end.
                  List<String> row = new ArrayList<>(cells);
                  row.add(cells.get(0));
                  builder.start();
                  row.forEach(builder::text);
                  builder.writeTo(out);
                  expected.add(asUtf8(row));
                }
                assertEquals(expected, readBack(out), () -> out.toString(UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The cells as UTF-8 carries them: an unpaired surrogate (which a file decoded as UTF-8 never yields,
   * but the generator does) becomes '?', as Java's encoders write it.
   */
  private static List<String> asUtf8(List<String> cells) {
    return cells.stream().map(c -> new String(c.getBytes(UTF_8), UTF_8)).toList();
  }

  private static List<List<String>> readBack(ByteArrayOutputStream out) throws IOException {
    MappingIterator<List<String>> rows =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvSchema.emptySchema())
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(out.toString(UTF_8));
    return rows.readAll();
  }

  @Test
  void numbersAndDatesAreWrittenAsTheJdkWritesThem() {
    qt().withExamples(5_000)
        .forAll(
            longs().all().mix(longs().between(-1_000, 1_000)),
            // Every representable day, the years beyond 0..9999 (a sign, five digits) included.
            longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .mix(longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())))
        .checkAssert(
            (n, day) -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              CsvCells.RowBuilder row = new CsvCells.RowBuilder();
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              row.start();
              row.number(n);
              row.date(date);
              row.date(null);
              try {
                row.writeTo(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertEquals(n + "," + date + ",\n", out.toString(UTF_8));
            });
  }

  @Test
  void amountsAreWrittenAsMoneyWritesThem() {
    qt().withExamples(5_000)
        .forAll(org.quicktheories.generators.SourceDSL.longs().all().mix(org.quicktheories.generators.SourceDSL.longs().between(-1_000, 1_000)))
        .checkAssert(
            pence -> {
              CsvCells.RowBuilder row = new CsvCells.RowBuilder();
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              // Twice through one builder: the second row must not carry anything of the first.
              for (int i = 0; i < 2; i++) {
                row.start();
                row.money(uk.ras.money.Money.ofPence(pence));
                row.number(pence);
                try {
                  row.writeTo(out);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              String line = uk.ras.money.Money.ofPence(pence).toPlainString() + "," + pence + "\n";
              assertEquals(line + line, out.toString(UTF_8));
            });
  }

  @Test
  void aReusedBuilderWritesALongRowThenAShortOneWhole() throws IOException {
    CsvCells.RowBuilder row = new CsvCells.RowBuilder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String longCell = "x".repeat(1_000);
    row.start();
    row.text(longCell);
    row.number(7);
    row.writeTo(out);
    row.start();
    row.text("P1");
    row.writeTo(out);
    assertEquals(longCell + ",7\nP1\n", out.toString(UTF_8));
  }

  @Test
  void plainCellsAreWrittenBareAndOthersQuoted() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvCells.writeRow(out, List.of("P1", "2026-09-24", "northshire-mh 2026.1", "92.15", "", "a,b", "say \"hi\"", "£5 ü"));
    assertEquals(
        "P1,2026-09-24,\"northshire-mh 2026.1\",92.15,,\"a,b\",\"say \"\"hi\"\"\",\"£5 ü\"\n",
        out.toString(UTF_8));
  }
}
