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
import uk.ras.examples.commands.AllocateCommand;
import uk.ras.examples.commands.IsfCommand;
import uk.ras.examples.report.BrowserCheck;

/**
 * {@code --report DIR} of {@code ras isf split}, {@code ras isf leave} and {@code ras allocate}: each page is
 * written beside nothing else, leaves the command's own output as it was, shows the command's figures as
 * the command line writes them, and is clean in Chromium (see BrowserCheck).
 */
class ReportCommandsTest {
  @TempDir Path dir;

  @Test
  void isfSplitReport() throws IOException {
    Cli plain = Cli.run("isf", "split");
    Cli cli = Cli.run("isf", "split", "--report", dir.resolve("out").toString());
    assertEquals(0, cli.exit, cli::toString);
    assertEquals(plain.out, cli.out, "the JSON contract is the same with --report");
    Path page = dir.resolve("out").resolve(IsfCommand.SPLIT_REPORT);
    String html = Files.readString(page);
    // docs/isf.md's worked example: A's ISF £257.51 + £189.94 + £120.00 = £567.45; total £2,881.10.
    for (String figure : new String[] {"£257.51", "£189.94", "£120.00", "£567.45", "£2,881.10", "£1,545.05"}) {
      assertTrue(html.contains(figure), figure);
    }
    BrowserCheck.assertClean(page, 1);
  }

  @Test
  void isfLeaveReportsUnderBothPolicies() throws IOException {
    Cli cli = Cli.run("isf", "leave", "--person", "C", "--format", "text", "--report", dir.toString());
    assertEquals(0, cli.exit, cli::toString);
    String html = Files.readString(dir.resolve(IsfCommand.LEAVE_REPORT));
    // docs/isf.md: A goes from £567.45 to £705.16 (change £137.71); the total falls by £150.00 to £2,731.10.
    for (String figure : new String[] {"£705.16", "£137.71", "£150.00", "£2,731.10", "before (leaves)"}) {
      assertTrue(html.contains(figure), figure);
    }
    BrowserCheck.assertClean(dir.resolve(IsfCommand.LEAVE_REPORT), 1);

    assertEquals(0, Cli.run("isf", "leave", "--person", "C", "--policy", "hold-vacancy", "--report", dir.toString()).exit);
    html = Files.readString(dir.resolve(IsfCommand.LEAVE_REPORT));
    // C's former shares, £169.17 + £88.34 core and £52.50 + £137.43 shared: the vacancy, £447.44.
    assertTrue(html.contains("£447.44") && html.contains("£257.51") && html.contains("£189.93"), html);
    BrowserCheck.assertClean(dir.resolve(IsfCommand.LEAVE_REPORT), 1);
  }

  @Test
  void hostileIdsAreEscapedInTheIsfReport() throws IOException {
    Path setting = Files.writeString(dir.resolve("s.json"), """
        {"setting": "<b>House</b>", "period": "week", "people": [
          {"id": "<img src=x onerror=alert(1)>", "personalFunding": "10.00"},
          {"id": "=HYPERLINK(\\"http://x\\")", "personalFunding": "20.00"}],
         "costs": [{"name": "Night & day", "kind": "core", "amount": "100.00"}]}
        """);
    Cli cli = Cli.run("isf", "split", setting.toString(), "--report", dir.toString());
    assertEquals(0, cli.exit, cli::toString);
    String html = Files.readString(dir.resolve(IsfCommand.SPLIT_REPORT));
    assertFalse(html.contains("<img") || html.contains("<b>"), "ids and names are escaped");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    BrowserCheck.assertClean(dir.resolve(IsfCommand.SPLIT_REPORT), 1);
  }

  @Test
  void aReportIntoAnInputIsRefused() throws IOException {
    Path setting = Files.copy(Path.of("src/main/resources/uk/ras/examples/isf/elm-road.json"), dir.resolve(IsfCommand.SPLIT_REPORT));
    Cli cli = Cli.run("isf", "split", setting.toString(), "--report", dir.toString());
    assertEquals(Ras.USAGE, cli.exit, cli::toString);
    assertTrue(cli.err.contains("isf-split.html"), cli.err);
  }

  @Test
  void allocateReportShowsEachRuleVersion() throws IOException {
    Cli cli = Cli.run("allocate", "--report", dir.toString(), "--out", dir.resolve("b.csv").toString());
    assertEquals(0, cli.exit, cli::toString);
    String html = Files.readString(dir.resolve(AllocateCommand.REPORT_HTML));
    // The counts the command prints ("Under northshire-mh 2026.1: N") are the report's.
    Matcher under = Pattern.compile("Under (northshire-mh [0-9.]+): ([0-9,]+)").matcher(cli.out);
    int versions = 0;
    while (under.find()) {
      assertTrue(html.contains("<td class=\"l\">" + under.group(1) + "</td><td>" + under.group(2) + "</td>"), under.group());
      versions++;
    }
    assertEquals(2, versions, cli.out);
    BrowserCheck.assertClean(dir.resolve(AllocateCommand.REPORT_HTML), 2);
  }
}
