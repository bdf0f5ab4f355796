package uk.ras.rules.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleSetReader;
import uk.ras.rules.internal.LocatedReader;
import uk.ras.rules.internal.PlanContent;

/**
 * Reads support-plan files (YAML, or JSON with the same fields; documented in {@code docs/plans.md})
 * into {@link PlanFile}s, reporting <em>every</em> problem at once, each located like a compiler error:
 *
 * <pre>{@code
 * PlanFile file = PlanReader.create().read(Path.of("s1-plan.yaml"));
 * Budget indicative = calculator.allocate(assessmentWithFacts, Detail.EXPLAINED);
 * PlanCheck check = file.plan().check(indicative, rules, rates, file.date());
 * // or, for a bad file, RuleFileException:
 * // s1-plan.yaml:31:17 items[1].hourlyPay: '13,00' is not an amount; expected pounds such as "1015.00"
 * }</pre>
 *
 * <p>The same reading machinery and safety limits as {@link RuleSetReader}: the format is chosen by the
 * extension ({@code .json}, {@code .yaml}, {@code .yml}; otherwise text starting with '{' is JSON), YAML
 * aliases and tags are refused, duplicate keys are errors, and the file size ({@value
 * RuleSetReader#DEFAULT_MAX_FILE_BYTES} bytes), nesting depth and text length are limited. What needs the
 * rules and rates is checked when the plan is checked, and {@link PlanFile#problemAt} locates it.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanReader {
  private final LocatedReader<PlanContent> reader;

  private PlanReader(LocatedReader<PlanContent> reader) {
    this.reader = reader;
  }

  /** {@return a reader with the same default limits as {@link RuleSetReader#create()}; never null} */
  public static PlanReader create() {
    return new PlanReader(
        LocatedReader.supportPlans(
            RuleSetReader.DEFAULT_MAX_FILE_BYTES,
            RuleSetReader.DEFAULT_MAX_NESTING_DEPTH,
            RuleSetReader.DEFAULT_MAX_STRING_LENGTH));
  }

  /**
   * Reads a support-plan file; the file's name (as given) is the source in problems.
   *
   * @param file not null
   * @return what the file holds, never null
   * @throws RuleFileException listing every problem, if the file is not a valid support plan
   * @throws IOException if the file cannot be read (missing, unreadable)
   */
  public PlanFile read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return file(file.toString(), reader.parse(file));
  }

  /**
   * Reads support-plan text.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param content not null
   * @return what the text holds, never null
   * @throws RuleFileException listing every problem, if the text is not a valid support plan
   */
  public PlanFile read(String sourceName, String content) {
    return file(sourceName, reader.parse(sourceName, content));
  }

  /**
   * Reads a support-plan file from a stream, as UTF-8; does not close the stream.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param in not null
   * @return what the content holds, never null
   * @throws RuleFileException listing every problem, if the content is not a valid support plan
   * @throws IOException if the stream cannot be read
   */
  public PlanFile read(String sourceName, InputStream in) throws IOException {
    return file(sourceName, reader.parse(sourceName, in));
  }

  private static PlanFile file(String source, LocatedReader.Parsed<PlanContent> parsed) {
    PlanContent c = parsed.orThrow();
    return new PlanFile(
        source,
        c.person(),
        c.date(),
        PlanFile.assessment(c.person(), c.assessmentDate(), c.answers()),
        c.facts(),
        c.plan(),
        c.decision(),
        parsed::problemAt);
  }
}
