package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.examples.commands.RasTest.HEADER;
import static uk.ras.examples.commands.RasTest.answers;
import static uk.ras.examples.commands.RasTest.readCsv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.files.CurrentCosts;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.scenarios.PilotCouncil;
import uk.ras.money.Money;

/** The habits of files saved by Excel, each read as the analyst meant (docs/cli.md, "Files from Excel"). */
public class ExcelHabitsTest {
  @TempDir Path dir;

  private static final String FACTS = ",contribution";

  private Cli allocate(byte[] bytes, String name) throws IOException {
    Path in = dir.resolve(name);
    Files.write(in, bytes);
    return allocate(in);
  }

  /** Allocates the file's assessments into out.csv. */
  private Cli allocate(Path file) {
    return Cli.run("allocate", "--assessments", file.toString(), "--out", dir.resolve("out.csv").toString());
  }

  private Cli allocate(String text) throws IOException {
    return allocate(text.getBytes(StandardCharsets.UTF_8), "in.csv");
  }

  private List<List<String>> out() throws IOException {
    return readCsv(dir.resolve("out.csv"));
  }

  @Test
  void aByteOrderMarkQuotedHeadersAndCrlfAreRead() throws IOException {
    String quoted = "\"" + HEADER.replace(",", "\",\"") + "\"";
    Cli cli = allocate("\uFEFF" + quoted + "\r\nP1,2026-05-01," + answers() + "\r\n");

    assertEquals(0, cli.exit, cli::toString);
    assertEquals("P1", out().get(1).get(0));
  }

  @Test
  void anExcelSepLineSetsTheSeparatorAndLinesStillCountIt() throws IOException {
    Cli cli = allocate("sep=;\r\n" + (HEADER + "\nP1,2026-05-01," + answers() + "\nP2,2026-13-01," + answers()).replace(',', ';') + "\n");

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Allocated:          1"), cli::toString);
    // sep=; is line 1, the header line 2, P1 line 3, P2 line 4.
    assertTrue(cli.out.contains("row 2 (line 4), person P2, column assessment_date"), cli::toString);
  }

  @Test
  void aSemicolonSeparatedFileIsDetectedAndRead() throws IOException {
    Cli cli = allocate((HEADER + "\nP1;2026-05-01;" + answers().replace(',', ';') + "\n").replace("id,", "id;").replace(',', ';'));

    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Separator:          ';' (read as such)"), cli::toString);
    assertEquals("P1", out().get(1).get(0));
  }

  @Test
  void allEmptyRowsAreSkippedAndCounted() throws IOException {
    String empty = ",".repeat(21);
    Cli cli = allocate(HEADER + "\nP1,2026-05-01," + answers() + "\n" + empty + "\n\n" + empty + "\n");

    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          1"), cli::toString);
    assertTrue(cli.out.contains("Empty rows skipped: 3"), cli::toString);
  }

  @Test
  void calibrateAndPortfolioAlsoSayWhatTheySkippedAndHowTheyRead() throws IOException {
    Path in = dir.resolve("in.csv");
    String empty = ",".repeat(21);
    Files.writeString(in, (HEADER + "\nP1,2026-05-01," + answers() + "\n" + empty + "\n\n").replace(',', ';'));
    Cli portfolio = Cli.run("portfolio", "--assessments", in.toString());

    assertEquals(0, portfolio.exit, portfolio::toString);
    assertTrue(portfolio.out.contains("Rows read: 1; in the portfolio: 1; rejected: 0\n"
        + "  Read " + in + ": 2 empty rows skipped; separator ';' (read as such)\n"), portfolio::toString);

    Path assessments = dir.resolve("assessments.csv");
    Files.writeString(assessments, RuleFiles.resource(PilotCouncil.ASSESSMENTS));
    Path costs = dir.resolve("costs.csv");
    Files.writeString(costs, RuleFiles.resource(PilotCouncil.COSTS) + ",,,\n");
    Cli calibrate = Cli.run("calibrate", "--assessments", assessments.toString(), "--current-costs", costs.toString(),
        "--envelope", "10300000", "--out", dir.resolve("cal").toString());

    assertEquals(0, calibrate.exit, calibrate::toString);
    assertTrue(calibrate.out.contains("Read " + costs + ": 1 empty row skipped\n"), calibrate::toString);
    assertFalse(calibrate.out.contains("Read " + assessments), calibrate::toString);
  }

  @Test
  void unnamedEmptyTrailingColumnsAreIgnored() throws IOException {
    Cli cli = allocate(HEADER + ",,\nP1,2026-05-01," + answers() + ",,\nP2,2026-05-01," + answers() + "\n");

    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Allocated:          2"), cli::toString);
  }

  @Test
  void moneyWithAPoundSignThousandsSeparatorsAndSpacesIsRead() throws IOException {
    Cli cli = allocate(HEADER + FACTS + "\nP1,2026-05-01," + answers() + ",\" £1,385.67 \"\nP2,2026-05-01," + answers() + ",£12\n");

    // Both read as amounts (the contribution applied is capped by the cost: see docs/funding.md).
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Allocated:          2"), cli::toString);
  }

  @Test
  void moneyWithNoBreakSpacesAroundAndBetweenThousandsIsRead() throws IOException {
    // As Excel writes money in a French locale: U+202F between thousands, U+00A0 padding.
    Cli cli = allocate(HEADER + FACTS + "\nP1,2026-05-01," + answers() + ",\u00A0£1\u202F385.67\u00A0\n");

    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Allocated:          1"), cli::toString);
  }

  @Test
  void moneyWithThousandsSeparatorsInTheWrongPlaceIsRefused() throws IOException {
    Cli cli = allocate(HEADER + FACTS + "\nP1,2026-05-01," + answers() + ",\"1,38.5\"\n");

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("column contribution: '1,38.5' is not an amount in pounds"), cli::toString);
  }

  @Test
  void ukDatesAreRead() throws IOException {
    Cli cli = allocate(HEADER + "\nP1,01/05/2026," + answers() + "\nP2,1/5/2025," + answers() + "\nP3,31/02/2026," + answers() + "\n");

    assertEquals(1, cli.exit, cli::toString);
    assertEquals(List.of("P1", "2026-05-01"), out().get(1).subList(0, 2));
    assertEquals(List.of("P2", "2025-05-01"), out().get(2).subList(0, 2));
    assertTrue(cli.out.contains("'31/02/2026' is not a date in the form YYYY-MM-DD or DD/MM/YYYY"), cli::toString);
  }

  /** A workbook with the header and rows given, dates as date cells, on sheets named as given. */
  private Path workbook(String sheetName, boolean otherSheetFirst) throws IOException {
    Path file = dir.resolve("assessments.xlsx");
    try (OutputStream os = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      if (otherSheetFirst) {
        wb.newWorksheet("Notes").value(0, 0, "not the data");
      }
      Worksheet ws = wb.newWorksheet(sheetName);
      String[] header = HEADER.split(",");
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      String[][] rows = {("P1,," + answers()).split(",", -1), ("P2,," + answers()).split(",", -1)};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            ws.value(r + 1, c, rows[r][c]);
          }
        }
      }
      ws.value(1, 1, LocalDate.of(2026, 5, 1));
      ws.style(1, 1).format("yyyy-mm-dd").set();
      ws.value(2, 1, "2026-13-01");
      wb.finish();
    }
    return file;
  }

  private Path minimalWorkbook(String... rows) throws IOException {
    return MinimalWorkbook.write(dir.resolve("minimal.xlsx"), sheet -> sheet, null, rows);
  }

  private Path minimalWorkbook(java.util.function.UnaryOperator<String> sheetPart, String... rows) throws IOException {
    return MinimalWorkbook.write(dir.resolve("minimal.xlsx"), sheetPart, null, rows);
  }

  @Test
  void aWorkbookWithoutStylesOrSharedStringsIsRead() throws IOException {
    Path file = minimalWorkbook(HEADER, "P1,2026-05-01," + answers(), "P2,2026-13-01," + answers());
    Cli cli = allocate(file);

    assertEquals(1, cli.exit, cli::toString);
    assertEquals(List.of("P1", "2026-05-01"), out().get(1).subList(0, 2));
    assertTrue(cli.out.contains("row 2 (line 3), person P2, column assessment_date"), cli::toString);
  }

  @Test
  void aWorkbookWithoutItsSheetsPartIsRefusedNamingThePart() throws IOException {
    Path file = minimalWorkbook(sheet -> null, HEADER, "P1,2026-05-01," + answers());
    Cli cli = allocate(file);

    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains("minimal.xlsx: not an .xlsx workbook Excel can open (it has no part /xl/worksheets/sheet1.xml)"),
        cli::toString);
  }

  @Test
  void aSheetCutShortKeepsTheRowsBeforeItAndSaysWhereReadingStopped() throws IOException {
    // The sheet's part ends inside its third row: rows 1 (the header) and 2 are whole.
    Path file = minimalWorkbook(sheet -> sheet.substring(0, sheet.indexOf("<row r=\"3\">") + 20),
        HEADER, "P1,2026-05-01," + answers(), "P2,2026-05-01," + answers());
    Cli cli = allocate(file);

    assertEquals(1, cli.exit, cli::toString);
    assertEquals(List.of("P1", "2026-05-01"), out().get(1).subList(0, 2));
    assertTrue(cli.out.contains("Unreadable after line 2: "), cli::toString);
  }

  @Test
  void anXlsxWorkbooksFirstSheetIsReadWithRowNumberedErrors() throws IOException {
    Path file = workbook("Assessments", false);
    Cli cli = allocate(file);

    assertEquals(1, cli.exit, cli::toString);
    assertEquals(List.of("P1", "2026-05-01"), out().get(1).subList(0, 2));
    // The sheet's row 3 is the second data row.
    assertTrue(cli.out.contains("row 2 (line 3), person P2, column assessment_date"), cli::toString);
  }

  @Test
  void aNamedSheetIsReadAndAMissingOneIsNamed() throws IOException {
    Path file = workbook("Assessments", true);
    Cli cli = Cli.run("allocate", "--assessments", file.toString(), "--sheet", "Assessments", "--out", dir.resolve("out.csv").toString());
    assertEquals(1, cli.exit, cli::toString);
    assertEquals("P1", out().get(1).get(0));

    Cli missing = Cli.run("allocate", "--assessments", file.toString(), "--sheet", "Nope");
    assertEquals(2, missing.exit, missing::toString);
    assertTrue(missing.err.contains("no sheet named 'Nope'; its sheets are 'Notes', 'Assessments'"), missing::toString);
  }

  @Test
  void currentCostsAcceptTheSameHabits() throws Exception {
    String text = "\uFEFFsep=;\r\n\"person_id\";\"current_weekly\";;\r\nP1;\" £1,385.67 \";;\r\n;;;\r\n";
    CurrentCosts costs =
        CurrentCosts.read(TableReader.csv("c.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

    assertEquals(List.of(), costs.problems);
    assertEquals(Money.ofPounds(new BigDecimal("1385.67")), costs.byPerson.get("P1").weekly());
  }

  @Test
  void currentCostsReadNoBreakSpacesInMoney() throws Exception {
    String text = "person_id,current_weekly\nP1,\u00A01\u00A0385.67\u00A0\nP2,\u202F12.50\u202F\nP3,\u00A01\u00A038.5\n";
    CurrentCosts costs =
        CurrentCosts.read(TableReader.csv("c.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

    assertEquals(Money.ofPounds(new BigDecimal("1385.67")), costs.byPerson.get("P1").weekly());
    assertEquals(Money.ofPounds(new BigDecimal("12.50")), costs.byPerson.get("P2").weekly());
    // The refused cell is shown without the no-break spaces around it, which would look like spaces.
    assertEquals(
        List.of("c.csv row 3 (line 4), person P3, column current_weekly: '1\u00A038.5' is not an amount in pounds"
            + " such as 182.50 or £1,385.67"),
        costs.problems);
  }
}
