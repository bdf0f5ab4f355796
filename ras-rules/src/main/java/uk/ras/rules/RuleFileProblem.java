package uk.ras.rules;

import java.util.Objects;

/**
 * One problem in a rule file, located like a compiler error: {@code council.yaml:42:7
 * pricing.bands[3].from: the first band starts at 5; expected 0}. Immutable and thread-safe.
 *
 * @param source the file name as the caller gave it (a path or a label), not null
 * @param line the 1-based line of the offending node; 1 for problems with the file as a whole
 * @param column the 1-based column of the offending node; 1 for problems with the file as a whole
 * @param path where the problem is in the rule-file schema, such as {@code pricing.bands[3].from}, not
 *     null; empty for the file as a whole
 * @param message what is wrong and what was expected, not null
 */
public record RuleFileProblem(String source, int line, int column, String path, String message) {
  /**
   * Checks the problem.
   *
   * @param source the file name as the caller gave it (a path or a label), not null
   * @param line the 1-based line of the offending node; 1 for problems with the file as a whole
   * @param column the 1-based column of the offending node; 1 for problems with the file as a whole
   * @param path where the problem is in the rule-file schema, such as {@code pricing.bands[3].from}, not
   *     null; empty for the file as a whole
   * @param message what is wrong and what was expected, not null
   * @throws NullPointerException if {@code source}, {@code path} or {@code message} is null
   * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
   */
  public RuleFileProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** {@code source:line:column path: message}, or {@code source:line:column message} without a path. */
  @Override
  public String toString() {
    String where = source + ":" + line + ":" + column + " ";
    return path.isEmpty() ? where + message : where + path + ": " + message;
  }
}
