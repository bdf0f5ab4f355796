package uk.ras.ruleset;

import java.util.Objects;

/**
 * Identifies a answer option by the id written in rule files and assessment files, such as {@code
 * hands_on}.
 * Immutable and thread-safe.
 *
 * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
 */
public record OptionId(String value) implements Comparable<OptionId> {
  /**
   * Checks the id.
   *
   * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public OptionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an answer option id must not be blank");
    }
  }

  /**
   * {@return the id for {@code value}; never null}
   *
   * @param value the id, not null, not blank; kept exactly as given
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static OptionId of(String value) {
    return new OptionId(value);
  }

  @Override
  public int compareTo(OptionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
