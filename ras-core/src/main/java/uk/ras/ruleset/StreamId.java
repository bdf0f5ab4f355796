package uk.ras.ruleset;

import java.util.Objects;

/**
 * Identifies a funding stream by the id written in rule files, such as {@code social_care}. Immutable and
 * thread-safe.
 *
 * @param value the id, not null and not blank
 */
public record StreamId(String value) implements Comparable<StreamId> {
  public StreamId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a stream id must not be blank");
    }
  }

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
