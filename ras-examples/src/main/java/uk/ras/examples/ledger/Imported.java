package uk.ras.examples.ledger;

import java.util.List;
import java.util.Objects;
import uk.ras.ledger.Entry;

/**
 * What {@link LedgerStore#importAll} did: how many entries it wrote, how many were already stored
 * (identical, so skipped), and the entries it refused, each with the reason. Immutable.
 */
final class Imported {
  private final int written;
  private final int alreadyStored;
  private final List<Refused> refused;

  Imported(int written, int alreadyStored, List<Refused> refused) {
    this.written = written;
    this.alreadyStored = alreadyStored;
    this.refused = List.copyOf(refused);
  }

  /** {@return how many entries were written} */
  int written() {
    return written;
  }

  /** {@return how many entries given were already stored, identical, and skipped} */
  int alreadyStored() {
    return alreadyStored;
  }

  /** {@return the entries refused and left out, with their reasons, person by person in id order} */
  List<Refused> refused() {
    return refused;
  }

  @Override
  public String toString() {
    return "Imported[written " + written + ", already stored " + alreadyStored + ", refused " + refused.size() + "]";
  }

  /**
   * An entry the store left out and why: the ledger's refusal ("entry v9 refused: ..."), which names the
   * entry.
   *
   * @param entry the entry refused
   * @param reason the reason, in words, naming the entry
   */
  record Refused(Entry entry, String reason) {
    Refused {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
