package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.commands.RasTest;
import uk.ras.examples.files.RuleFiles;

/** {@code ras allocate}'s eligibility, contribution and holding columns, end to end. */
class FundingColumnsTest {
  @TempDir Path dir;

  private static final String FACTS =
      ",facs_band,care_act_outcomes,care_act_impairment,care_act_wellbeing,contribution,holding,personally_controlled";

  private Cli allocate(String rows, Path out) throws IOException {
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, RasTest.HEADER + FACTS + "\n" + rows, StandardCharsets.UTF_8);
    return Cli.run("allocate", "--assessments", csv.toString(), "--out", out.toString());
  }

  @Test
  void eligibilityContributionAndHoldingShapeTheStreamsAndTheStatutoryFigures() throws IOException {
    // pc_wash all_tasks (5), hs_tenancy all_tasks (4), no informal support.
    String need = RasTest.answers("0", "all_tasks", "8", "all_tasks", "19", "none");
    Path out = dir.resolve("out.csv");
    Cli cli =
        allocate(
            "E1,2026-05-01," + need + ",substantial,,,,10.00,mix,20.00\n"
                + "E2,2026-05-01," + need + ",low,nutrition;habitable_home,true,true,,direct_payment,\n"
                + "E3,2026-05-01," + need + ",moderate,nutrition,true,true,60.00,managed,\n",
            out);
    assertEquals(0, cli.exit, cli::toString);
    List<List<String>> rows = RasTest.readCsv(out);
    List<String> header = rows.get(0);
    assertEquals(
        List.of(
            "social_care_weekly", "social_care_annual", "supporting_people_weekly", "supporting_people_annual",
            "unfunded_points", "cost", "person_contribution", "council_contribution", "holding",
            "personally_controlled"),
        header.subList(16, 26));
    // E1: FACS substantial: personal care 5 x £4.85 = £24.25, less 5% (£1.21) = £23.04 social care;
    // housing 4 x £4.85 = £19.40, less 5% (£0.97) = £18.43 Supporting People; £41.47 is below the
    // £45.00 floor: the £3.53 top-up is shared 23.04 : 18.43 -> £1.96 and £1.57 (largest remainder):
    // £25.00 and £20.00. The person pays £10.00 of £45.00.
    assertEquals(
        List.of("25.00", "1300.00", "20.00", "1040.00", "0", "45.00", "10.00", "35.00", "mix", "20.00"),
        rows.get(1).subList(16, 26));
    // E2: FACS low but Care Act eligible (two outcomes, both conditions): the same budget.
    assertEquals(List.of("25.00", "20.00", "0", "45.00", "0.00", "45.00", "direct_payment", ""),
        List.of(rows.get(2).get(16), rows.get(2).get(18), rows.get(2).get(20), rows.get(2).get(21),
            rows.get(2).get(22), rows.get(2).get(23), rows.get(2).get(24), rows.get(2).get(25)));
    // E3: moderate and one outcome only: not eligible for social care; personal care is unfunded and
    // Supporting People pays housing: £18.43 raised to the £45.00 floor. The contribution of £60.00 is
    // capped at the cost.
    assertEquals(
        List.of("0.00", "0.00", "45.00", "2340.00", "5", "45.00", "45.00", "0.00", "managed", ""),
        rows.get(3).subList(16, 26));
    assertTrue(cli.out.contains("By funding stream"), cli::toString);
    assertTrue(cli.out.matches("(?s).*Adult social care +2 people +£50\\.00 a week +£2,600\\.00 a year.*"), cli::toString);
    assertTrue(cli.out.contains("  People's contributions (weekly):   £55.00"), cli::toString);
  }

  @Test
  void aMixWhosePersonallyControlledAmountIsAboveTheBudgetShowsBothAndIsCounted() throws IOException {
    // The same need as above, £45.00 a week after the floor. M1 says £60.00 is under their own control:
    // more than the budget holds, so £60.00 is written as given and £45.00 as in effect. M2's £20.00 is
    // within the budget and in effect as given; D1's direct payment is all of the budget.
    String need = RasTest.answers("0", "all_tasks", "8", "all_tasks", "19", "none");
    Path out = dir.resolve("out.csv");
    Cli cli =
        allocate(
            "M1,2026-05-01," + need + ",substantial,,,,,mix,60.00\n"
                + "M2,2026-05-01," + need + ",substantial,,,,,mix,20.00\n"
                + "D1,2026-05-01," + need + ",substantial,,,,,direct_payment,\n",
            out);
    assertEquals(0, cli.exit, cli::toString);
    List<List<String>> rows = RasTest.readCsv(out);
    assertEquals(
        List.of("weekly", "holding", "personally_controlled", "personally_controlled_in_effect"),
        List.of(rows.get(0).get(13), rows.get(0).get(24), rows.get(0).get(25), rows.get(0).get(26)));
    assertEquals(List.of("45.00", "mix", "60.00", "45.00"),
        List.of(rows.get(1).get(13), rows.get(1).get(24), rows.get(1).get(25), rows.get(1).get(26)));
    assertEquals(List.of("45.00", "mix", "20.00", "20.00"),
        List.of(rows.get(2).get(13), rows.get(2).get(24), rows.get(2).get(25), rows.get(2).get(26)));
    assertEquals(List.of("45.00", "direct_payment", "", "45.00"),
        List.of(rows.get(3).get(13), rows.get(3).get(24), rows.get(3).get(25), rows.get(3).get(26)));
    assertTrue(
        cli.out.contains("  Personally controlled above the budget: 1 (in effect: the weekly budget)"),
        cli::toString);
  }

  @Test
  void aShareOfAPointThatNoStreamPaysIsWrittenAsADecimal() throws IOException {
    // Wellbeing's social-care half without its Supporting People fallback: a person below the social-care
    // threshold leaves that half unfunded, 1.5 of wellbeing's 3 points (some_help 2 + prompting 1).
    Path rules = dir.resolve("no-fallback.yaml");
    String bundled = RuleFiles.resource("northshire-mh-2026.yaml");
    String fallback = "{ stream: social_care, share: 50, otherwise: supporting_people }";
    assertTrue(bundled.contains(fallback));
    Files.writeString(rules, bundled.replace(fallback, "{ stream: social_care, share: 50 }"));
    Path csv = dir.resolve("in.csv");
    Files.writeString(
        csv,
        RasTest.HEADER + FACTS + "\n"
            + "U1,2026-05-01," + RasTest.answers("14", "some_help", "15", "prompting") + ",moderate,,,,,,\n"
            + "U2,2026-05-01," + RasTest.answers("14", "some_help", "15", "prompting") + ",critical,,,,,,\n"
            + "U3,2026-05-01," + RasTest.answers("0", "all_tasks", "14", "all_tasks") + ",moderate,,,,,,\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    Cli cli = Cli.run("allocate", "--rules", rules.toString(), "--assessments", csv.toString(), "--out", out.toString());
    assertEquals(0, cli.exit, cli::toString);
    List<List<String>> rows = RasTest.readCsv(out);
    int unfunded = rows.get(0).indexOf("unfunded_points");
    assertEquals("1.5", rows.get(1).get(unfunded));
    assertEquals("0", rows.get(2).get(unfunded));
    // Personal care's 5 points and half of wellbeing's 4: whole points, written as such.
    assertEquals("7", rows.get(3).get(unfunded));
  }

  @Test
  void badFactCellsAreRowErrorsNamingTheColumn() throws IOException {
    String need = RasTest.answers();
    Path out = dir.resolve("out.csv");
    Cli cli =
        allocate(
            "F1,2026-05-01," + need + ",severe,,,,,,\n"
                + "F2,2026-05-01," + need + ",,nutrition;flying,true,,,,\n"
                + "F3,2026-05-01," + need + ",,,,,-5.00,,\n"
                + "F4,2026-05-01," + need + ",,,,,12.345,isf,\n"
                + "F5,2026-05-01," + need + ",,,,,,mix,\n"
                + "F6,2026-05-01," + need + ",,,,,,managed,10.00\n"
                + "F7,2026-05-01," + need + ",critical,none,no,maybe,,,\n",
            out);
    assertEquals(1, cli.exit, cli::toString);
    for (String expected :
        List.of(
            "row 1 (line 2), person F1, column facs_band: 'severe' is not a FACS band; expected low, moderate, substantial or critical",
            "row 2 (line 3), person F2, column care_act_outcomes: 'flying' is not a Care Act outcome; expected some of nutrition, personal_hygiene,",
            "row 2 (line 3), person F2, column care_act_wellbeing: blank, but the row has a Care Act determination; expected true or false",
            "row 3 (line 4), person F3, column contribution: '-5.00' is negative",
            "row 4 (line 5), person F4, column contribution: '12.345' has a fraction of a penny",
            "row 4 (line 5), person F4, column holding: 'isf' is not a way of holding a budget; expected one of direct_payment, managed, inactive_virtual, individual_service_fund, block_contract, mix",
            "row 5 (line 6), person F5, column personally_controlled: a mix needs the weekly amount under the person's own control",
            "row 6 (line 7), person F6, column personally_controlled: an amount under the person's own control is given only for holding 'mix' (the row's holding is 'managed')",
            "row 7 (line 8), person F7, column care_act_wellbeing: 'maybe' is not true or false")) {
      assertTrue(cli.out.contains("  " + expected), () -> expected + "\n" + cli);
    }
    assertTrue(cli.out.contains("Rejected:           7"), cli::toString);
    assertTrue(cli.err.isEmpty() || !cli.err.contains("no rule set has the question"), cli::toString);
  }
  /**
   * A practitioner's attribution of wellbeing, under the 2026 rules changed to let a practitioner choose
   * between social care and Supporting People for it. The need: wb_mental all_tasks, wellbeing 4
   * points, nothing else; £4.85 a point, 5% contingency, a £45.00 floor.
   */
  @Test
  void aPractitionersAttributionColumnSendsADomainsNeedToTheChosenStreamsOrRejectsTheRowAtItsColumn()
      throws IOException {
    Path rules = dir.resolve("choice.yaml");
    String bundled = RuleFiles.resource("northshire-mh-2026.yaml");
    String wellbeing = "      - { stream: supporting_people, share: 50 }\n    questions:\n      - id: wb_mental";
    assertTrue(bundled.contains(wellbeing));
    Files.writeString(
        rules,
        bundled.replace(
            wellbeing,
            "      - { stream: supporting_people, share: 50 }\n    practitionerChoice: [social_care, supporting_people]\n"
                + "    questions:\n      - id: wb_mental"));
    String need = RasTest.answers("14", "all_tasks");
    Path csv = dir.resolve("in.csv");
    Files.writeString(
        csv,
        RasTest.HEADER + ",facs_band,attribution:wellbeing,attribution:housing\n"
            // By default, 2 points social care and 2 Supporting People: £9.70 less £0.49 = £9.21 each,
            // £18.42 raised to the £45.00 floor, the £26.58 shared 9.21 : 9.21: £22.50 each.
            + "A0,2026-05-01," + need + ",substantial,,\n"
            // All to Supporting People: £19.40 less £0.97 = £18.43, raised to £45.00, all Supporting People.
            + "A1,2026-05-01," + need + ",substantial,supporting_people,\n"
            // 60% social care = 2.4 points, £11.64 less £0.58 = £11.06; 40% = 1.6 points, £7.76 less £0.39
            // = £7.37; the £26.57 to the floor shared 11.06 : 7.37 = 15.944.. : 10.625.., the spare penny
            // to the larger remainder: £15.94 and £10.63, so £27.00 and £18.00.
            + "A2,2026-05-01," + need + ",critical,social_care=60; supporting_people=40,\n"
            + "A3,2026-05-01," + need + ",moderate,social_care,\n"
            + "A4,2026-05-01," + need + ",critical,,social_care\n"
            + "A5,2026-05-01," + need + ",critical,social_care=60;supporting_people=30,\n"
            + "A6,2026-05-01," + need + ",critical,social_care=sixty;=40,\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    Cli cli = Cli.run("allocate", "--rules", rules.toString(), "--assessments", csv.toString(), "--out", out.toString());
    assertEquals(1, cli.exit, cli::toString);
    List<List<String>> rows = RasTest.readCsv(out);
    int sc = rows.get(0).indexOf("social_care_weekly");
    int sp = rows.get(0).indexOf("supporting_people_weekly");
    assertEquals(4, rows.size(), cli::toString);
    assertEquals(List.of("A0", "22.50", "22.50"), List.of(rows.get(1).get(0), rows.get(1).get(sc), rows.get(1).get(sp)));
    assertEquals(List.of("A1", "0.00", "45.00"), List.of(rows.get(2).get(0), rows.get(2).get(sc), rows.get(2).get(sp)));
    assertEquals(List.of("A2", "27.00", "18.00"), List.of(rows.get(3).get(0), rows.get(3).get(sc), rows.get(3).get(sp)));
    for (String expected :
        List.of(
            "row 4 (line 5), person A3, column attribution:wellbeing: domain 'wellbeing': the practitioner chose"
                + " 'social_care', but the person is not eligible for Adult social care (needs FACS substantial or"
                + " above, or Care Act eligible; person: FACS moderate) (under northshire-mh 2026.1)",
            "row 5 (line 6), person A4, column attribution:housing: domain 'housing': northshire-mh 2026.1 lets no"
                + " practitioner choose who pays for it (its funding always applies: Supporting People); the"
                + " attribution was social_care (under northshire-mh 2026.1)",
            "row 6 (line 7), person A5, column attribution:wellbeing: the shares add up to 90%; expected exactly 100",
            "row 7 (line 8), person A6, column attribution:wellbeing: 'sixty' for 'social_care' is not a percentage"
                + " more than 0 and at most 100",
            "row 7 (line 8), person A6, column attribution:wellbeing: '=40' is not a stream and its percentage;")) {
      assertTrue(cli.out.contains("  " + expected), () -> expected + "\n" + cli);
    }
    assertTrue(cli.err.isEmpty() || !cli.err.contains("no rule set has the question"), cli::toString);
  }

  /**
   * Section 117 after-care, under the 2026 rules changed so that wellbeing's first half is paid by an
   * after-care stream (Supporting People for people not entitled). The need: wb_mental all_tasks,
   * wellbeing 4 points; £4.85 a point, 5% contingency, a £45.00 floor; a contribution of £100.00.
   */
  @Test
  void theSection117ColumnSendsNeedToTheAfterCareStreamAgainstWhichNoContributionIsTaken() throws IOException {
    Path rules = dir.resolve("after-care.yaml");
    String bundled = RuleFiles.resource("northshire-mh-2026.yaml");
    String half = "{ stream: social_care, share: 50, otherwise: supporting_people }";
    String sp = "    name: Supporting People\n    annualEnvelope: 950000.00\n";
    assertTrue(bundled.contains(half) && bundled.contains(sp));
    Files.writeString(
        rules,
        bundled
                .replace(half, "{ stream: after_care, share: 50, otherwise: supporting_people }")
                .replace(sp, sp + "  - id: after_care\n    name: Section 117 after-care\n    chargeable: false\n")
            + "section117Streams: [after_care]\n");
    String need = RasTest.answers("14", "all_tasks");
    Path csv = dir.resolve("in.csv");
    Files.writeString(
        csv,
        RasTest.HEADER + ",contribution,section_117\n"
            // Entitled: 2 points after-care, 2 Supporting People, £9.21 each, raised to £45.00: £22.50 each.
            // The £100.00 contribution is taken against Supporting People only: £22.50; the council £22.50.
            + "S1,2026-05-01," + need + ",100.00,yes\n"
            // Not entitled: all 4 points Supporting People, £18.43 raised to £45.00; the person pays £45.00.
            + "S2,2026-05-01," + need + ",100.00,\n"
            + "S3,2026-05-01," + need + ",100.00,maybe\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    Cli cli = Cli.run("allocate", "--rules", rules.toString(), "--assessments", csv.toString(), "--out", out.toString());
    assertEquals(1, cli.exit, cli::toString);
    List<List<String>> rows = RasTest.readCsv(out);
    List<String> header = rows.get(0);
    List<Integer> at =
        List.of(header.indexOf("after_care_weekly"), header.indexOf("supporting_people_weekly"),
            header.indexOf("person_contribution"), header.indexOf("council_contribution"));
    assertEquals(List.of("22.50", "22.50", "22.50", "22.50"), at.stream().map(rows.get(1)::get).toList());
    assertEquals(List.of("0.00", "45.00", "45.00", "0.00"), at.stream().map(rows.get(2)::get).toList());
    assertTrue(
        cli.out.contains(
            "  row 3 (line 4), person S3, column section_117: 'maybe' is not true or false (entitled to section 117"
                + " after-care or not)"),
        cli::toString);
    assertTrue(cli.err.isEmpty() || !cli.err.contains("section_117"), cli::toString);
  }

  /**
   * Rows under rule sets with different domains and streams fill only their own rule set's columns, each
   * figure in its own column: the 2025 rules with work_learning renamed occupation and supporting_people
   * renamed housing_support give, in those columns, what the bundled 2025 rules give in the originals.
   */
  @Test
  void rowsUnderRuleSetsWithDifferentDomainsAndStreamsFillOnlyTheirOwnColumns() throws IOException {
    Path renamed = dir.resolve("renamed-2025.yaml");
    Files.writeString(
        renamed,
        RuleFiles.resource("northshire-mh-2025.yaml")
            .replace("supporting_people", "housing_support")
            .replace("id: work_learning", "id: occupation"));
    Path rules2026 = dir.resolve("2026.yaml");
    Files.writeString(rules2026, RuleFiles.resource("northshire-mh-2026.yaml"));
    // Housing (Supporting People) and work needs, under each year's rules.
    String need = RasTest.answers("0", "some_help", "8", "all_tasks", "18", "all_tasks");
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, RasTest.HEADER + "\n" + "A1,2025-06-01," + need + "\n" + "A2,2026-06-01," + need + "\n");
    Path mixed = dir.resolve("mixed.csv");
    Path bundled = dir.resolve("bundled.csv");
    Cli one =
        Cli.run("allocate", "--rules", renamed.toString(), "--rules", rules2026.toString(), "--assessments",
            csv.toString(), "--out", mixed.toString());
    Cli two = Cli.run("allocate", "--assessments", csv.toString(), "--out", bundled.toString());
    assertEquals(0, one.exit, one::toString);
    assertEquals(0, two.exit, two::toString);

    List<List<String>> got = RasTest.readCsv(mixed);
    List<List<String>> original = RasTest.readCsv(bundled);
    List<String> header = got.get(0);
    assertEquals(
        List.of("community", "occupation", "work_learning", "total_points"),
        header.subList(header.indexOf("community"), header.indexOf("total_points") + 1));
    assertEquals(
        List.of("social_care_weekly", "social_care_annual", "housing_support_weekly", "housing_support_annual",
            "supporting_people_weekly", "supporting_people_annual", "unfunded_points"),
        header.subList(header.indexOf("social_care_weekly"), header.indexOf("unfunded_points") + 1));
    List<String> originalHeader = original.get(0);
    for (int row = 1; row <= 2; row++) {
      // The other rule set's columns are empty; every other cell is in the column of its original name.
      List<String> empty =
          row == 1
              ? List.of("work_learning", "supporting_people_weekly", "supporting_people_annual")
              : List.of("occupation", "housing_support_weekly", "housing_support_annual");
      for (int c = 0; c < header.size(); c++) {
        String column = header.get(c);
        String cell = got.get(row).get(c);
        if (empty.contains(column)) {
          assertEquals("", cell, "row " + row + ", column " + column);
        } else {
          String originalColumn =
              column.replace("occupation", "work_learning").replace("housing_support", "supporting_people");
          assertEquals(original.get(row).get(originalHeader.indexOf(originalColumn)), cell, "row " + row + ", column " + column);
        }
      }
    }
    assertNotEquals("0.00", got.get(1).get(header.indexOf("housing_support_weekly")), "a housing need is funded");
    assertNotEquals("0", got.get(1).get(header.indexOf("occupation")), "a work need scores");
  }
}
