package uk.ras.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.rules.internal.LocatedReader;
import uk.ras.ruleset.RuleSet;

/**
 * Reads rule files (YAML or JSON, one schema, documented in {@code docs/rule-file.md}) into valid
 * {@link RuleSet}s, or reports <em>every</em> problem at once, each located by file, line and column:
 *
 * <pre>{@code
 * RuleSet rules = RuleSetReader.create().read(Path.of("rules/northshire-mh-2026.yaml"));
 * }</pre>
 *
 * <p>A rule set returned has passed {@link uk.ras.ruleset.RuleSetValidator}: it compiles. The format is
 * chosen by the file name's extension ({@code .yaml}, {@code .yml}, {@code .json}); for another name, text
 * starting with '{' is read as JSON and anything else as YAML.
 *
 * <p>Files may come from people outside the council: reading never constructs a Java type named by the
 * file (YAML tags are refused), YAML aliases are refused (so an alias bomb costs nothing), and the file
 * size, nesting depth and text length are limited (see {@link Builder}).
 *
 * <p>Immutable and thread-safe: one reader can serve every thread.
 */
public final class RuleSetReader {
  /** 5 MB: the largest real rule set we know of is under 100 KB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

  /** A rule file nests 6 levels at most (pricing.bands[0].weekly); 32 leaves room and stops abuse. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Question texts are sentences; 10,000 characters is generous. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;

  private final LocatedReader<RuleSet> reader;

  private RuleSetReader(LocatedReader<RuleSet> reader) {
    this.reader = reader;
  }

  /** {@return a reader with the default limits; never null} */
  public static RuleSetReader create() {
    return builder().build();
  }

  /** {@return a builder to set the limits, starting from the defaults; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads and validates a rule file; the file's name (as given) is the source in problems.
   *
   * @param file not null
   * @return the rule set, valid; never null
   * @throws RuleFileException listing every problem, if the file is not a valid rule set
   * @throws IOException if the file cannot be read (missing, unreadable)
   */
  public RuleSet read(Path file) throws IOException {
    return reader.read(file);
  }

  /**
   * Reads and validates rule-file text.
   *
   * @param sourceName the name shown in problems, such as "council.yaml", not null; its extension
   *     chooses the format
   * @param content the file's text, not null
   * @return the rule set, valid; never null
   * @throws RuleFileException listing every problem, if the text is not a valid rule set
   */
  public RuleSet read(String sourceName, String content) {
    return reader.read(sourceName, content);
  }

  /**
   * Reads and validates a rule file from a stream, as UTF-8. Reads at most one byte more than the size
   * limit; does not close the stream.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param in not null
   * @return the rule set, valid; never null
   * @throws RuleFileException listing every problem, if the content is not a valid rule set
   * @throws IOException if the stream cannot be read
   */
  public RuleSet read(String sourceName, InputStream in) throws IOException {
    return reader.read(sourceName, in);
  }

  /**
   * Reads several rule files, such as one per financial year, into a registry that finds the rules in
   * force on a date. Problems of all the files are reported together, and so are two files taking
   * effect on the same date.
   *
   * @param files not null, not empty
   * @return the registry, never null
   * @throws RuleFileException listing every problem of every file
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public RuleSetRegistry readRegistry(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a registry needs at least one rule file");
    }
    List<RuleFileProblem> problems = new ArrayList<>();
    List<Calculator> calculators = new ArrayList<>();
    Map<java.time.LocalDate, String> sourceByDate = new HashMap<>();
    for (Path file : files) {
      LocatedReader.Parsed<RuleSet> result = reader.parse(file);
      problems.addAll(result.problems());
      if (result.value().isPresent()) {
        RuleSet rules = result.value().get();
        String earlier = sourceByDate.putIfAbsent(rules.effectiveFrom(), file.toString());
        if (earlier != null) {
          problems.add(
              result.problemAt(
                  "effectiveFrom",
                  rules.effectiveFrom()
                      + " is also the effective date of "
                      + earlier
                      + "; each version needs its own date"));
        } else {
          calculators.add(Calculator.compile(rules));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleFileException(problems);
    }
    return RuleSetRegistry.of(calculators);
  }

  /** Sets a reader's limits; each has a default. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * The largest file accepted, in bytes. Default {@value #DEFAULT_MAX_FILE_BYTES}.
     *
     * @param bytes from 1 to {@code Integer.MAX_VALUE - 8}
     * @return this builder, never null
     * @throws IllegalArgumentException if not positive, or above {@code Integer.MAX_VALUE - 8}
     */
    public Builder maxFileBytes(long bytes) {
      if (bytes <= 0 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxFileBytes must be from 1 to " + (Integer.MAX_VALUE - 8) + ": " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /**
     * The deepest nesting of lists and mappings accepted. Default {@value #DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param depth from 8 to 1000
     * @return this builder, never null
     * @throws IllegalArgumentException if less than 8 (a valid rule file needs 6) or more than 1000
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 8 || depth > 1000) {
        throw new IllegalArgumentException("maxNestingDepth must be from 8 to 1000: " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * The longest text value accepted, in characters. Default {@value #DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param length 100 or more
     * @return this builder, never null
     * @throws IllegalArgumentException if less than 100
     */
    public Builder maxStringLength(int length) {
      if (length < 100) {
        throw new IllegalArgumentException("maxStringLength must be at least 100: " + length);
      }
      this.maxStringLength = length;
      return this;
    }

    /** {@return a reader with the limits set so far; never null} */
    public RuleSetReader build() {
      return new RuleSetReader(LocatedReader.ruleSets(maxFileBytes, maxNestingDepth, maxStringLength));
    }
  }
}
