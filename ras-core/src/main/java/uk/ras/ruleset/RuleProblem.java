package uk.ras.ruleset;

import java.util.Objects;

/**
 * One problem with a rule set: where it is, as a path in the rule-file schema such as {@code
 * pricing.bands[3].from}, and what is wrong. Immutable and thread-safe.
 *
 * @param path the path of the offending field, not null; empty for the whole rule set
 * @param message what is wrong and what was expected, not null
 */
public record RuleProblem(String path, String message) {
  /**
   * Checks that no component is null.
   *
   * @param path the path of the offending field, not null; empty for the whole rule set
   * @param message what is wrong and what was expected, not null
   * @throws NullPointerException if a component is null
   */
  public RuleProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
