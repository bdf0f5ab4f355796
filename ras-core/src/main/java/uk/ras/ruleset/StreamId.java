package uk.ras.ruleset;

import java.util.Objects;

/**
 * Identifies a funding stream by the id written in rule files, such as {@code social_care}. Immutable and
 * thread-safe.
 *
 * @param value the id, not null and not blank
 */
public record StreamId(String value) implements Comparable<StreamId> {
  /**
   * Checks the id.
   *
   * @param value the id, not null and not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public StreamId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a stream id must not be blank");
    }
  }

  /**
   * {@return the id for {@code value}; never null}
   *
   * @param value the id, not null, not blank; kept exactly as given
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static StreamId of(String value) {
    return new StreamId(value);
  }

  @Override
  public int compareTo(StreamId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
