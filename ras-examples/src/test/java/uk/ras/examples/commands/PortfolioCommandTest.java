package uk.ras.examples.commands;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;
import uk.ras.examples.commands.PortfolioCommand;
import uk.ras.examples.files.RuleFiles;

/** {@code ras portfolio}, end to end. */
class PortfolioCommandTest {
  @TempDir Path dir;

  @Test
  void withNoOptionsReportsTheBundledSampleUnderTheBundledStreams() {
    Cli cli = Cli.run("portfolio");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(
        cli.out.contains("Rules: northshire-mh 2025.1, northshire-mh 2026.1 (each budget against its own version's envelopes)"),
        cli::toString);
    assertTrue(cli.out.contains("Rows read: 250; in the portfolio: 250; rejected: 0"), cli::toString);
    assertTrue(cli.out.contains("By funding stream, all versions together (a year;"), cli::toString);
    assertTrue(cli.out.contains("By budget holding and stream (a year)"), cli::toString);
    assertTrue(cli.out.contains("Pooled fund: Northshire community support fund, northshire-mh 2026.1 (a year)"), cli::toString);
    assertTrue(cli.out.contains("  Reserve: 10% (£215,000.00) for people funded by Supporting People alone"), cli::toString);
  }

  /**
   * The bundled sample's assessments are dated from April 2025 to 2026, so its budgets come from both
   * Northshire versions: each version's envelopes are set against its own people, and the whole
   * portfolio's lines add up liability and committed spend without adding two years' envelopes.
   */
  @Test
  void budgetsFromTwoVersionsCountAgainstTheirOwnVersionsEnvelopes() throws IOException {
    Path out = dir.resolve("portfolio.csv");
    Cli cli = Cli.run("portfolio", "--out", out.toString());
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("By rule version (a year): each budget counts against the envelopes of the version it was allocated under\n"
        + "  northshire-mh 2025.1 (in force from 2025-04-01): 147 people, £1,146,048.80 a year\n"), cli::toString);
    assertTrue(cli.out.contains("  northshire-mh 2026.1 (in force from 2026-04-01): 103 people, £826,404.80 a year\n"), cli::toString);
    // Each version's own envelope: £1,150,000.00 in 2025, £1,200,000.00 in 2026 (the rule files).
    assertTrue(cli.out.contains("    Adult social care                94   £1,150,000.00"), cli::toString);
    assertTrue(cli.out.contains("    Adult social care                64   £1,200,000.00"), cli::toString);
    assertTrue(cli.out.contains("Pooled fund: Northshire community support fund, northshire-mh 2025.1 (a year)"), cli::toString);

    List<List<String>> rows = RasTest.readCsv(out);
    // 147 + 103 = 250 people; £1,146,048.80 + £826,404.80 = £1,972,453.60, the whole portfolio's year.
    assertTrue(rows.contains(List.of("version", "northshire-mh 2025.1", "", "people", "147")), rows::toString);
    assertTrue(rows.contains(List.of("version", "northshire-mh 2026.1", "", "people", "103")), rows::toString);
    assertTrue(rows.contains(List.of("total", "all", "", "annual", "1972453.60")), rows::toString);
    assertTrue(rows.contains(List.of("version", "northshire-mh 2025.1", "social_care", "envelope", "1150000.00")), rows::toString);
    assertTrue(rows.contains(List.of("stream", "social_care", "social_care", "envelope", "")), rows::toString);
    assertTrue(rows.contains(List.of("pool", "northshire-mh 2026.1/community_support", "", "total", "2150000.00")), rows::toString);
    // Each version's committed spend, headroom = envelope - committed, in pence.
    for (String label : List.of("northshire-mh 2025.1", "northshire-mh 2026.1")) {
      for (String stream : List.of("social_care", "supporting_people")) {
        uk.ras.money.Money envelope = figure(rows, label, stream, "envelope");
        assertEquals(envelope.minus(figure(rows, label, stream, "committed")), figure(rows, label, stream, "headroom"));
      }
    }
  }

  private static uk.ras.money.Money figure(List<List<String>> rows, String label, String stream, String measure) {
    return rows.stream()
        .filter(r -> r.equals(List.of("version", label, stream, measure, r.get(4))))
        .map(r -> uk.ras.money.Money.parse(r.get(4)))
        .findFirst()
        .orElseThrow();
  }

  /** Read as ras allocate reads it: bytes that are not UTF-8 reject their row, not the whole file. */
  @Test
  void aRowThatIsNotUtf8IsRejectedAndTheOthersAreInThePortfolio() throws IOException {
    Path in = dir.resolve("in.csv");
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    csv.writeBytes((RasTest.HEADER + "\nP1,2026-05-01," + RasTest.answers() + "\n").getBytes(UTF_8));
    csv.writeBytes(new byte[] {'P', (byte) 0xE9, '2'});
    csv.writeBytes((",2026-05-01," + RasTest.answers() + "\nP3,2026-05-01," + RasTest.answers() + "\n").getBytes(UTF_8));
    Files.write(in, csv.toByteArray());

    Cli cli = Cli.run("portfolio", "--assessments", in.toString());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read: 3; in the portfolio: 2; rejected: 1"), cli::toString);
    assertTrue(cli.out.contains("row 2 (line 3): the row is not UTF-8 text"), cli::toString);
  }

  @Test
  void theCsvHasOneMeasurePerRowAndTheSameTotalsAsTheSummary() throws IOException {
    Path out = dir.resolve("portfolio.csv");
    Cli cli = Cli.run("portfolio", "--scenario", "block-contract", "--out", out.toString());
    assertEquals(0, cli.exit, cli::toString);
    List<List<String>> rows = RasTest.readCsv(out);
    assertEquals(PortfolioCommand.CSV_COLUMNS, rows.get(0));
    assertTrue(rows.contains(List.of("total", "all", "", "annual", "467376.00")), rows::toString);
    assertTrue(rows.contains(List.of("stream", "supporting_people", "supporting_people", "envelope", "177715.20")), rows::toString);
    assertTrue(rows.contains(List.of("pool", "community_support", "supporting_people", "cross_subsidy", "15267.20")), rows::toString);
    assertTrue(rows.contains(List.of("holding", "inactive_virtual", "", "people", "12")), rows::toString);
    assertTrue(cli.out.contains("Portfolio written to: " + out), cli::toString);
  }

  @Test
  void outDashWritesTheCsvToStandardOutputAndTheSummaryToStandardError() {
    Cli cli = Cli.run("portfolio", "--scenario", "block-contract", "--out", "-");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.startsWith("section,item,stream,measure,value\n"), cli::toString);
    assertTrue(cli.err.contains("Portfolio: 89 people"), cli::toString);
  }

  @Test
  void rejectedRowsAreListedAndExitOne() throws IOException {
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, RasTest.HEADER + ",facs_band\nP1,2026-05-01," + RasTest.answers() + ",high\nP2,2026-05-01," + RasTest.answers() + ",low\n");
    Cli cli = Cli.run("portfolio", "--assessments", csv.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read: 2; in the portfolio: 1; rejected: 1"), cli::toString);
    assertTrue(cli.out.contains("  row 1 (line 2), person P1, column facs_band: 'high' is not a FACS band"), cli::toString);
  }

  @Test
  void rulesWithoutStreamsAndBadOptionsAreUsageErrors() throws IOException {
    Path rules = dir.resolve("plain.yaml");
    String text = RuleFiles.resource("northshire-mh-2026.yaml");
    text = text.substring(0, text.indexOf("# Who pays")).replaceAll("(?m)^    funding:\n(      .*\n)+", "");
    Files.writeString(rules, text);
    Cli plain = Cli.run("portfolio", "--rules", rules.toString());
    assertEquals(2, plain.exit, plain::toString);
    assertTrue(plain.err.startsWith("ras: rule set northshire-mh 2026.1 declares no funding streams"), plain::toString);
    assertEquals(2, Cli.run("portfolio", "--scenario", "other").exit);
    assertEquals(2, Cli.run("portfolio", "--scenario", "block-contract", "--rules", rules.toString()).exit);
    assertEquals(2, Cli.run("portfolio", "--frobnicate").exit);
  }
}
