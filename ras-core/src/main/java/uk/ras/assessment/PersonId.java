package uk.ras.assessment;

import java.util.Objects;

/**
 * Identifies a person by the id written in rule files and assessment files, such as {@code
 * P0001}.
 * Immutable and thread-safe.
 *
 * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
 */
public record PersonId(String value) implements Comparable<PersonId> {
  /**
   * Checks the id.
   *
   * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public PersonId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a person id must not be blank");
    }
  }

  /**
   * {@return the id for {@code value}; never null}
   *
   * @param value the id, not null, not blank; kept exactly as given
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
