package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.assessment.Assessment;
import uk.ras.examples.Cli;
import uk.ras.examples.commands.AllocateCommand;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.FactColumns;
import uk.ras.examples.files.RuleFiles;

public class RasTest {
  @TempDir Path dir;

  public static final String HEADER =
      "person_id,assessment_date,pc_wash,pc_dress,pc_toilet,ed_meals,ed_eat,dl_home,dl_shop,"
          + "dl_medication,hs_tenancy,hs_bills,sf_home,sf_risk,fn_budget,fn_benefits,wb_mental,"
          + "wb_routine,cm_relationships,cm_transport,wl_work,informal_support";

  /** 18 required answers, "no_help" unless overridden, then wl_work (18) and informal_support (19). */
  public static String answers(String... overrides) {
    String[] cells = new String[20];
    java.util.Arrays.fill(cells, 0, 18, "no_help");
    cells[18] = "";
    cells[19] = "";
    for (int i = 0; i < overrides.length; i += 2) {
      cells[Integer.parseInt(overrides[i])] = overrides[i + 1];
    }
    return String.join(",", cells);
  }

  public static List<List<String>> readCsv(Path file) throws IOException {
    try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv =
        de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(file)) {
      return csv.stream().map(r -> List.copyOf(r.getFields())).collect(java.util.stream.Collectors.toList());
    }
  }

  @Test
  void withNoOptionsAllocatesTheBundledSampleUnderBothBundledRuleSets() {
    Cli cli = Cli.run("allocate");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          250"), cli::toString);
    assertTrue(cli.out.contains("Allocated:          250"), cli::toString);
    assertTrue(cli.out.contains("Rejected:           0"), cli::toString);
    assertTrue(cli.out.contains("Under northshire-mh 2025.1:"), cli::toString);
    assertTrue(cli.out.contains("Under northshire-mh 2026.1:"), cli::toString);
    assertTrue(cli.out.contains("Referred to panel:"), cli::toString);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    Cli cli = Cli.run("--help");
    assertEquals(0, cli.exit);
    assertTrue(cli.out.startsWith("Usage:"));
  }

  @Test
  void noArgumentsPrintsUsageAndExitsTwo() {
    Cli cli = Cli.run();
    assertEquals(2, cli.exit);
    assertTrue(cli.out.startsWith("Usage:"));
  }

  @Test
  void anUnknownOptionIsOneLineThenAPointerToTheCommandsHelpAndExitTwo() {
    Cli cli = Cli.run("allocate", "--frobnicate");
    assertEquals(2, cli.exit);
    assertEquals(List.of("ras: unknown option '--frobnicate'", "see 'ras allocate --help'"),
        cli.err.lines().collect(Collectors.toList()));
    assertEquals("", cli.out);
  }

  @Test
  void anUnknownCommandExitsTwoWithASuggestion() {
    Cli cli = Cli.run("allocat");
    assertEquals(2, cli.exit);
    assertEquals("ras: unknown command 'allocat'; did you mean allocate or calibrate?\nsee 'ras --help'\n",
        cli.err, cli::toString);
  }

  @Test
  void anOptionWithoutItsValueExitsTwo() {
    Cli cli = Cli.run("allocate", "--out");
    assertEquals(2, cli.exit);
    assertEquals("ras: a value is needed for option '--out' (FILE)\nsee 'ras allocate --help'\n",
        cli.err, cli::toString);
    Cli blank = Cli.run("allocate", "--out=  ");
    assertEquals(2, blank.exit);
    assertTrue(blank.err.startsWith("ras: Invalid value for option '--out': a value is needed, not blank\n"),
        blank::toString);
  }

  @Test
  void anOptionGivenTwiceExitsTwo() {
    Cli cli = Cli.run("allocate", "--out", "a.csv", "--out", "b.csv");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("ras: option '--out' (FILE) should be specified only once"), cli::toString);
  }

  @Test
  void aMissingAssessmentsFileExitsTwo() {
    Cli cli = Cli.run("allocate", "--assessments", dir.resolve("nope.csv").toString());
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("ras: assessments file not found: "), cli::toString);
  }

  @Test
  void aMissingRuleFileExitsTwo() {
    Cli cli = Cli.run("allocate", "--rules", dir.resolve("nope.yaml").toString());
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("ras: rule file not found: "), cli::toString);
  }

  @Test
  void aBrokenRuleFilePrintsItsLocatedProblemsAndExitsTwo() throws IOException {
    Path rules = dir.resolve("broken.yaml");
    Files.writeString(
        rules,
        RuleFiles.resource("northshire-mh-2026.yaml").replace("pricePerPoint: 4.85", "pricePerPoint: lots"));
    Cli cli = Cli.run("allocate", "--rules", rules.toString());
    assertEquals(2, cli.exit, cli::toString);
    // The located problem: file:line:column path: message.
    assertTrue(cli.err.contains(rules + ":228:"), cli::toString);
    assertTrue(cli.err.contains("pricing.pricePerPoint"), cli::toString);
  }

  @Test
  void aMistypedHeaderNamesTheColumnNotAnOptional() throws IOException {
    // The bundled sample's first row (P0001, 2025-04-09, pc_wash 'prompting'), its header's pc_wash
    // mistyped: the rejection once read "has no question 'Optional[pc_wsh]'".
    List<String> sample = RuleFiles.resource("assessments-sample.csv").lines().limit(2).toList();
    Path csv = dir.resolve("typo.csv");
    Files.writeString(csv, sample.get(0).replace(",pc_wash,", ",pc_wsh,") + "\n" + sample.get(1) + "\n",
        StandardCharsets.UTF_8);

    Cli cli = Cli.run("allocate", "--assessments", csv.toString(), "--out", dir.resolve("out.csv").toString());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("\n  row 1 (line 2), person P0001, column pc_wsh: unknown column: northshire-mh 2025.1 "
        + "has no question 'pc_wsh' (the row answers 'prompting')\n"), cli::toString);
    assertFalse(cli.out.contains("Optional"), cli::toString);
  }

  @Test
  void brokenRowsAreReportedWithRowAndLineAndTheGoodRowsAreAllWritten() throws IOException {
    Path csv = dir.resolve("broken.csv");
    String text =
        "\uFEFF"
            + HEADER + ",shoe_size\r\n"
            // row 1, line 2: good
            + "P1,2026-05-01," + answers("0", "some_help", "19", "a_little") + ",\r\n"
            // row 2, line 3: unknown option
            + "P2,2026-05-01," + answers("0", "sometimes") + ",\r\n"
            // row 3, line 4: missing required answer (dl_home, index 5)
            + "P3,2026-05-01," + answers("5", "") + ",\r\n"
            // row 4, line 5: an answer in a column no rule set has
            + "P4,2026-05-01," + answers() + ",42\r\n"
            // row 5, line 6: a date that is not a date
            + "P5,2026-02-30," + answers() + ",\r\n"
            // row 6, line 7: a date before every rule set
            + "P6,2024-12-01," + answers() + ",\r\n"
            // a blank line, skipped: rows and lines now differ
            + "\r\n"
            // row 7, line 9: good, quoted fields, no date: the latest rules
            + "\"P7\",\"\"," + answers("0", "\"all_tasks\"", "18", "\"some_help\"") + ",\"\"\r\n"
            // row 8, line 10: too many values
            + "P8,2026-05-01," + answers() + ",,extra\r\n"
            // row 9, line 11: good, under the 2025 rules
            + "P9,2025-04-01," + answers("15", "all_tasks") + ",\r\n";
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");

    Cli cli = Cli.run("allocate", "--assessments", csv.toString(), "--out", out.toString());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rows read:          9"), cli::toString);
    assertTrue(cli.out.contains("Allocated:          3"), cli::toString);
    assertTrue(cli.out.contains("Rejected:           6"), cli::toString);
    assertTrue(cli.out.contains("  row 2 (line 3), person P2, column pc_wash: question 'pc_wash' has no option 'sometimes'"), cli::toString);
    assertTrue(cli.out.contains("  row 3 (line 4), person P3, column dl_home: required question 'dl_home' is not answered"), cli::toString);
    assertTrue(cli.out.contains("  row 4 (line 5), person P4, column shoe_size: unknown column"), cli::toString);
    assertTrue(cli.out.contains("  row 5 (line 6), person P5, column assessment_date: '2026-02-30' is not a date in the form YYYY-MM-DD"), cli::toString);
    assertTrue(cli.out.contains("  row 6 (line 7), person P6, column assessment_date: no rule set is in force on 2024-12-01"), cli::toString);
    assertTrue(cli.out.contains("  row 8 (line 10), person P8: the row has 24 values but the header has 23 columns"), cli::toString);
    assertTrue(cli.err.contains("no rule set has the question(s) [shoe_size]"), cli::toString);

    List<List<String>> rows = readCsv(out);
    assertEquals(4, rows.size(), rows::toString);
    assertEquals("person_id", rows.get(0).get(0));
    assertEquals(List.of("P1", "P7", "P9"), rows.subList(1, 4).stream().map(r -> r.get(0)).collect(Collectors.toList()));
    assertEquals("northshire-mh 2026.1", rows.get(2).get(2), "no date: the latest rules");
    assertEquals("", rows.get(2).get(1));
    assertEquals("northshire-mh 2025.1", rows.get(3).get(2));

    // The good rows are exactly what allocating each alone gives.
    RuleSetRegistry registry = RuleFiles.bundled();
    Calculator c2026 = registry.latest();
    var p1 = c2026.allocate(
        Assessment.builder("P1").date(java.time.LocalDate.of(2026, 5, 1))
            .answer("pc_wash", "some_help").answer("informal_support", "a_little")
            .answer("pc_dress", "no_help").answer("pc_toilet", "no_help").answer("ed_meals", "no_help")
            .answer("ed_eat", "no_help").answer("dl_home", "no_help").answer("dl_shop", "no_help")
            .answer("dl_medication", "no_help").answer("hs_tenancy", "no_help").answer("hs_bills", "no_help")
            .answer("sf_home", "no_help").answer("sf_risk", "no_help").answer("fn_budget", "no_help")
            .answer("fn_benefits", "no_help").answer("wb_mental", "no_help").answer("wb_routine", "no_help")
            .answer("cm_relationships", "no_help").answer("cm_transport", "no_help").build(),
        Detail.FIGURES);
    assertEquals(
        AllocateCommand.budgetRow(p1, List.copyOf(domainsOf(registry)), AllocateCommand.streamColumns(registry)),
        rows.get(1));
    // By hand: pc_wash some_help 3 points, less 25% informal support = 2.25, HALF_UP 2 points. Personal
    // care is paid by adult social care only, and the row records no eligibility facts, so its 2 points
    // are unfunded: no funded need, no budget (and no floor).
    assertEquals(List.of("2", "0.00", "0.00", "UNFUNDED_NEED"), rows.get(1).subList(12, 16));
    assertEquals(List.of("0.00", "0.00", "0.00", "0.00", "2", "0.00", "0.00", "0.00", "", ""), rows.get(1).subList(16, 26));
  }

  static List<uk.ras.ruleset.DomainId> domainsOf(RuleSetRegistry registry) {
    return registry.latest().ruleSet().domains().stream().map(d -> d.id()).collect(Collectors.toList());
  }

  @Test
  void textCellsThatASpreadsheetWouldEvaluateAreNeutralised() throws IOException {
    Path csv = dir.resolve("inject.csv");
    Files.writeString(
        csv,
        HEADER + "\n"
            + "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",2026-05-01," + answers() + "\n"
            + "+P2,2026-05-01," + answers() + "\n"
            + "-P3,2026-05-01," + answers() + "\n"
            + "@P4,2026-05-01," + answers() + "\n"
            + "P5,2026-05-01," + answers() + "\n");
    Path out = dir.resolve("out.csv");
    Cli cli = Cli.run("allocate", "--assessments", csv.toString(), "--out", out.toString());
    assertEquals(0, cli.exit, cli::toString);
    List<String> people = readCsv(out).stream().skip(1).map(r -> r.get(0)).collect(Collectors.toList());
    assertEquals(List.of("'=HYPERLINK(\"http://evil\",\"x\")", "'+P2", "'-P3", "'@P4", "P5"), people);
  }

  @Test
  void neutraliseCoversEveryDangerousFirstCharacter() {
    for (String s : List.of("=1", "+1", "-1", "@a", "\tx", "\rx")) {
      assertEquals("'" + s, uk.ras.examples.files.Cells.neutralise(s));
    }
    for (String s : List.of("", "P1", "1=1", "northshire-mh 2026.1", "'x")) {
      assertEquals(s, uk.ras.examples.files.Cells.neutralise(s));
    }
  }

  @Test
  void explainPrintsTheFullExplanationOfThatPerson() throws IOException {
    Cli cli = Cli.run("allocate", "--explain", "P0007", "--out", dir.resolve("o.csv").toString());
    assertEquals(0, cli.exit, cli::toString);
    int at = cli.out.indexOf("Budget for P0007 under ");
    assertTrue(at > 0, cli::toString);
    // The same text as allocating P0007's row alone with its explanation.
    String expected = explainAlone("P0007");
    assertEquals(expected, cli.out.substring(at));
  }

  @Test
  void explainOfAPersonNotInTheFileSaysSoAndExitsOne() {
    Cli cli = Cli.run("allocate", "--explain", "P9999");
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("--explain P9999: no allocated row for this person"), cli::toString);
  }

  @Test
  void outDashWritesTheCsvToStandardOutputAndTheReportToStandardError() {
    Cli cli = Cli.run("allocate", "--out", "-");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.startsWith("person_id,assessment_date,rule_set,personal_care,"), cli::toString);
    assertEquals(251, cli.out.lines().count());
    assertTrue(cli.err.contains("Rows read:          250"), cli::toString);
  }

  @Test
  void oneRuleFileRejectsRowsDatedBeforeItUnlessDatesAreIgnored() throws IOException {
    Path rules = dir.resolve("mine.yaml");
    Files.writeString(rules, RuleFiles.resource("northshire-mh-2026.yaml"));
    Cli dated = Cli.run("allocate", "--rules", rules.toString(), "--out", dir.resolve("a.csv").toString());
    assertEquals(1, dated.exit, dated::toString);
    assertTrue(dated.out.contains("column assessment_date: no rule set is in force on 2025-"), dated::toString);
    Cli all = Cli.run("allocate", "--rules", rules.toString(), "--ignore-dates", "--out", dir.resolve("b.csv").toString());
    assertEquals(0, all.exit, all::toString);
    assertTrue(all.out.contains("Under northshire-mh 2026.1: 250"), all::toString);
    assertFalse(all.out.contains("2025.1"), all::toString);
  }

  @Test
  void progressIsReportedOnStandardErrorEveryNRows() {
    Cli cli = Cli.run("allocate", "--progress-every", "100", "--out", dir.resolve("o.csv").toString());
    assertEquals(0, cli.exit, cli::toString);
    assertEquals(
        List.of("ras: 100 rows read, 0 rejected so far", "ras: 200 rows read, 0 rejected so far"),
        cli.err.lines().collect(Collectors.toList()));
  }

  @Test
  void progressCountsTheRowItFollows() throws IOException {
    // The sample's first three rows, the header's pc_wash mistyped: every row is rejected, so the line
    // after row N says N rejected (it once said N - 1, printed before its row was allocated).
    List<String> sample = RuleFiles.resource("assessments-sample.csv").lines().limit(4).toList();
    Path csv = dir.resolve("typo.csv");
    Files.writeString(csv, String.join("\n", sample).replaceFirst(",pc_wash,", ",pc_wsh,") + "\n",
        StandardCharsets.UTF_8);

    Cli cli = Cli.run("allocate", "--assessments", csv.toString(), "--progress-every", "1",
        "--out", dir.resolve("o.csv").toString());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("  Rejected:           3\n"), cli::toString);
    assertEquals(
        List.of("ras: 1 rows read, 1 rejected so far", "ras: 2 rows read, 2 rejected so far",
            "ras: 3 rows read, 3 rejected so far"),
        cli.err.lines().filter(l -> l.contains("so far")).collect(Collectors.toList()));
  }

  private String explainAlone(String person) throws IOException {
    Path sample = dir.resolve("sample.csv");
    Files.writeString(sample, RuleFiles.resource(AllocateCommand.SAMPLE));
    for (List<String> row : readCsv(sample)) {
      if (row.get(0).equals(person)) {
        List<String> header = readCsv(sample).get(0);
        Assessment.Builder b = Assessment.builder(person).date(java.time.LocalDate.parse(row.get(1)));
        java.util.Map<String, String> facts = new java.util.HashMap<>();
        for (int c = 2; c < header.size(); c++) {
          if (FactColumns.ALL.contains(header.get(c))) {
            facts.put(header.get(c), row.get(c));
          } else if (!row.get(c).isEmpty()) {
            b.answer(header.get(c), row.get(c));
          }
        }
        Assessment a = FactColumns.apply(b.build(), facts, p -> { throw new AssertionError(p.toString()); });
        return RuleFiles.bundled().inForceOn(a.date().get()).allocate(a).explanation().get().toText();
      }
    }
    throw new AssertionError(person + " not in the sample");
  }
}
