package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
              StringWriter out = new StringWriter();
              try {
                CsvCells.writeRow(out, cells);
                CsvCells.writeRow(out, cells);
                MappingIterator<List<String>> rows =
                    new CsvMapper()
                        .readerForListOf(String.class)
                        .with(CsvSchema.emptySchema())
                        .with(CsvParser.Feature.WRAP_AS_ARRAY)
                        .readValues(out.toString());
                assertEquals(List.of(cells, cells), rows.readAll(), out::toString);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void amountsAreWrittenAsMoneyWritesThem() {
    qt().withExamples(5_000)
        .forAll(org.quicktheories.generators.SourceDSL.longs().all().mix(org.quicktheories.generators.SourceDSL.longs().between(-1_000, 1_000)))
        .checkAssert(
            pence -> {
              CsvCells.RowBuilder row = new CsvCells.RowBuilder();
              row.start();
              row.money(uk.ras.money.Money.ofPence(pence));
              row.number(pence);
              assertEquals(
                  uk.ras.money.Money.ofPence(pence).toPlainString() + "," + pence + "\n", row.end().toString());
            });
  }

  @Test
  void plainCellsAreWrittenBareAndOthersQuoted() throws IOException {
    StringWriter out = new StringWriter();
    CsvCells.writeRow(out, List.of("P1", "2026-09-24", "northshire-mh 2026.1", "92.15", "", "a,b", "say \"hi\""));
    assertEquals("P1,2026-09-24,\"northshire-mh 2026.1\",92.15,,\"a,b\",\"say \"\"hi\"\"\"\n", out.toString());
  }
}
