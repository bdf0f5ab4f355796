package uk.ras.examples.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.examples.Cli;
import uk.ras.examples.commands.AllocateCommand;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.scenarios.SampleAssessments;

class SampleAssessmentsTest {
  static String generate(int count, long seed) throws IOException {
    StringWriter out = new StringWriter();
    SampleAssessments.generate(
        RuleFiles.bundledRuleSet("northshire-mh-2026.yaml"), count, seed, out);
    return out.toString();
  }

  @Test
  void theBundledSampleIsWhatTheSeedRegenerates() throws IOException {
    assertEquals(
        RuleFiles.resource(AllocateCommand.SAMPLE),
        generate(SampleAssessments.DEFAULT_COUNT, SampleAssessments.DEFAULT_SEED),
        "regenerate with: ./ras sample --count 250 --seed 20261122 "
            + "--out ras-examples/src/main/resources/uk/ras/examples/assessments-sample.csv");
  }

  @Test
  void anotherSeedGivesAnotherFile() throws IOException {
    assertNotEquals(generate(50, 1), generate(50, 2));
    assertEquals(generate(50, 1), generate(50, 1));
  }

  @Test
  void theBundledSampleIsRealistic() {
    List<String> lines = RuleFiles.resource(AllocateCommand.SAMPLE).lines().toList();
    assertTrue(lines.size() - 1 >= 200, "at least 200 rows");
    List<String> header = List.of(lines.get(0).split(",", -1));
    int wlWork = header.indexOf("wl_work");
    int informal = header.indexOf("informal_support");
    long undated = 0;
    long blankWork = 0;
    long blankInformal = 0;
    long withInformal = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertEquals(header.size(), cells.length, line);
      undated += cells[1].isEmpty() ? 1 : 0;
      blankWork += cells[wlWork].isEmpty() ? 1 : 0;
      blankInformal += cells[informal].isEmpty() ? 1 : 0;
      withInformal += !cells[informal].isEmpty() && !cells[informal].equals("none") ? 1 : 0;
      if (!cells[1].isEmpty()) {
        assertTrue(cells[1].compareTo("2025-04-01") >= 0 && cells[1].compareTo("2026-10-31") <= 0, line);
      }
    }
    assertTrue(undated > 0, "some rows without a date");
    assertTrue(blankWork > 20, "the optional work question often blank");
    assertTrue(blankInformal > 0 && withInformal > 50, "informal support answered and not");
  }

  @Test
  void everyBundledRowIsAllocatedAndBothRuleSetsFloorAndPanelOccur() {
    Cli cli = Cli.run("allocate");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.matches("(?s).*Under northshire-mh 2025\\.1: [1-9].*"), cli::toString);
    assertTrue(cli.out.matches("(?s).*Under northshire-mh 2026\\.1: [1-9].*"), cli::toString);
    assertTrue(cli.out.matches("(?s).*Floor applied: +[1-9].*"), cli::toString);
    assertTrue(cli.out.matches("(?s).*Referred to panel: +[1-9].*"), cli::toString);
  }

  @Test
  void sampleCommandWritesTheSameAsTheGenerator() throws IOException {
    Cli cli = Cli.run("sample", "--count", "20", "--seed", "7");
    assertEquals(0, cli.exit, cli::toString);
    assertEquals(generate(20, 7), cli.out);
    assertEquals(2, Cli.run("sample", "--count", "many").exit);
  }
}
