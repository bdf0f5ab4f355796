package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;
import uk.ras.examples.files.FileChecks;

/** {@code ras cost}: the bundled house, its JSON contract, and every kind of bad input. */
class CostCommandTest {
  @TempDir Path dir;

  @Test
  void theBundledHouseIsCostedAsWorkedByHand() throws Exception {
    Cli cli = Cli.run("cost", "--date", "2026-06-01");
    assertEquals(0, cli.exit, cli::toString);
    JsonNode root = new ObjectMapper().readTree(cli.out);
    assertEquals("Rowan House", root.get("plan").asText());
    assertEquals("2026-04-01", root.get("rates").get("from").asText());
    assertEquals("52", root.get("rates").get("weeksPerYear").asText());
    // docs/costing.md: core 2,451.24 / 6 = 408.54; outings 152.64 / 3 = 50.88 + mileage 6.00;
    // RH01 408.54 + 56.88 + 231.30 = 696.72 a week, x 52 = 36,229.44.
    JsonNode rh01 = root.get("people").get(0);
    assertEquals("RH01", rh01.get("id").asText());
    assertEquals("408.54", rh01.get("core").asText());
    assertEquals("56.88", rh01.get("shared").asText());
    assertEquals("696.72", rh01.get("weekly").asText());
    assertEquals("36229.44", rh01.get("annual").asText());
    assertEquals("2451.24", root.get("core").asText());
    JsonNode outings = root.get("lines").get(5);
    assertEquals("Saturday outings", outings.get("name").asText());
    assertEquals("25.44", outings.get("rate").get("hourly").asText());
    assertEquals("weekend", outings.get("rate").get("band").asText());
    assertEquals(3, outings.get("payers").size());
  }

  @Test
  void theRatesOfTheYearBeforeAreUsedForADateInIt() throws Exception {
    // 2025/26: 12.21 x 1.2992 = 15.863232 direct, / 0.72 = 22.032266... -> £22.03.
    Cli cli = Cli.run("cost", "--date", "2025-12-01");
    assertEquals(0, cli.exit, cli::toString);
    JsonNode root = new ObjectMapper().readTree(cli.out);
    assertEquals("2025-04-01", root.get("rates").get("from").asText());
    assertEquals("22.03", root.get("lines").get(1).get("rate").get("hourly").asText());
  }

  @Test
  void aDateNoVersionCoversIsAnError() {
    Cli cli = Cli.run("cost", "--date", "2027-04-01");
    assertEquals(1, cli.exit, cli::toString);
    assertEquals(
        "--date: no rates of \"Example council supported living\" are in force on 2027-04-01; the versions cover "
            + "2025-04-01 to 2026-03-31, 2026-04-01 to 2027-03-31\n",
        cli.err);
    assertEquals("", cli.out);
  }

  @Test
  void aPlanFileWithProblemsListsEachLocated() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), "plan: P\npeople: [A]\nlines:\n  - {name: x, kind: hours, scope: personal, person: B, staff: sw, hoursPerWeek: 1}\n");
    Cli cli = Cli.run("cost", plan.toString(), "--date", "2026-06-01");
    assertEquals(1, cli.exit, cli::toString);
    assertEquals(plan + ":4:53 lines[0].person: unknown person \"B\"; expected one of A\n", cli.err);
  }

  @Test
  void aPlanNeedingWhatTheRatesLackNamesEachLine() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), "plan: P\npeople: [A]\nlines:\n  - {name: x, kind: hours, scope: personal, person: A, staff: nurse, hoursPerWeek: 1}\n");
    Cli cli = Cli.run("cost", plan.toString(), "--date", "2026-06-01");
    assertEquals(1, cli.exit, cli::toString);
    assertEquals(
        plan + " lines[0].staff: unknown staff type \"nurse\"; expected one of support-worker, senior-support-worker"
            + " (rates \"Example council supported living\" 2026-04-01 to 2027-03-31)\n",
        cli.err);
  }

  @Test
  void rateFilesUsedTogetherMustNotShareADayNorDisagree() throws Exception {
    String one = "rates: One\nrounding: HALF_UP\nweeksPerYear: 52\nversions:\n  - {from: 2026-04-01, to: 2027-03-31, staff: [{name: sw, hourly: 20}]}\n";
    Path a = Files.writeString(dir.resolve("a.yaml"), one);
    Path b = Files.writeString(dir.resolve("b.yaml"), one.replace("One", "Two").replace("2026-04-01", "2027-01-01"));
    Path c = Files.writeString(dir.resolve("c.yaml"), one.replace("HALF_UP", "DOWN").replace("2026", "2028").replace("2027", "2029"));
    Cli overlap = Cli.run("cost", "--rates", a.toString(), "--rates", b.toString(), "--date", "2026-06-01");
    assertEquals(2, overlap.exit, overlap::toString);
    assertTrue(overlap.err.startsWith("ras: --rates: " + b + " versions[0] (2027-01-01 to 2027-03-31) overlaps " + a + " versions[0]"), overlap.err);
    Cli disagree = Cli.run("cost", "--rates", a.toString(), "--rates", c.toString());
    assertEquals(2, disagree.exit, disagree::toString);
    assertTrue(disagree.err.contains("rate files used together must agree"), disagree.err);
  }

  @Test
  void twoRateFilesOfDifferentYearsWorkTogether() throws Exception {
    String one = "rates: One\nrounding: HALF_UP\nweeksPerYear: 52\nversions:\n  - {from: 2026-04-01, to: 2027-03-31, staff: [{name: support-worker, hourly: 20}]}\n";
    Path a = Files.writeString(dir.resolve("a.yaml"), one);
    Path b = Files.writeString(dir.resolve("b.yaml"), one.replace("2027-03-31", "2028-03-31").replace("2026-04-01", "2027-04-01").replace("20}", "21}"));
    Path plan = Files.writeString(dir.resolve("p.yaml"), "plan: P\npeople: [A]\nlines:\n  - {name: x, kind: hours, scope: personal, person: A, staff: support-worker, hoursPerWeek: 2}\n");
    Cli cli = Cli.run("cost", plan.toString(), "--rates", a.toString(), "--rates", b.toString(), "--date", "2027-06-01", "--format", "text");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("x (personal, A): 2 hours x 1 staff x £21.00 (support-worker) = £42.00"), cli.out);
  }

  @Test
  void mistakesAreUsageErrors() {
    Cli cli = Cli.run("cost", "--date", "1 June");
    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains("'1 June' is not a date YYYY-MM-DD"), cli.err);
    Cli missing = Cli.run("cost", "nowhere.yaml");
    assertEquals(2, missing.exit);
    assertEquals("ras: file not found: nowhere.yaml\nsee 'ras cost --help'\n", missing.err);
    // A directory is named as one, not as a missing file (as for ras isf, which shares FileChecks).
    Cli directory = Cli.run("cost", ".");
    assertEquals(2, directory.exit);
    assertEquals("ras: file is a directory, not a file: .\nsee 'ras cost --help'\n", directory.err);
    Cli isfDirectory = Cli.run("isf", "split", ".");
    assertEquals(2, isfDirectory.exit);
    assertTrue(isfDirectory.err.contains("ras: file is a directory, not a file: ."), isfDirectory.err);
    assertFalse(Cli.run("cost", "--format", "xml").err.isEmpty());
  }
}
