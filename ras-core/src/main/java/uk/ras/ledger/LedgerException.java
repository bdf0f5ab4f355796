package uk.ras.ledger;

import java.util.Optional;
import uk.ras.RasException;

/**
 * An entry or a change the ledger refuses, with the reason: reversing an unknown entry or one already
 * reversed, using more banked hours than are banked, an entry for another person or outside the budget
 * period, an id recorded twice with different contents, a budget reduced without a reassessment.
 */
public final class LedgerException extends RasException {
  private static final long serialVersionUID = 1L;

  /** The entry refused; null when the refusal concerns no entry. */
  private final EntryId entry;

  LedgerException(EntryId entry, String reason) {
    super(entry == null ? reason : "entry " + entry + " refused: " + reason);
    this.entry = entry;
  }

  /** {@return the entry refused; empty when the refusal concerns no one entry} */
  public Optional<EntryId> entry() {
    return Optional.ofNullable(entry);
  }
}
