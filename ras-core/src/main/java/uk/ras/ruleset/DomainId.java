package uk.ras.ruleset;

import java.util.Objects;

/**
 * Identifies a domain by the id written in rule files and assessment files, such as {@code
 * personal_care}.
 * Immutable and thread-safe.
 *
 * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
 */
public record DomainId(String value) implements Comparable<DomainId> {
  /**
   * Checks the id.
   *
   * @param value the id, not null and not blank; kept exactly as given (ids are case-sensitive)
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public DomainId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a domain id must not be blank");
    }
  }

  /**
   * {@return the id for {@code value}; never null}
   *
   * @param value the id, not null, not blank; kept exactly as given
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static DomainId of(String value) {
    return new DomainId(value);
  }

  @Override
  public int compareTo(DomainId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
