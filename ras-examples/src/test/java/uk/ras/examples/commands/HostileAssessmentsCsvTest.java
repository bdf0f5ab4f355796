package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.examples.commands.RasTest.HEADER;
import static uk.ras.examples.commands.RasTest.answers;
import static uk.ras.examples.commands.RasTest.readCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;
import uk.ras.examples.ExcelHabitsTest;
import uk.ras.examples.commands.AllocateCommand;

/**
 * The hostile-input catalogue for assessments CSVs (docs/quality.md): each case is either a row
 * rejected with its row, line and reason, or a documented safe result, and no other row is lost. The
 * BOM, CRLF and formula-injection cases are in {@link RasTest}.
 */
class HostileAssessmentsCsvTest {
  @TempDir Path dir;

  private Cli allocate(byte[] csv) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.write(in, csv);
    return Cli.run("allocate", "--assessments", in.toString(), "--out", dir.resolve("out.csv").toString());
  }

  private Cli allocate(String csv) throws IOException {
    return allocate(csv.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> people() throws IOException {
    return readCsv(dir.resolve("out.csv")).stream().skip(1).map(r -> r.get(0)).collect(Collectors.toList());
  }

  @Test
  void quotedFieldsWithNewlinesAreOneRowAndLaterLinesStayRight() throws IOException {
    String csv =
        HEADER + "\r\n"
            // row 1, lines 2-3: a quoted person id across two lines, otherwise good
            + "\"P1\r\nsecond line\",2026-05-01," + answers() + "\r\n"
            // row 2, lines 4-6: a quoted answer across three lines: no such option
            + "P2,2026-05-01," + answers("0", "\"some\nhelp\n\"") + "\r\n"
            // row 3, line 7: good
            + "P3,2026-05-01," + answers() + "\r\n"
            // row 4, line 8: bad date
            + "P4,2026-13-01," + answers() + "\r\n";

    Cli cli = allocate(csv);

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          4"), cli::toString);
    assertTrue(cli.out.contains("Allocated:          2"), cli::toString);
    assertTrue(cli.out.contains("Rejected:           2"), cli::toString);
    assertTrue(cli.out.contains("  row 2 (line 4), person P2, column pc_wash: question 'pc_wash' has no option"), cli::toString);
    assertTrue(cli.out.contains("  row 4 (line 8), person P4, column assessment_date:"), cli::toString);
    // Control characters in a cell are written escaped.
    assertEquals(List.of("P1\\u000D\\u000Asecond line", "P3"), people());
  }

  /** Rows P1, P2 and P3 of good answers, but P2's first answer (pc_wash) is {@code answer}. */
  private static String threeRowsP2Answering(String answer) {
    return HEADER + "\n"
        + "P1,2026-05-01," + answers() + "\n"
        + "P2,2026-05-01," + answers("0", answer) + "\n"
        + "P3,2026-05-01," + answers() + "\n";
  }

  @Test
  void aTenMegabyteLineIsOneRejectedRowAndTheReportStaysShort() throws IOException {
    String csv = threeRowsP2Answering("x".repeat(10 * 1024 * 1024));

    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> allocate(csv));

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          3"), cli::toString);
    assertTrue(cli.out.contains("Rejected:           1"), cli::toString);
    assertTrue(
        cli.out.contains("  row 2 (line 3), person P2, column pc_wash: a value of 10,485,760 characters; at most 1,000 are allowed"),
        cli::toString);
    assertTrue(cli.out.length() + cli.err.length() < 100_000, "the report does not echo the 10 MB cell");
    assertEquals(List.of("P1", "P3"), people());
  }

  @Test
  void aRowOfAMillionCommasIsOneRejectedRowAndTheRowsAfterItAreRead() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    csv.append("P1,2026-05-01,").append(answers()).append('\n');
    // Row 2, line 3: the header's 22 cells and then 1,000,000 commas, each one cell more: 1,000,022 cells,
    // past FastCSV's limit of 16,384, which used to end the reading of the whole file here.
    csv.append("P2,2026-05-01,").append(answers()).append(",".repeat(1_000_000)).append('\n');
    for (int p = 3; p <= 20; p++) {
      csv.append('P').append(p).append(",2026-05-01,").append(answers()).append('\n');
    }

    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> allocate(csv.toString()));

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          20"), cli::toString);
    assertTrue(cli.out.contains("Allocated:          19"), cli::toString);
    assertTrue(cli.out.contains("Rejected:           1"), cli::toString);
    assertTrue(cli.out.contains("  row 2 (line 3), person P2: the row has 1,000,022 cells; at most 16,384 are read"),
        cli::toString);
    assertFalse(cli.out.contains("Unreadable"), cli::toString);
    List<String> expected = new java.util.ArrayList<>(List.of("P1"));
    for (int p = 3; p <= 20; p++) {
      expected.add("P" + p);
    }
    assertEquals(expected, people());
  }

  @Test
  void aHeaderOverTheCellLimitIsAUsageErrorNamingTheLine() throws IOException {
    // 22 names and 20,000 commas: 20,022 cells, past the limit of 16,384.
    Cli cli = allocate(HEADER + ",".repeat(20_000) + "\nP1,2026-05-01," + answers() + "\n");

    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains("in.csv:1: the header is not CSV: the header has 20,022 cells; at most 16,384 are read"),
        cli::toString);
  }

  @Test
  void aCellOverFastCsvsBufferKeepsTheRowsBeforeItAndSaysSoPlainly() throws IOException {
    // 16 M characters and one more: FastCSV cannot hold the cell, nor go on after it.
    String csv = threeRowsP2Answering("x".repeat(16 * 1024 * 1024 + 1));

    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> allocate(csv));

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          1"), cli::toString);
    assertTrue(cli.out.contains("Unreadable after line 2: a cell of more than 16,777,216 characters, or a quote not closed"
        + " within them; the rest of the file was not read"), cli::toString);
    assertEquals(List.of("P1"), people());
  }

  @Test
  void aTenMegabyteHeaderNameIsQuotedByItsFirstSixtyCharacters() throws IOException {
    // 1 + 10,485,759 = 10,485,760 characters; it was echoed whole three times: twice in row 1's rejection
    // (its column, the question it is not) and once in the warning about unknown columns.
    String name = "q" + "x".repeat(10 * 1024 * 1024 - 1);
    String shown = "q" + "x".repeat(59) + "\u2026 (10,485,760 characters)";
    String csv =
        HEADER + "," + name + "\n"
            + "P1,2026-05-01," + answers() + ",5\n"
            + "P2,2026-05-01," + answers() + ",\n";

    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> allocate(csv));

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("\n  row 1 (line 2), person P1, column " + shown + ": unknown column: northshire-mh 2026.1 "
        + "has no question '" + shown + "' (the row answers '5')\n"), cli::toString);
    assertTrue(cli.err.contains("ras: warning: no rule set has the question(s) [" + shown + "]; a row that answers one "
        + "is rejected\n"), cli::toString);
    assertTrue(cli.out.length() + cli.err.length() < 10_000, "the report does not echo the 10 MB name");
    assertEquals(List.of("P2"), people());
  }

  @Test
  void aRepeatedHeaderNameIsAUsageErrorQuotingTheNameShort() throws IOException {
    Cli twice = allocate(HEADER + ",pc_wash\nP1,2026-05-01," + answers() + ",\n");
    String name = "q" + "x".repeat(99_999);
    Cli long_ = allocate(HEADER + "," + name + "," + name + "\nP1,2026-05-01," + answers() + ",,\n");

    assertEquals(2, twice.exit, twice::toString);
    assertTrue(twice.err.contains("in.csv:1: column 'pc_wash' appears more than once"), twice::toString);
    assertEquals(2, long_.exit, long_::toString);
    assertTrue(long_.err.contains(
        "in.csv:1: column 'q" + "x".repeat(59) + "\u2026 (100,000 characters)' appears more than once"), long_::toString);
    assertTrue(long_.err.length() < 1_000, long_::toString);
  }

  @Test
  void aCellOfTheLongestAllowedLengthIsReadAndOneCharacterMoreIsRejected() throws IOException {
    String longest = "P" + "x".repeat(AllocateCommand.MAX_CELL_LENGTH - 1);
    String csv =
        HEADER + "\n"
            + longest + ",2026-05-01," + answers() + "\n"
            + longest + "y,2026-05-01," + answers() + "\n";

    Cli cli = allocate(csv);

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Allocated:          1"), cli::toString);
    assertTrue(
        cli.out.contains("  row 2 (line 3), column person_id: a value of 1,001 characters; at most 1,000 are allowed"),
        cli::toString);
    assertEquals(List.of(longest), people());
  }

  @Test
  void invalidUtf8InARowRejectsThatRowOnly() throws IOException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes((HEADER + "\n" + "P1,2026-05-01," + answers() + "\n").getBytes(StandardCharsets.UTF_8));
    // Latin-1 'é' (0xE9) where UTF-8 is expected, in the person id of row 2.
    csv.writeBytes(new byte[] {'P', (byte) 0xE9, '2'});
    csv.writeBytes((",2026-05-01," + answers() + "\n" + "P3,2026-05-01," + answers() + "\n").getBytes(StandardCharsets.UTF_8));

    Cli cli = allocate(csv.toByteArray());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          3"), cli::toString);
    assertTrue(cli.out.contains("Allocated:          2"), cli::toString);
    assertTrue(cli.out.contains("Rejected:           1"), cli::toString);
    assertTrue(
        cli.out.contains("  row 2 (line 3): the row is not UTF-8 text (bytes that are not UTF-8 are shown as \uFFFD); save the file as UTF-8"),
        cli::toString);
    assertEquals(List.of("P1", "P3"), people());
  }

  @Test
  void invalidUtf8InTheHeaderIsAUsageErrorNamingTheLine() throws IOException {
    byte[] header = ("person_id,pc_wash" + "\n").getBytes(StandardCharsets.UTF_8);
    header[10] = (byte) 0xFF;

    Cli cli = allocate(header);

    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains("in.csv:1: the header is not UTF-8 text"), cli::toString);
  }

  @Test
  void anUnclosedQuoteInTheHeaderIsAUsageErrorNamingTheLine() throws IOException {
    // The quote runs to the end of the file: the header is one cell, which is not person_id.
    Cli cli = allocate("\n\"person_id,pc_wash\nP1,x\n");

    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains("in.csv:1: the header has no person_id column"), cli::toString);
  }

  @Test
  void textAfterAClosingQuoteKeepsTheRowsBeforeItAndSaysWhatWasFound() throws IOException {
    String csv =
        HEADER + "\n"
            + "P1,2026-05-01," + answers() + "\n"
            + "\"P2\" x,2026-05-01," + answers() + "\n"
            + "P3,2026-05-01," + answers() + "\n";

    Cli cli = allocate(csv);

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          1"), cli::toString);
    assertTrue(
        cli.out.contains(
            "Unreadable after line 2: Unexpected character after closing quote: ' ' (0x20); the rest of the"
                + " file was not read"),
        cli::toString);
    assertEquals(List.of("P1"), people());
  }

  @Test
  void aHeaderNameOfUnicodeSpacesIsANamelessColumn() throws IOException {
    // An em space is white space to Java but not to String.trim.
    // (A nameless column at the end of the header is ignored, as Excel leaves them: see ExcelHabitsTest.)
    Cli cli = allocate(("person_id,\u2003,pc_wash\nP1,x,0\n").getBytes(StandardCharsets.UTF_8));

    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains("in.csv:1: column 2 of the header has no name"), cli::toString);
  }

  @Test
  void anUnclosedQuoteKeepsTheRowsBeforeItAndSaysWhereReadingStopped() throws IOException {
    String csv =
        HEADER + "\n"
            + "P1,2026-05-01," + answers() + "\n"
            + "P2,2026-05-01," + answers() + "\n"
            + "\"P3,2026-05-01," + answers() + "\n"
            + "P4,2026-05-01," + answers() + "\n";

    Cli cli = allocate(csv);

    // The quote runs to the end of the file: the rest is one cell of row 3, which is rejected.
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          3"), cli::toString);
    assertTrue(cli.out.contains("Allocated:          2"), cli::toString);
    assertTrue(cli.out.contains("  row 3 (line 4)"), cli::toString);
    assertFalse(cli.out.contains("Exception"), cli::toString);
    assertEquals(List.of("P1", "P2"), people());
  }

  @Test
  void rowsComeOutInFileOrderUpToWhereReadingStopped() throws IOException {
    // Many rows, a bad row (blank person) among them, then an unclosed quote: every row before it kept.
    int good = 785;
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 1; i <= good; i++) {
      csv.append(i == 300 ? "" : "P" + i).append(",2026-05-01,").append(answers()).append('\n');
      if (i != 300) {
        expected.add("P" + i);
      }
    }
    csv.append("\"Q,2026-05-01,").append(answers()).append('\n');
    csv.append("P9999,2026-05-01,").append(answers()).append('\n');

    Cli cli = allocate(csv.toString());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains(String.format("Rows read:          %,d", good + 1)), cli::toString);
    assertTrue(cli.out.contains(String.format("Allocated:          %,d", good - 1)), cli::toString);
    assertTrue(cli.out.contains("row 300 (line 301)"), cli::toString);
    // The unclosed quote runs to the end of the file: one rejected row.
    assertTrue(cli.out.contains(String.format("row %d (line %d)", good + 1, good + 2)), cli::toString);
    assertEquals(expected, people());
  }
}
