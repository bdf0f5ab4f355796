package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;
import uk.ras.examples.CostingDocTest;
import uk.ras.examples.commands.CompareCommand;
import uk.ras.examples.report.BrowserCheck;
import uk.ras.money.Money;

/** {@code ras compare}: the bundled house's CSV and report, and inputs that do not match. */
class CompareCommandTest {
  @TempDir Path dir;

  @Test
  void theBundledHouseIsComparedIntoACsvAndAReportThatAgree() throws Exception {
    Cli cli = Cli.run("compare", "--date", "2026-06-01", "--out", dir.toString());
    assertEquals(0, cli.exit, cli::toString);
    List<String> csv = Files.readAllLines(dir.resolve("comparison.csv"));
    assertEquals(
        "person_id,plan,points,ras_weekly,cost_weekly,difference_weekly,difference_percent,within_tolerance,top_needs",
        csv.get(0));
    assertEquals(7, csv.size());
    // The cost figures are ras cost's, uncapped (docs/costing.md: RH01 696.72, the house 5,846.10).
    String[] rh01 = csv.get(1).split(",");
    assertEquals(List.of("RH01", "\"Rowan House\""), List.of(rh01[0], rh01[1]));
    assertEquals("696.72", rh01[4]);
    Money ras = Money.zero();
    Money cost = Money.zero();
    for (String row : csv.subList(1, csv.size())) {
      String[] cells = row.split(",");
      ras = ras.plus(Money.parse(cells[3]));
      cost = cost.plus(Money.parse(cells[4]));
      // difference = cost - ras, in every row.
      assertEquals(Money.parse(cells[4]).minus(Money.parse(cells[3])), Money.parse(cells[5]), row);
    }
    assertEquals(Money.parse("5846.10"), cost);
    String html = Files.readString(dir.resolve("comparison.html"));
    // The totals row of "Who differs most" is the CSV's sums, written as the command line writes money.
    assertTrue(html.contains("<tr class=\"total\"><td class=\"l\">Total</td><td></td><td>" + ras + "</td><td>" + cost
        + "</td><td>" + cost.minus(ras) + "</td>"), html);
    assertTrue(html.contains("never capped at the RAS figure"), "the report says the cost is not capped");
    assertTrue(cli.out.startsWith("6 people: RAS £"), cli.out);
  }

  /**
   * The bundled report shows docs/costing.md's worked example (CostingDocTest holds the doc to the command's
   * output): the totals, the fitted line and every person's figures, and it is clean in Chromium.
   */
  @Test
  void theBundledReportShowsTheDocsFiguresAndIsCleanInChromium() throws Exception {
    String doc = Files.readString(Path.of("../docs/costing.md"));
    Cli cli = Cli.run("compare", "--date", "2026-06-01", "--out", dir.toString());
    assertEquals(0, cli.exit, cli::toString);
    Path page = dir.resolve(CompareCommand.HTML);
    String html = Files.readString(page);
    Matcher group = Pattern.compile("6 people: RAS (£[0-9,.]+) a week, cost (£[0-9,.]+), difference (£[0-9,.]+); "
        + "0 within the tolerance of 10%").matcher(doc);
    assertTrue(group.find(), "docs/costing.md's compare example");
    for (int i = 1; i <= 3; i++) {
      assertTrue(html.contains("<td>" + group.group(i) + "</td>"), group.group(i));
    }
    assertTrue(html.contains("<td class=\"l\">Within the tolerance of 10%, either way</td><td>0 of 6</td>"));
    Matcher fit = Pattern.compile("correlation ([0-9.]+);.* cost = (-?)([0-9.]+) \\+ ([0-9.]+) x points").matcher(doc);
    assertTrue(fit.find(), "docs/costing.md's fitted line");
    assertTrue(html.contains("<td>" + fit.group(1) + "</td>"), fit.group(1));
    assertTrue(html.contains("cost = " + fit.group(2) + "£" + fit.group(3) + " + £" + fit.group(4) + " × points"), fit.group());
    Matcher person = Pattern.compile("(RH0[0-9]) \\(Rowan House, ([0-9]+) points\\): RAS (£[0-9,.]+), cost (£[0-9,.]+), "
        + "difference (£[0-9,.]+) \\((\\+[0-9.]+%)\\), outside tolerance").matcher(doc);
    int people = 0;
    while (person.find()) {
      String row = "<tr><td class=\"l\">" + person.group(1) + "</td><td>" + person.group(2) + "</td><td>" + person.group(3)
          + "</td><td>" + person.group(4) + "</td><td>" + person.group(5) + "</td><td>" + person.group(6)
          + "</td><td>outside</td>";
      assertTrue(html.contains(row), row);
      // The bars carry the same amounts as their labels.
      assertTrue(html.contains(">" + person.group(4) + "</text>"), person.group(1) + "'s cost bar label");
      people++;
    }
    assertEquals(6, people, "docs/costing.md lists the six people");
    assertTrue(html.contains("tolerance above"), "the tolerance is drawn");
    BrowserCheck.assertClean(page, 3);
  }

  @Test
  void peopleInOnlyOneInputAndBadRowsAreReportedAndTheRestGoOn() throws Exception {
    String header = new String(CompareCommandTest.class.getResourceAsStream("/uk/ras/examples/costing/rowan-house-assessments.csv").readAllBytes())
        .lines().findFirst().orElseThrow();
    String bundled = new String(CompareCommandTest.class.getResourceAsStream("/uk/ras/examples/costing/rowan-house-assessments.csv").readAllBytes());
    List<String> rows = bundled.lines().toList();
    // RH02 left out, RH09 added, and RH04's answer mistyped.
    String text = header + "\n" + rows.get(1) + "\n" + rows.get(3) + "\n" + rows.get(4).replace("RH04,2026-05-01,prompting", "RH04,2026-05-01,promting")
        + "\n" + rows.get(5) + "\n" + rows.get(6) + "\n" + rows.get(6).replace("RH06", "RH09") + "\n";
    Path assessments = Files.writeString(dir.resolve("a.csv"), text);
    Cli cli = Cli.run("compare", "--assessments", assessments.toString(), "--date", "2026-06-01", "--out", dir.resolve("out").toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.err.contains("row 3 (line 4), person RH04: ") && cli.err.contains("'pc_wash' has no option 'promting'"), cli.err);
    assertTrue(cli.err.contains("ras: warning: person RH02 is in a plan but has no assessment"), cli.err);
    assertTrue(cli.err.contains("ras: warning: person RH09 is assessed but in no plan"), cli.err);
    assertEquals(5, Files.readAllLines(dir.resolve("out/comparison.csv")).size());
  }

  @Test
  void mistakesAreUsageErrors() {
    Cli cli = Cli.run("compare", "--tolerance", "0.1", "--out", dir.toString());
    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains("ambiguous"), cli.err);
    Cli date = Cli.run("compare", "--date", "2030-01-01", "--out", dir.toString());
    assertEquals(2, date.exit, date::toString);
    assertTrue(date.err.startsWith("ras: --date: no rates of"), date.err);
  }
}
