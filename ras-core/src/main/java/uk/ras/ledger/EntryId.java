package uk.ras.ledger;

import java.util.Objects;

/**
 * The stable identifier of a ledger entry, given by whoever records it (a store's key, an import's row
 * reference), so that a correction can name the entry it reverses and a store can persist and reload
 * the ledger unchanged.
 *
 * @param value the identifier, not null, not blank, at most 200 characters
 */
public record EntryId(String value) implements Comparable<EntryId> {
  /**
   * Checks the identifier.
   *
   * @param value the identifier, not null, not blank, at most 200 characters
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public EntryId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 200) {
      throw new IllegalArgumentException("an entry id must be 1 to 200 characters and not blank, was \"" + value + "\"");
    }
  }

  /**
   * An entry id.
   *
   * @param value the identifier, not null, not blank, at most 200 characters
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or too long
   */
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
