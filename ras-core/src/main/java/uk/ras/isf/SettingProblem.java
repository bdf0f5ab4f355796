package uk.ras.isf;

import java.util.Objects;

/**
 * One problem with a setting: where it is, as a path in the setting-file format such as {@code
 * costs[2].usedBy[0]}, and what is wrong. Immutable and thread-safe.
 *
 * @param path the path of the offending field, not null; empty for the setting as a whole
 * @param message what is wrong and what was expected, not null
 */
public record SettingProblem(String path, String message) {
  /**
   * Checks that no component is null.
   *
   * @param path the path of the offending field, not null; empty for the setting as a whole
   * @param message what is wrong and what was expected, not null
   * @throws NullPointerException if a component is null
   */
  public SettingProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
