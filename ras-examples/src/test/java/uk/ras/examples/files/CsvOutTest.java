package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/** Every cell written, headers included, is safe in a spreadsheet and a terminal. */
class CsvOutTest {
  private static String written(List<String> cells) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvOut out = CsvOut.to(bytes)) {
      out.row(cells);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void formulaCellsInAHeaderAreNeutralised() throws IOException {
    // Rule-file ids reach the budgets header: a domain id =HYPERLINK(...) or a stream id @SUM(...).
    assertEquals(
        "person_id,'=HYPERLINK(\"http://x\"),'@SUM(A1)_weekly,'+1,'-x\n",
        written(List.of("person_id", "=HYPERLINK(\"http://x\")", "@SUM(A1)_weekly", "+1", "-x"))
            .replace("\"'=HYPERLINK(\"\"http://x\"\")\"", "'=HYPERLINK(\"http://x\")"));
  }

  @Test
  void numbersAreWrittenAsTheyAre() throws IOException {
    assertEquals("-12.50,0,1385.67,-3\n", written(List.of("-12.50", "0", "1385.67", "-3")));
  }

  @Test
  void controlCharactersAreEscapedSoATabOrCrNeverStartsACell() throws IOException {
    assertEquals("a\\u001Bb,\\u0009x,\\u0000\n", written(List.of("a\u001Bb", "\tx", "\u0000")));
  }

  @Test
  void aRowWrittenCellByCellWritesNumbersAsTheyAreAndMakesTextSafe() throws IOException {
    // By hand: -3 and -5 pence (-0.05) are numbers and stay; "=x" is neutralised, "a b" quoted, a null
    // written empty, an ESC escaped: exactly what row(List) writes for the same cells as text.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvOut out = CsvOut.to(bytes)) {
      out.startRow().text("=x").number(-3).money(Money.ofPence(-5)).text("a b").text(null).text("\u001B").end();
      out.row(List.of("=x", "-3", "-0.05", "a b", "", "\u001B"));
    }
    String line = "'=x,-3,-0.05,\"a b\",,\\u001B\n";
    assertEquals(line + line, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void cellsWithCommasQuotesOrSpacesAreQuoted() throws IOException {
    assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two words\",plain\n", written(List.of("a,b", "say \"hi\"", "two words", "plain")));
  }
}
