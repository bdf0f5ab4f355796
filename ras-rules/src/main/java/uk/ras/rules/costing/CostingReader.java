package uk.ras.rules.costing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Rates;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleSetReader;
import uk.ras.rules.internal.CostingFileParser;

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
  private final CostingFileParser parser;

  private CostingReader(CostingFileParser parser) {
    this.parser = parser;
  }

  /** {@return a reader with the same default limits as {@link RuleSetReader#create()}; never null} */
  public static CostingReader create() {
    return new CostingReader(
        new CostingFileParser(
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
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    return orThrow(parser.rates(file.toString(), readBounded(file, size), size));
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
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    return orThrow(parser.rates(sourceName, content));
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
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(in, "in");
    byte[] bytes = readBounded(in);
    return orThrow(parser.rates(sourceName, bytes, bytes.length));
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
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    return orThrow(parser.plan(file.toString(), readBounded(file, size), size));
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
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    return orThrow(parser.plan(sourceName, content));
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
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(in, "in");
    byte[] bytes = readBounded(in);
    return orThrow(parser.plan(sourceName, bytes, bytes.length));
  }

  private byte[] readBounded(Path file, long size) throws IOException {
    if (size > parser.maxFileBytes()) {
      // Refuse before reading: a limit that needs the whole file in memory protects nothing.
      return new byte[0];
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in);
    }
  }

  private byte[] readBounded(InputStream in) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, parser.maxFileBytes() + 1));
  }

  private static <T> T orThrow(CostingFileParser.Result<T> result) {
    if (!result.problems().isEmpty()) {
      throw new RuleFileException(result.problems());
    }
    return result.value().orElseThrow();
  }
}
