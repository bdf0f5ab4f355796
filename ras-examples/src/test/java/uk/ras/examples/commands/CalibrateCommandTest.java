package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import uk.ras.examples.Cli;
import uk.ras.examples.Ras;
import uk.ras.examples.commands.CalibrateCommand;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.report.BrowserCheck;
import uk.ras.examples.scenarios.PilotCouncil;
import uk.ras.rules.RuleSetReader;
import uk.ras.ruleset.RuleSet;

class CalibrateCommandTest {
  @Test
  void theBundledScenarioWritesTheRuleFileTheCsvAndTheReport(@TempDir Path dir) throws IOException {
    Cli cli = Cli.run("calibrate", "--scenario", "--out", dir.toString());
    assertEquals(Ras.OK, cli.exit, cli.toString());
    assertTrue(cli.out.contains("People calibrated:        1,000"), cli.out);
    assertTrue(cli.out.contains("Report written to:"), cli.out);
    // The scenario's envelopes: £10.3m, £9.8m, then £9.3m; 5% held back each year: £515,000.00 of
    // £10.3m leaves £9,785,000.00; £465,000.00 of £9.3m leaves £8,835,000.00. Each year's row adds its
    // grants to the budgets.
    assertTrue(cli.out.contains("     1  £10,300,000.00   £515,000.00   £9,785,000.00"), cli.out);
    assertTrue(cli.out.contains("     3   £9,300,000.00   £465,000.00   £8,835,000.00"), cli.out);
    for (String line : cli.out.split("\n")) {
      if (line.matches(" +[0-9] +£.*")) {
        String[] f = line.trim().split(" +");
        assertEquals(uk.ras.money.Money.parse(f[4].replace("£", "").replace(",", ""))
                .plus(uk.ras.money.Money.parse(f[5].replace("£", "").replace(",", ""))),
            uk.ras.money.Money.parse(f[6].replace("£", "").replace(",", "")), line);
        assertFalse(f[7].startsWith("-"), "a year overspends: " + line);
      }
    }
    Path rules = dir.resolve("calibrated-northshire-mh-2026.2.yaml");
    RuleSet written = RuleSetReader.create().read(rules);
    assertEquals("2026.2", written.version());
    assertEquals(java.time.LocalDate.of(2027, 4, 1), written.effectiveFrom());
    List<String> csv = Files.readAllLines(dir.resolve("people.csv"));
    assertEquals(1001, csv.size());
    assertEquals(String.join(",", CalibrateCommand.PEOPLE_COLUMNS), csv.get(0));
  }

  @Test
  void theReportIsWellFormedSelfContainedAndHasEveryChart(@TempDir Path dir) throws Exception {
    assertEquals(Ras.OK, Cli.run("calibrate", "--scenario", "--out", dir.toString()).exit);
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    // Self-contained: nothing fetched, no scripts.
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing fetched");
    assertFalse(html.contains("NaN") || html.contains("Infinity"), "no NaN in a report");
    // The page, less its doctype, is well-formed XML: every chart parses.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(html.substring(html.indexOf('\n') + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertEquals(6, svgs.getLength());
    for (String id : List.of("points-vs-cost", "residuals-by-group", "envelope-chart", "change-distribution",
        "winners-losers", "transition-cost")) {
      assertTrue(html.contains("<figure id=\"" + id + "-figure\">"), id);
    }
    // One stacked bar per year of the phase-in (five), each of budgets, grants and headroom, with the
    // forecast against the money available at its end: year 5's £9.3m less 5% is £8,835,000.00.
    String chart = html.substring(html.indexOf("<figure id=\"envelope-chart-figure\">"));
    chart = chart.substring(0, chart.indexOf("</figure>"));
    for (int year = 0; year < 5; year++) {
      for (int part = 0; part < 3; part++) {
        assertTrue(chart.contains("data-key=\"r" + year + "p" + part + "\""), "year " + year + " part " + part);
      }
    }
    assertFalse(chart.contains("data-key=\"r5p0\""), "five years");
    assertTrue(chart.contains("<title>year 1, transitional grants: £"), chart);
    assertTrue(chart.contains(" of £8,835,000.00</text>"), chart);
    // Amounts as the command line writes them: £ and thousands separators, never plain decimals.
    // (The example: "-20660.89" in the table of winners and losers.)
    assertFalse(Pattern.compile("<td>-?[0-9]{4,}\\.[0-9]{2}</td>").matcher(html).find(), "a plain amount in a table");
    assertTrue(html.contains("<td>£8,835,000.00</td>"), "year 5's money available in the table");
    // The proposed rules are £4.85 a point less 5% with a £45.00 floor, paid by two streams: each has one cliff
    // edge, from no funded need to the first funded point onto the floor (£45.00 a week, 52 × £45 = £2,340.00 a
    // year), and no row repeating the price per point as every step. A point's worth is £4.85 and a penny.
    String cliffs = html.substring(html.indexOf("id=\"cliff-edges\""), html.indexOf("id=\"transition\""));
    String proposed = cliffs.substring(cliffs.indexOf("<caption>Proposed rules</caption>"),
        cliffs.indexOf("<caption>Current rules</caption>"));
    for (String stream : List.of("Adult social care", "Supporting People")) {
      assertTrue(proposed.contains("<tr><td class=\"l\">" + stream + "</td>"), proposed);
    }
    assertEquals(2, proposed.split("<td>£0.00</td><td>£45.00</td><td>£45.00</td><td>£2,340.00</td><td>£4.86</td></tr>",
        -1).length - 1, proposed);
    assertEquals(3, proposed.split("<tr>", -1).length - 1, "a head row and two edges: " + proposed);
    for (String heading : List.of("Summary", "How well points predict current cost", "The envelope", "Winners and losers",
        "Cliff edges", "Transitional protection")) {
      assertTrue(html.contains(">" + heading + "</h2>"), heading);
    }
  }

  @Test
  void thePriceMayComeFromAPercentileTakeUpMayBeGivenPerGroupAndDomainWeightsWritten(@TempDir Path dir)
      throws IOException {
    Cli cli = Cli.run("calibrate", "--scenario", "--out", dir.toString(), "--price-from", "percentile:50",
        "--group-take-up", "older_people=90%", "--domain-weights");
    assertEquals(Ras.OK, cli.exit, cli.toString());
    assertTrue(cli.out.contains("  Price from the data:      £"), cli.out);
    assertTrue(cli.out.contains("the price at percentile 50 of cost per point £"), cli.out);
    assertTrue(cli.out.contains("older people 90% (given)"), cli.out);
    assertTrue(cli.out.contains("  Take-up:                  100% everyone together (estimated); by client group "), cli.out);
    assertTrue(cli.out.contains("learning disability 100% (100% to 100%)"), cli.out);
    List<String> weights = Files.readAllLines(dir.resolve(CalibrateCommand.DOMAIN_WEIGHTS_CSV));
    // One row per domain of the bundled rules (nine), after the header.
    assertEquals(10, weights.size());
    assertEquals("domain,weight_per_point,standard_error", weights.get(0));
    assertTrue(weights.get(1).startsWith("personal_care,"), weights.get(1));
    Cli bad = Cli.run("calibrate", "--scenario", "--out", dir.toString(), "--price-from", "median");
    assertEquals(Ras.USAGE, bad.exit);
    assertTrue(bad.err.startsWith("ras: option --price-from: 'median' is not fit or percentile:P"), bad.err);
  }

  @Test
  void theReportTotalsEqualTheCsvTotals(@TempDir Path dir) throws IOException {
    assertEquals(Ras.OK, Cli.run("calibrate", "--scenario", "--out", dir.toString()).exit);
    ReportTotals.assertEqual(dir);
  }

  @Test
  void missingOptionsAndBadValuesAreUsageErrors(@TempDir Path dir) {
    Cli missing = Cli.run("calibrate", "--current-costs", dir.resolve("costs.csv").toString());
    assertEquals(Ras.USAGE, missing.exit);
    assertTrue(missing.err.startsWith(
        "ras: with your own data, calibrate also needs --assessments=FILE.csv, --envelope=AMOUNT, --out=DIR"),
        missing.err);
    Cli bad = Cli.run("calibrate", "--scenario", "--out", dir.toString(), "--contingency", "five");
    assertEquals(Ras.USAGE, bad.exit);
    assertTrue(bad.err.contains("Invalid value for option '--contingency': 'five' is not a percentage; write it like 10%"),
        bad.err);
  }

  @Test
  void valuesTheLibraryRefusesAreUsageErrorsNamingTheOption(@TempDir Path dir) {
    // Before the library entry point, these three ended in a stack trace (exit 1), or, for a take-up of
    // 0%, in a silent take-up of 100%.
    Cli contingency = Cli.run("calibrate", "--scenario", "--out", dir.toString(), "--contingency", "150%");
    assertEquals(Ras.USAGE, contingency.exit, contingency.toString());
    assertTrue(contingency.err.startsWith("ras: option --contingency: contingency must be from 0% to less than 100%, not 150%"),
        contingency.err);
    Cli takeUp = Cli.run("calibrate", "--scenario", "--out", dir.toString(), "--take-up", "0%");
    assertEquals(Ras.USAGE, takeUp.exit, takeUp.toString());
    assertTrue(takeUp.err.startsWith("ras: option --take-up: take-up must be more than 0"), takeUp.err);
    Cli protect = Cli.run("calibrate", "--scenario", "--out", dir.toString(), "--protect", "0%/year");
    assertEquals(Ras.USAGE, protect.exit, protect.toString());
    assertTrue(protect.err.startsWith("ras: option --protect: the yearly limit must be more than 0%"), protect.err);
  }

  @Test
  void anEnvelopeTooSmallForTheFloorIsReported(@TempDir Path dir) {
    // 1,000 people at the £45.00 floor cost at least £2,340,000 a year.
    Cli cli = Cli.run("calibrate", "--scenario", "--out", dir.toString(), "--envelope", "1000000");
    assertEquals(Ras.USAGE, cli.exit, cli.toString());
    assertTrue(cli.err.contains("no price fits the envelope (TOO_SMALL)"), cli.err);
  }

  @Test
  void badCostRowsAreReportedWithTheirRowNumbers(@TempDir Path dir) throws IOException {
    String assessments = RuleFiles.resource(PilotCouncil.ASSESSMENTS);
    List<String> costs = new ArrayList<>(List.of(RuleFiles.resource(PilotCouncil.COSTS).split("\n")));
    costs.set(2, "P0002,lots,transition");
    costs.set(3, "P0003,12.00,aliens");
    Path a = Files.writeString(dir.resolve("a.csv"), assessments);
    Path c = Files.writeString(dir.resolve("c.csv"), String.join("\n", costs) + "\n");
    Cli cli = Cli.run("calibrate", "--assessments", a.toString(), "--current-costs", c.toString(),
        "--envelope", "9300000", "--out", dir.resolve("out").toString());
    assertEquals(Ras.ROWS_REJECTED, cli.exit, cli.toString());
    assertTrue(cli.err.contains("row 2 (line 3), person P0002, column current_weekly: 'lots' is not an amount"), cli.err);
    assertTrue(cli.err.contains("row 3 (line 4), person P0003, column client_group: 'aliens' is not a client group"), cli.err);
    assertTrue(cli.err.contains("person P0002: no current cost; left out"), cli.err);
    assertTrue(cli.out.contains("People calibrated:        998"), cli.out);
  }

  @Test
  void rowsOfAMillionCommasAreRejectedWithTheirNumbersAndTheRestCalibrated(@TempDir Path dir) throws IOException {
    List<String> assessments = new ArrayList<>(List.of(RuleFiles.resource(PilotCouncil.ASSESSMENTS).split("\n")));
    List<String> costs = new ArrayList<>(List.of(RuleFiles.resource(PilotCouncil.COSTS).split("\n")));
    // P0004's assessment (29 cells) and P0002's cost (3 cells), each followed by 1,000,000 commas.
    assessments.set(4, assessments.get(4) + ",".repeat(1_000_000));
    costs.set(2, costs.get(2) + ",".repeat(1_000_000));
    Path a = Files.writeString(dir.resolve("a.csv"), String.join("\n", assessments) + "\n");
    Path c = Files.writeString(dir.resolve("c.csv"), String.join("\n", costs) + "\n");
    Cli cli = Cli.run("calibrate", "--assessments", a.toString(), "--current-costs", c.toString(),
        "--envelope", "9300000", "--out", dir.resolve("out").toString());
    assertEquals(Ras.ROWS_REJECTED, cli.exit, cli.toString());
    assertTrue(cli.err.contains("c.csv row 2 (line 3): the row has 1,000,003 cells; at most 16,384 are read"), cli.err);
    assertTrue(cli.err.contains("a.csv row 4 (line 5), person P0004: the row has 1,000,029 cells; at most 16,384 are read"),
        cli.err);
    // Without those two rows, P0002 has no cost and P0004 no assessment: 1,000 people less 2.
    assertTrue(cli.out.contains("People calibrated:        998"), cli.out);
  }

  @Test
  void theReportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
    // No overlaps or clipping in any chart, no console error, A4 printing with no heading last on a page.
    assertEquals(Ras.OK, Cli.run("calibrate", "--scenario", "--out", dir.toString()).exit);
    BrowserCheck.assertClean(dir.resolve("report.html"), 6);
  }

  /** Compares the report's data-total cells with the sums of the CSV's columns. */
  static final class ReportTotals {
    private static final Pattern TOTAL = Pattern.compile("data-total=\"([a-z0-9_]+)\" data-pence=\"(-?[0-9]+)\"");

    static void assertEqual(Path dir) throws IOException {
      String html = Files.readString(dir.resolve("report.html"));
      List<String> lines = Files.readAllLines(dir.resolve("people.csv"));
      List<String> header = List.of(lines.get(0).split(","));
      Matcher m = TOTAL.matcher(html);
      int compared = 0;
      while (m.find()) {
        String column = m.group(1).replace("_table", "");
        int c = header.indexOf(column);
        assertTrue(c >= 0, column);
        long sum = 0;
        for (String line : lines.subList(1, lines.size())) {
          sum += new java.math.BigDecimal(line.split(",", -1)[c]).movePointRight(2).longValueExact();
        }
        assertEquals(sum, Long.parseLong(m.group(2)), column);
        compared++;
      }
      assertTrue(compared >= 3, "report totals found: " + compared);
    }
  }
}
