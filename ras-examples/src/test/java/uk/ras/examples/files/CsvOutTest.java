package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
  void cellsWithCommasQuotesOrSpacesAreQuoted() throws IOException {
    assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two words\",plain\n", written(List.of("a,b", "say \"hi\"", "two words", "plain")));
  }
}
