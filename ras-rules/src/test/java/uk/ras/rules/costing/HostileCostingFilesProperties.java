package uk.ras.rules.costing;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import uk.ras.rules.LocatedErrors;
import uk.ras.rules.RuleFileException;

/**
 * Rate and cost-plan files are untrusted: any file made from the bundled ones by cutting it short or
 * putting a hostile character in any place either reads, or fails with a {@link RuleFileException} whose
 * every problem is located in the file. Any other exception fails the property.
 */
class HostileCostingFilesProperties {
  private static final Path BUNDLED = Path.of("../ras-examples/src/main/resources/uk/ras/examples/costing");
  private static final CostingReader READER = CostingReader.create();

  /** Characters that break YAML structure, numbers, dates or text, one of them put in at a time. */
  private static final String HOSTILE = ":-{}[]\"'#&*!|>%@`,\n\t 0.9e\u0000\u001B\uFFFD£";

  @Test
  void anyCutOrChangedRateFileReadsOrFailsLocated() throws IOException {
    check(Files.readString(BUNDLED.resolve("rates.yaml")), "rates.yaml", READER::readRates);
  }

  @Test
  void anyCutOrChangedPlanFileReadsOrFailsLocated() throws IOException {
    check(Files.readString(BUNDLED.resolve("rowan-house.yaml")), "plan.yaml", READER::readPlan);
  }

  private interface Read {
    Object read(String source, String content);
  }

  private static void check(String valid, String source, Read read) {
    BiConsumer<String, String> readsOrLocated =
        (name, text) -> {
          try {
            read.read(name, text);
          } catch (RuleFileException e) {
            LocatedErrors.assertEveryProblemLocated(name, e);
          }
        };
    readsOrLocated.accept(source, valid);
    qt().withExamples(300)
        .forAll(integers().between(0, valid.length()))
        .checkAssert(cut -> readsOrLocated.accept(source, valid.substring(0, cut)));
    qt().withExamples(600)
        .forAll(integers().between(0, valid.length() - 1), integers().between(0, HOSTILE.length() - 1))
        .checkAssert(
            (at, c) ->
                readsOrLocated.accept(
                    source, valid.substring(0, at) + HOSTILE.charAt(c) + valid.substring(at + 1)));
  }
}
