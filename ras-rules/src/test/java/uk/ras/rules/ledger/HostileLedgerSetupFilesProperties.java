package uk.ras.rules.ledger;

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
 * Ledger setup files are untrusted: any file made from the bundled scenario's setup (and the reader test's
 * setup of every field) by cutting it short or putting a hostile character in any place either reads, or
 * fails with a {@link RuleFileException} whose every problem is located in the file. Any other exception
 * (a core factory's IllegalArgumentException for an out-of-range threshold, say) fails the property.
 */
class HostileLedgerSetupFilesProperties {
  private static final Path BUNDLED =
      Path.of("../ras-examples/src/main/resources/uk/ras/examples/ledger/floating-support/setup.yaml");
  private static final LedgerSetupReader READER = LedgerSetupReader.create();

  /** Characters that break YAML structure, numbers, dates, times, durations or text, one put in at a time. */
  private static final String HOSTILE = ":-{}[]\"'#&*!|>%@`,\n\t 0.9e\u0000\u001B\uFFFD£";

  @Test
  void anyCutOrChangedBundledSetupReadsOrFailsLocated() throws IOException {
    check(Files.readString(BUNDLED), 300, 600);
  }

  @Test
  void anyCutOrChangedSetupOfEveryFieldReadsOrFailsLocated() {
    check(LedgerSetupReaderTest.SETUP, 300, 600);
  }

  private static void check(String valid, int cuts, int changes) {
    String source = "setup.yaml";
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
