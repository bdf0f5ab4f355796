package uk.ras.ruleset;

import java.util.Objects;

/**
 * Identifies a question by the id written in rule files and assessment files, such as {@code
 * pc_wash}.
 * Immutable and thread-safe.
 *
 * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
 */
public record QuestionId(String value) implements Comparable<QuestionId> {
  /**
   * Checks the id.
   *
   * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public QuestionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a question id must not be blank");
    }
  }

  /**
   * {@return the id for {@code value}; never null}
   *
   * @param value the id, not null, not blank; kept exactly as given
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static QuestionId of(String value) {
    return new QuestionId(value);
  }

  @Override
  public int compareTo(QuestionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
