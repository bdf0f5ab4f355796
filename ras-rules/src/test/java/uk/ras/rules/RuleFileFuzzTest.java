package uk.ras.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import uk.ras.allocation.Calculator;
import uk.ras.ruleset.RuleSet;

/**
 * Fuzzes the rule-file reader with arbitrary bytes. The only outcomes allowed are a rule set that
 * compiles, or a {@link RuleFileException} whose every problem is located in the file; any other
 * exception (or an error such as a stack overflow) is a finding.
 *
 * <p>Plain {@code mvn verify} runs the seed corpus in {@code RuleFileFuzzTestInputs/<method>/} once
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes, see docs/quality.md.
 */
class RuleFileFuzzTest {
  private static final RuleSetReader READER = RuleSetReader.create();

  @FuzzTest(maxDuration = "3m")
  void yaml(byte[] bytes) {
    readOrLocatedError("fuzz.yaml", bytes);
  }

  @FuzzTest(maxDuration = "3m")
  void json(byte[] bytes) {
    readOrLocatedError("fuzz.json", bytes);
  }

  static void readOrLocatedError(String source, byte[] bytes) {
    RuleSet rules;
    try {
      rules = READER.read(source, new ByteArrayInputStream(bytes));
    } catch (RuleFileException e) {
      LocatedErrors.assertEveryProblemLocated(source, e);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    // The reader's contract: a rule set it returns has passed the validator, so it compiles.
    Calculator.compile(rules);
  }
}
