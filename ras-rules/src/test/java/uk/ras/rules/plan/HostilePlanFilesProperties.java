package uk.ras.rules.plan;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import uk.ras.rules.LocatedErrors;
import uk.ras.rules.RuleFileException;

/**
 * Support-plan files are untrusted: any file made from the bundled scenarios (and the reader test's plan
 * of every kind of item) by cutting it short or putting a hostile character in any place either reads, or
 * fails with a {@link RuleFileException} whose every problem is located in the file. Any other exception
 * (a core factory's IllegalArgumentException for a blank name, say) fails the property.
 */
class HostilePlanFilesProperties {
  private static final Path BUNDLED = Path.of("../ras-examples/src/main/resources/uk/ras/examples/plans");
  private static final PlanReader READER = PlanReader.create();

  /** Characters that break YAML structure, numbers, dates or text, one of them put in at a time. */
  private static final String HOSTILE = ":-{}[]\"'#&*!|>%@`,\n\t 0.9e\u0000\u001B\uFFFD£";

  @Test
  void anyCutOrChangedBundledPlanReadsOrFailsLocated() throws IOException {
    for (String name : List.of("family-pa-and-core-support.yaml", "greenhouse.yaml", "above-indicative.yaml")) {
      check(Files.readString(BUNDLED.resolve(name)), 200, 300);
    }
  }

  @Test
  void anyCutOrChangedPlanOfEveryKindReadsOrFailsLocated() {
    check(PlanReaderTest.PLAN, 300, 600);
  }

  private static void check(String valid, int cuts, int changes) {
    String source = "plan.yaml";
    BiConsumer<String, String> readsOrLocated =
        (name, text) -> {
          try {
            READER.read(name, text);
          } catch (RuleFileException e) {
            LocatedErrors.assertEveryProblemLocated(name, e);
          }
        };
    readsOrLocated.accept(source, valid);
    qt().withExamples(cuts)
        .forAll(integers().between(0, valid.length()))
        .checkAssert(cut -> readsOrLocated.accept(source, valid.substring(0, cut)));
    qt().withExamples(changes)
        .forAll(integers().between(0, valid.length() - 1), integers().between(0, HOSTILE.length() - 1))
        .checkAssert(
            (at, c) ->
                readsOrLocated.accept(
                    source, valid.substring(0, at) + HOSTILE.charAt(c) + valid.substring(at + 1)));
  }
}
