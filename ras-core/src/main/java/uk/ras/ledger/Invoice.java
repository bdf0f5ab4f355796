package uk.ras.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A provider's invoice: its number, the provider, the days it covers (both inclusive) and its lines,
 * possibly for several people. A plain value, as read from an invoice file. Immutable and thread-safe.
 */
public final class Invoice {
  /** The longest invoice number or provider name. */
  public static final int MAX_NAME = 90;

  private final String number;
  private final String provider;
  private final LocalDate from;
  private final LocalDate to;
  private final List<InvoiceLine> lines;

  private Invoice(String number, String provider, LocalDate from, LocalDate to, List<InvoiceLine> lines) {
    this.number = number;
    this.provider = provider;
    this.from = from;
    this.to = to;
    this.lines = lines;
  }

  /**
   * An invoice.
   *
   * @param number the provider's invoice number, not null, not blank, at most {@link #MAX_NAME} characters
   * @param provider not null, not blank, at most {@link #MAX_NAME} characters
   * @param from the first day covered, not null
   * @param to the last day covered, not null, not before {@code from}
   * @param lines not null, no nulls, in the invoice's order
   * @return the invoice, never null
   * @throws IllegalArgumentException if a name is blank or too long, the days are reversed, or a line
   *     falls outside them
   */
  public static Invoice of(String number, String provider, LocalDate from, LocalDate to, List<InvoiceLine> lines) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<InvoiceLine> copy = List.copyOf(lines);
    if (number.isBlank() || provider.isBlank() || number.length() > MAX_NAME || provider.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "an invoice needs a number and a provider of 1 to " + MAX_NAME + " characters, was \"" + number + "\", \"" + provider + "\"");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("an invoice's days run backwards: " + from + " to " + to);
    }
    for (int i = 0; i < copy.size(); i++) {
      LocalDate d = copy.get(i).date();
      if (d.isBefore(from) || d.isAfter(to)) {
        throw new IllegalArgumentException("invoice " + number + " line " + (i + 1) + " is dated " + d + ", outside " + from + " to " + to);
      }
    }
    return new Invoice(number, provider, from, to, copy);
  }

  /** {@return the invoice number; never null} */
  public String number() {
    return number;
  }

  /** {@return the provider; never null} */
  public String provider() {
    return provider;
  }

  /** {@return the first day covered; never null} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day covered; never null} */
  public LocalDate to() {
    return to;
  }

  /** {@return the lines, in the invoice's order; never null} */
  public List<InvoiceLine> lines() {
    return lines;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Invoice)) {
      return false;
    }
    Invoice i = (Invoice) o;
    return number.equals(i.number) && provider.equals(i.provider) && from.equals(i.from) && to.equals(i.to) && lines.equals(i.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, provider, from, to, lines);
  }

  @Override
  public String toString() {
    return "Invoice[number=" + number + ", provider=" + provider + ", from=" + from + ", to=" + to + ", lines=" + lines + "]";
  }
}
