package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ras.examples.Cli;
import uk.ras.examples.Ras;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.scenarios.PilotCouncil;
import uk.ras.examples.scenarios.SampleAssessments;

/**
 * Properties of {@code ras calibrate} over generated caseloads. QuickTheories prints the seed of a
 * falsified property; replay it with {@code qt().withFixedSeed(seed)}.
 */
class CalibrateProperties {
  @Test
  void theReportsTotalsEqualTheCsvsTotals() throws IOException {
    Path root = Files.createTempDirectory("calibrate-properties");
    qt().withExamples(12)
        .forAll(integers().between(12, 120), longs().between(1, Long.MAX_VALUE), integers().between(30, 120),
            integers().between(0, 50))
        .checkAssert((people, seed, envelopeThousandsPerPerson, protect) -> {
          try {
            Path dir = Files.createTempDirectory(root, "case");
            StringWriter assessments = new StringWriter();
            SampleAssessments.generate(RuleFiles.bundledRuleSet(PilotCouncil.RULES), people, seed, assessments);
            Random random = new Random(seed);
            StringBuilder costs = new StringBuilder("person_id,current_weekly,client_group\n");
            String[] groups = {"older_people", "mental_health", "learning_disability", "physical_sensory", "transition", ""};
            int width = Math.max(4, Integer.toString(people).length());
            for (int i = 1; i <= people; i++) {
              costs.append("P").append(String.format("%0" + width + "d", i)).append(',')
                  .append(String.format(Locale.ROOT, "%.2f", 20 + random.nextDouble() * 600)).append(',')
                  .append(groups[random.nextInt(groups.length)]).append('\n');
            }
            Path a = Files.writeString(dir.resolve("a.csv"), assessments.toString());
            Path c = Files.writeString(dir.resolve("c.csv"), costs.toString());
            Cli cli = protect == 0
                ? Cli.run("calibrate", "--assessments", a.toString(), "--current-costs", c.toString(),
                    "--envelope", Long.toString(envelopeThousandsPerPerson * 1000L * people), "--out", dir.toString())
                : Cli.run("calibrate", "--assessments", a.toString(), "--current-costs", c.toString(),
                    "--envelope", Long.toString(envelopeThousandsPerPerson * 1000L * people), "--contingency", "5%",
                    "--protect", protect + "%/year", "--out", dir.toString());
            assertEquals(Ras.OK, cli.exit, cli.toString());
            CalibrateCommandTest.ReportTotals.assertEqual(dir);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
