package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;
import uk.ras.examples.Ras;
import uk.ras.examples.commands.PortfolioCommand;
import uk.ras.examples.report.BrowserCheck;
import uk.ras.examples.scenarios.BlockContractScenario;
import uk.ras.examples.scenarios.BlockContractScenarioTest;

/**
 * {@code ras portfolio --report DIR}: the page shows every stream and pool line of the text summary with the
 * same amounts, leaves the summary as it was, escapes names from the rule file, refuses to overwrite an input,
 * and is clean in Chromium (see BrowserCheck).
 */
class PortfolioReportCommandTest {
  /** A stream line of the text summary: name, people, envelope, liability, committed, headroom. */
  private static final Pattern STREAM = Pattern.compile(
      "(?m)^ +(\\S.*?) +([0-9,]+) +(-?£[0-9,.]+) +(-?£[0-9,.]+) +(-?£[0-9,.]+) +(-?£[0-9,.]+)$");
  /**
   * A pool line of the text summary: stream, contribution, liability, cross-subsidy (a name ending in a digit
   * is a holding's people or a stream line's, not a pool's).
   */
  private static final Pattern POOL = Pattern.compile(
      "(?m)^  (\\S.*?[^0-9 ]) +(-?£[0-9,.]+) +(-?£[0-9,.]+) +(-?£[0-9,.]+)$");

  @TempDir Path dir;

  @Test
  void theBundledDefaultsShowEachVersionsStreamsAndPools() throws IOException {
    Cli plain = Cli.run("portfolio");
    Cli cli = Cli.run("portfolio", "--report", dir.resolve("out").toString());
    assertEquals(0, cli.exit, cli::toString);
    assertEquals(plain.out, cli.out, "the summary is the same with --report");
    Path page = dir.resolve("out").resolve(PortfolioCommand.REPORT_HTML);
    String html = Files.readString(page);
    assertEquals(4, rowsOfTheSummaryOnThePage(cli.out, html), "two streams under each of two versions");
    // 2025.1, social care: headroom = envelope £1,150,000.00 - committed £615,022.20 = £534,977.80;
    // 2026.1: £1,200,000.00 - £409,342.44 = £790,657.56. The 2025 pool: £1,150,000.00 + £900,000.00 = £2,050,000.00.
    for (String figure : new String[] {"£534,977.80", "£790,657.56", "£2,050,000.00", "£2,150,000.00",
        "northshire-mh 2025.1", "northshire-mh 2026.1", "Personal care"}) {
      assertTrue(html.contains(figure), figure);
    }
    // Two versions: a stream chart and a pool chart each.
    BrowserCheck.assertClean(page, 4);
  }

  @Test
  void theBlockContractScenarioShowsTheOvercommitmentAndTheCrossSubsidy() throws IOException {
    Cli cli = Cli.run("portfolio", "--scenario", BlockContractScenario.NAME, "--report", dir.toString());
    assertEquals(0, cli.exit, cli::toString);
    Path page = dir.resolve(PortfolioCommand.REPORT_HTML);
    String html = Files.readString(page);
    assertEquals(2, rowsOfTheSummaryOnThePage(cli.out, html));
    // docs/funding.md, worked by hand: social care's envelope 220 h x £24.00 x 52 x 0.89 = £244,358.40, its
    // headroom £244,358.40 - £254,280.00 committed = -£9,921.60; Supporting People's 160 h x £24.00 x 52 x 0.89
    // = £177,715.20, headroom £177,715.20 - £140,296.00 = £37,419.20.
    assertTrue(html.contains("<td class=\"l\">Adult social care</td><td>50</td><td>£244,358.40</td><td>£304,928.00</td>"
        + "<td>£254,280.00</td><td>-£9,921.60</td>"), html);
    assertTrue(html.contains("<td class=\"l\">Supporting People</td><td>89</td><td>£177,715.20</td><td>£162,448.00</td>"
        + "<td>£140,296.00</td><td>£37,419.20</td>"), html);
    // The pool: £244,358.40 + £177,715.20 = £422,073.60 against £304,928.00 + £162,448.00 = £467,376.00, so
    // £45,302.40 short; Supporting People's cross-subsidy £177,715.20 - £162,448.00 = £15,267.20; committed
    // £254,280.00 + £140,296.00 = £394,576.00.
    assertTrue(html.contains("<tr class=\"total\"><td class=\"l\">Pool</td><td>£422,073.60</td><td>£467,376.00</td>"
        + "<td>-£45,302.40</td></tr>"), html);
    assertTrue(html.contains("it carries £15,267.20 of Adult social care&#39;s need"), html);
    assertTrue(html.contains("£394,576.00"));
    // 39 people, 371 points of unfunded need (BlockContractScenarioTest).
    assertTrue(html.contains("39 people, 371 points"), html);
    BrowserCheck.assertClean(page, 2);
  }

  @Test
  void namesFromTheRuleFileAreEscaped() throws IOException {
    String yaml = Files.readString(Path.of("src/main/resources/uk/ras/examples/block-contract.yaml"))
        .replace("name: Adult social care", "name: \"<script>alert(1)</script> & care\"")
        .replace("name: Community support fund", "name: \"<img src=x onerror=alert(1)>\"");
    Path rules = Files.writeString(dir.resolve("rules.yaml"), yaml);
    Path assessments = Files.copy(
        Path.of("src/main/resources/uk/ras/examples/block-contract-assessments.csv"), dir.resolve("a.csv"));
    Cli cli = Cli.run("portfolio", "--rules", rules.toString(), "--assessments", assessments.toString(),
        "--report", dir.toString());
    assertEquals(0, cli.exit, cli::toString);
    Path page = dir.resolve(PortfolioCommand.REPORT_HTML);
    String html = Files.readString(page);
    assertFalse(html.contains("<script") || html.contains("<img"), "names are escaped");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; care"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    BrowserCheck.assertClean(page, 2);
  }

  @Test
  void aReportIntoAnInputIsRefused() throws IOException {
    Path assessments = Files.copy(Path.of("src/main/resources/uk/ras/examples/assessments-sample.csv"),
        dir.resolve(PortfolioCommand.REPORT_HTML));
    byte[] before = Files.readAllBytes(assessments);
    Cli cli = Cli.run("portfolio", "--assessments", assessments.toString(), "--report", dir.toString());
    assertEquals(Ras.USAGE, cli.exit, cli::toString);
    assertTrue(cli.err.contains(PortfolioCommand.REPORT_HTML), cli.err);
    assertEquals(new String(before), Files.readString(assessments), "the input is untouched");
  }

  /**
   * Checks that each stream line (of each version) and each pool share line of the text summary is a row of a
   * table on the page with the same figures; returns how many stream lines with an envelope there were.
   */
  private static int rowsOfTheSummaryOnThePage(String summary, String html) {
    int streams = 0;
    Matcher m = STREAM.matcher(summary);
    while (m.find()) {
      if (m.group(3).equals("-")) {
        continue;
      }
      String row = "<td class=\"l\">" + m.group(1) + "</td><td>" + m.group(2) + "</td><td>" + m.group(3) + "</td><td>"
          + m.group(4) + "</td><td>" + m.group(5) + "</td><td>" + m.group(6) + "</td>";
      assertTrue(html.contains(row), row);
      streams++;
    }
    Matcher p = POOL.matcher(summary);
    int shares = 0;
    while (p.find()) {
      String name = p.group(1).equals("pool") ? "Pool" : p.group(1);
      String row = "<td class=\"l\">" + name + "</td><td>" + p.group(2) + "</td><td>" + p.group(3) + "</td><td>"
          + p.group(4) + "</td>";
      assertTrue(html.contains(row), row);
      shares++;
    }
    assertTrue(shares > 0, "pool lines in the summary");
    return streams;
  }
}
