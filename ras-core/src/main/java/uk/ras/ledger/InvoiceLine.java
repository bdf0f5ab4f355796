package uk.ras.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One visit a provider invoices: the person, the date, the start and end (to the minute), the staff
 * type and the amount. A plain value, as read from an invoice file or made by {@link
 * Ledger#invoiceLines}. Immutable and thread-safe.
 */
public final class InvoiceLine {
  private final PersonId person;
  private final LocalDate date;
  private final LocalTime start;
  private final LocalTime end;
  private final String staffType;
  private final Money amount;

  private InvoiceLine(PersonId person, LocalDate date, LocalTime start, LocalTime end, String staffType, Money amount) {
    this.person = person;
    this.date = date;
    this.start = start;
    this.end = end;
    this.staffType = staffType;
    this.amount = amount;
  }

  /**
   * An invoice line.
   *
   * @param person not null
   * @param date not null
   * @param start not null; seconds are dropped
   * @param end not null, not equal to {@code start}, before it for a visit that ends the next day;
   *     seconds are dropped
   * @param staffType not null, not blank
   * @param amount not negative, not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code end} equals {@code start}, {@code staffType} is blank or
   *     {@code amount} negative
   */
  public static InvoiceLine of(
      PersonId person, LocalDate date, LocalTime start, LocalTime end, String staffType, Money amount) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(date, "date");
    LocalTime s = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.MINUTES);
    LocalTime e = Objects.requireNonNull(end, "end").truncatedTo(ChronoUnit.MINUTES);
    Objects.requireNonNull(staffType, "staffType");
    Objects.requireNonNull(amount, "amount");
    if (e.equals(s) || staffType.isBlank() || amount.isNegative()) {
      throw new IllegalArgumentException(
          "an invoice line needs an end other than its start, a staff type and an amount not negative, was " + s + " to " + e
              + ", \"" + staffType + "\", " + amount);
    }
    return new InvoiceLine(person, date, s, e, staffType, amount);
  }

  /** {@return the person; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the date; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the start; never null} */
  public LocalTime start() {
    return start;
  }

  /** {@return the end; never null} */
  public LocalTime end() {
    return end;
  }

  /** {@return the staff type; never null} */
  public String staffType() {
    return staffType;
  }

  /** {@return the amount invoiced; never null} */
  public Money amount() {
    return amount;
  }

  /**
   * This line with another start and end, as an altered copy for a test or a correction.
   *
   * @param newStart not null
   * @param newEnd not null, after {@code newStart}
   * @return the line, never null
   * @throws IllegalArgumentException if {@code newEnd} is not after {@code newStart}
   */
  public InvoiceLine withTimes(LocalTime newStart, LocalTime newEnd) {
    return of(person, date, newStart, newEnd, staffType, amount);
  }

  /**
   * This line with another amount.
   *
   * @param newAmount not negative, not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code newAmount} is negative
   */
  public InvoiceLine withAmount(Money newAmount) {
    return of(person, date, start, end, staffType, newAmount);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InvoiceLine)) {
      return false;
    }
    InvoiceLine l = (InvoiceLine) o;
    return person.equals(l.person) && date.equals(l.date) && start.equals(l.start) && end.equals(l.end)
        && staffType.equals(l.staffType) && amount.equals(l.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, date, start, end, staffType, amount);
  }

  @Override
  public String toString() {
    return "InvoiceLine[person=" + person + ", date=" + date + ", start=" + start + ", end=" + end + ", staffType="
        + staffType + ", amount=" + amount + "]";
  }
}
