package uk.ras.costing;

import java.util.Objects;

/**
 * One problem with a rate file's content or a cost plan: where it is, as a path in the file format such
 * as {@code versions[0].staff[1].buildUp.surplus} or {@code lines[3].staff}, and what is wrong.
 * Immutable and thread-safe.
 *
 * @param path the path of the offending field, not null; empty for the whole
 * @param message what is wrong and what was expected, not null
 */
public record CostingProblem(String path, String message) {
  /**
   * Checks that no component is null.
   *
   * @param path the path of the offending field, not null; empty for the whole
   * @param message what is wrong and what was expected, not null
   * @throws NullPointerException if a component is null
   */
  public CostingProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
