package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    assertEquals(ras.pence(), total(html, "ras_weekly"));
    assertEquals(cost.pence(), total(html, "cost_weekly"));
    assertEquals(cost.minus(ras).pence(), total(html, "difference_weekly"));
    assertTrue(html.contains("never capped at the RAS figure"), "the report says the cost is not capped");
    assertTrue(cli.out.startsWith("6 people: RAS £"), cli.out);
  }

  private static long total(String html, String column) {
    Matcher m = Pattern.compile("data-total=\"" + column + "\" data-pence=\"(-?[0-9]+)\"").matcher(html);
    assertTrue(m.find(), column);
    return Long.parseLong(m.group(1));
  }

  @Test
  void peopleInOnlyOneInputAndBadRowsAreReportedAndTheRestGoOn() throws Exception {
    String header = new String(CompareCommandTest.class.getResourceAsStream("costing/rowan-house-assessments.csv").readAllBytes())
        .lines().findFirst().orElseThrow();
    String bundled = new String(CompareCommandTest.class.getResourceAsStream("costing/rowan-house-assessments.csv").readAllBytes());
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
