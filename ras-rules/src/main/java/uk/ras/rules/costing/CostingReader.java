package uk.ras.rules.costing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Rates;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleSetReader;
import uk.ras.rules.internal.LocatedReader;

/**
 * Reads rate files into {@link Rates} and cost-plan files into {@link CostPlan}s (JSON, or YAML with the
 * same fields; documented in {@code docs/costing.md}), reporting <em>every</em> problem at once, each
 * located like a compiler error:
 *
 * <pre>{@code
 * CostingReader reader = CostingReader.create();
 * Rates rates = reader.readRates(Path.of("rates-2026.yaml"));
 * CostPlan plan = reader.readPlan(Path.of("elm-road-rota.yaml"));
 * // or, for a bad file, RuleFileException:
 * // rates-2026.yaml:12:19 versions[0].staff[0].buildUp.surplus: with the margin method ...
 * }</pre>
 *
 * <p>The same reading machinery and safety limits as {@link RuleSetReader}: the format is chosen by the
 * extension ({@code .json}, {@code .yaml}, {@code .yml}; otherwise text starting with '{' is JSON), YAML
 * aliases and tags are refused, duplicate keys are errors, and the file size ({@value
 * RuleSetReader#DEFAULT_MAX_FILE_BYTES} bytes), nesting depth and text length are limited. The core's
 * own limits ({@link uk.ras.costing.RateVersion}, {@link CostPlan}) are reported as located problems
 * like any other.
 *
 * <p>Immutable and thread-safe.
 */
public final class CostingReader {
  private final LocatedReader<Rates> rates;
  private final LocatedReader<CostPlan> plans;

  private CostingReader(LocatedReader<Rates> rates, LocatedReader<CostPlan> plans) {
    this.rates = rates;
    this.plans = plans;
  }

  /** {@return a reader with the same default limits as {@link RuleSetReader#create()}; never null} */
  public static CostingReader create() {
    return new CostingReader(
        LocatedReader.rates(
            RuleSetReader.DEFAULT_MAX_FILE_BYTES,
            RuleSetReader.DEFAULT_MAX_NESTING_DEPTH,
            RuleSetReader.DEFAULT_MAX_STRING_LENGTH),
        LocatedReader.plans(
            RuleSetReader.DEFAULT_MAX_FILE_BYTES,
            RuleSetReader.DEFAULT_MAX_NESTING_DEPTH,
            RuleSetReader.DEFAULT_MAX_STRING_LENGTH));
  }

  /**
   * Reads a rate file; the file's name (as given) is the source in problems.
   *
   * @param file not null
   * @return the rates, valid; never null
   * @throws RuleFileException listing every problem, if the file is not valid rates
   * @throws IOException if the file cannot be read (missing, unreadable)
   */
  public Rates readRates(Path file) throws IOException {
    return rates.read(file);
  }

  /**
   * Reads rate-file text.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param content not null
   * @return the rates, valid; never null
   * @throws RuleFileException listing every problem, if the text is not valid rates
   */
  public Rates readRates(String sourceName, String content) {
    return rates.read(sourceName, content);
  }

  /**
   * Reads a rate file from a stream, as UTF-8; does not close the stream.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param in not null
   * @return the rates, valid; never null
   * @throws RuleFileException listing every problem, if the content is not valid rates
   * @throws IOException if the stream cannot be read
   */
  public Rates readRates(String sourceName, InputStream in) throws IOException {
    return rates.read(sourceName, in);
  }

  /**
   * Reads a cost-plan file; the file's name (as given) is the source in problems.
   *
   * @param file not null
   * @return the plan, valid; never null
   * @throws RuleFileException listing every problem, if the file is not a valid plan
   * @throws IOException if the file cannot be read (missing, unreadable)
   */
  public CostPlan readPlan(Path file) throws IOException {
    return plans.read(file);
  }

  /**
   * Reads cost-plan text.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param content not null
   * @return the plan, valid; never null
   * @throws RuleFileException listing every problem, if the text is not a valid plan
   */
  public CostPlan readPlan(String sourceName, String content) {
    return plans.read(sourceName, content);
  }

  /**
   * Reads a cost-plan file from a stream, as UTF-8; does not close the stream.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param in not null
   * @return the plan, valid; never null
   * @throws RuleFileException listing every problem, if the content is not a valid plan
   * @throws IOException if the stream cannot be read
   */
  public CostPlan readPlan(String sourceName, InputStream in) throws IOException {
    return plans.read(sourceName, in);
  }
}
