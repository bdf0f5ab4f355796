package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.examples.files.TableReader;

/** The invoice file's rows, worked by hand: which invoice a file is, and the rows each rule leaves out. */
class InvoiceCsvTest {
  private static final String HEADER = String.join(",", InvoiceCsv.COLUMNS) + "\n";
  private static final String NAMES = "RS-11,Riverside Support,2026-11-01,2026-11-30,";

  private static InvoiceCsv.Read read(String text) throws IOException {
    try (TableReader table = LedgerCsvFiles.table(text)) {
      return InvoiceCsv.read(table);
    }
  }

  private static List<String> problems(InvoiceCsv.Read read) {
    return read.problems().kept().stream().map(RowProblem::describe).toList();
  }

  @Test
  void aLongUnknownHeaderNameIsQuotedByItsFirstSixtyCharacters() {
    // 1 + 99,999 = 100,000 characters, named by its first 60 and its length.
    String name = "z" + "y".repeat(99_999);
    String shown = "z" + "y".repeat(59) + "\u2026 (100,000 characters)";
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> read(HEADER.strip() + "," + name + "\n"));
    assertEquals("in.csv:1: unknown column '" + shown + "'; the columns are " + String.join(", ", InvoiceCsv.COLUMNS),
        unknown.getMessage());
  }

  @Test
  void aSlipInTheFirstRowsDaysLosesThatRowOnly() throws IOException {
    // Row 1 says the invoice starts on 2 November; rows 2 and 3 say 1 November: two rows against one, so
    // the invoice is RS-11 for 1 to 30 November, and row 1 (line 2) is left out.
    InvoiceCsv.Read read = read(HEADER
        + "RS-11,Riverside Support,2026-11-02,2026-11-30,P01,2026-11-02,10:00,12:00,support-worker,46.26\n"
        + NAMES + "P01,2026-11-09,10:00,12:00,support-worker,46.26\n"
        + NAMES + "P02,2026-11-10,09:00,10:00,support-worker,23.13\n");

    assertEquals("2026-11-01", read.invoice().from().toString());
    assertEquals(List.of(2L, 3L), read.lineRows());
    assertEquals(List.of(3L, 4L), read.lineLines());
    assertEquals(List.of("row 1 (line 2): it is of invoice RS-11 of Riverside Support for 2026-11-02 to 2026-11-30, but most rows (2)"
        + " are of invoice RS-11 of Riverside Support for 2026-11-01 to 2026-11-30"), problems(read));
  }

  @Test
  void rowsNamingInvoicesEquallyOftenGoWithTheFirstNamed() throws IOException {
    // One row each of RS-11 and RS-12: the first read, RS-11, is the invoice.
    InvoiceCsv.Read read = read(HEADER
        + NAMES + "P01,2026-11-09,10:00,12:00,support-worker,46.26\n"
        + "RS-12,Riverside Support,2026-11-01,2026-11-30,P02,2026-11-10,09:00,10:00,support-worker,23.13\n");

    assertEquals("RS-11", read.invoice().number());
    assertEquals(List.of("row 2 (line 3): it is of invoice RS-12 of Riverside Support for 2026-11-01 to 2026-11-30, but the first"
        + " row read is of invoice RS-11 of Riverside Support for 2026-11-01 to 2026-11-30"), problems(read));
  }

  @Test
  void aNumberTooLongForAnInvoiceIsThatRowsProblemAndAFileOfOnlyItIsRefusedNamingIt() throws IOException {
    String longNumber = "N".repeat(91);
    String row = longNumber + ",Riverside Support,2026-11-01,2026-11-30,P01,2026-11-09,10:00,12:00,support-worker,46.26\n";

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(HEADER + row));
    assertEquals("in.csv: no row names the invoice; row 1 (line 2): column invoice: a name of 91 characters; at most 90 are"
        + " allowed", e.getMessage());
  }

  @Test
  void aLineAboveTenMillionPoundsIsLeftOut() throws IOException {
    // £10,000,000.00 is the most a line may be (the most an entry may be); a penny more is refused.
    InvoiceCsv.Read read = read(HEADER
        + NAMES + "P01,2026-11-09,10:00,12:00,support-worker,\"10,000,000.00\"\n"
        + NAMES + "P01,2026-11-10,10:00,12:00,support-worker,10000000.01\n");

    assertEquals(1, read.invoice().lines().size());
    assertEquals(List.of("row 2 (line 3): column amount: £10,000,000.01 is more than a line may be, £10,000,000.00"), problems(read));
  }

  @Test
  void aRowOfAMillionCommasIsLeftOutAndTheRowsAfterItRead() throws IOException {
    // Row 2 (line 3): the 10 cells of a line and 1,000,000 commas, 1,000,010 cells, past the 16,384 read.
    InvoiceCsv.Read read = read(HEADER
        + NAMES + "P01,2026-11-09,10:00,12:00,support-worker,46.26\n"
        + NAMES + "P01,2026-11-10,10:00,12:00,support-worker,46.26" + ",".repeat(1_000_000) + "\n"
        + NAMES + "P02,2026-11-10,09:00,10:00,support-worker,23.13\n");

    assertEquals(List.of(1L, 3L), read.lineRows());
    assertEquals(List.of("row 2 (line 3): the row has 1,000,010 cells; at most 16,384 are read"), problems(read));
  }
}
