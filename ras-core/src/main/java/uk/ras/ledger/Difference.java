package uk.ras.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * One difference between an invoice and the ledger, with its reason: the invoice line (when there is
 * one), the ledger entry (when there is one), the amount invoiced and the ledger's price. Made by {@link
 * Reconciliation}. Immutable and thread-safe.
 */
public final class Difference {
  private final DifferenceKind kind;
  private final LocalDate date;
  private final InvoiceLine line;
  private final EntryId entry;
  private final Money invoiced;
  private final Money ledger;
  private final String reason;

  Difference(DifferenceKind kind, LocalDate date, InvoiceLine line, EntryId entry, Money invoiced, Money ledger, String reason) {
    this.kind = kind;
    this.date = date;
    this.line = line;
    this.entry = entry;
    this.invoiced = invoiced;
    this.ledger = ledger;
    this.reason = reason;
  }

  /** {@return what kind of difference; never null} */
  public DifferenceKind kind() {
    return kind;
  }

  /** {@return the visit's date; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the invoice line; empty for a visit not invoiced} */
  public Optional<InvoiceLine> line() {
    return Optional.ofNullable(line);
  }

  /** {@return the ledger entry; empty for a line with no visit in the ledger} */
  public Optional<EntryId> entry() {
    return Optional.ofNullable(entry);
  }

  /** {@return the amount invoiced; zero for a visit not invoiced; never null} */
  public Money invoiced() {
    return invoiced;
  }

  /** {@return the ledger's price; zero for a line with no visit in the ledger; never null} */
  public Money ledger() {
    return ledger;
  }

  /** {@return the reason in plain words; never null} */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Difference)) {
      return false;
    }
    Difference d = (Difference) o;
    return kind == d.kind && date.equals(d.date) && Objects.equals(line, d.line) && Objects.equals(entry, d.entry)
        && invoiced.equals(d.invoiced) && ledger.equals(d.ledger) && reason.equals(d.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, date, line, entry, invoiced, ledger, reason);
  }

  @Override
  public String toString() {
    return "Difference[kind=" + kind + ", date=" + date + ", line=" + (line == null ? "none" : line) + ", entry="
        + (entry == null ? "none" : entry) + ", invoiced=" + invoiced + ", ledger=" + ledger + ", reason=" + reason + "]";
  }
}
