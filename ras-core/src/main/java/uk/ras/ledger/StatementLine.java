package uk.ras.ledger;

import java.time.LocalDate;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * One line of a {@link Statement}: a charge in plain words, what it changed, and the running balances
 * after it. Immutable and thread-safe.
 */
public final class StatementLine {
  private final LocalDate date;
  private final EntryId entry;
  private final String description;
  private final Money amount;
  private final long bankedMinutes;
  private final Money directPayment;
  private final Money spentToDate;
  private final long bankedMinutesToDate;
  private final Money directPaymentHeldToDate;

  StatementLine(
      LocalDate date,
      EntryId entry,
      String description,
      Money amount,
      long bankedMinutes,
      Money directPayment,
      Money spentToDate,
      long bankedMinutesToDate,
      Money directPaymentHeldToDate) {
    this.date = date;
    this.entry = entry;
    this.description = description;
    this.amount = amount;
    this.bankedMinutes = bankedMinutes;
    this.directPayment = directPayment;
    this.spentToDate = spentToDate;
    this.bankedMinutesToDate = bankedMinutesToDate;
    this.directPaymentHeldToDate = directPaymentHeldToDate;
  }

  /** {@return the date; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the entry; never null} */
  public EntryId entry() {
    return entry;
  }

  /** {@return the line in plain words; never null} */
  public String description() {
    return description;
  }

  /** {@return the money spent; zero when none; never null} */
  public Money amount() {
    return amount;
  }

  /** {@return the minutes banked (positive) or used (negative)} */
  public long bankedMinutes() {
    return bankedMinutes;
  }

  /** {@return the money paid into (positive) or out of (negative) the direct-payment account; never null} */
  public Money directPayment() {
    return directPayment;
  }

  /** {@return the money spent in the period up to and including this line; never null} */
  public Money spentToDate() {
    return spentToDate;
  }

  /** {@return the minutes banked after this line} */
  public long bankedMinutesToDate() {
    return bankedMinutesToDate;
  }

  /** {@return the money held in the direct-payment account after this line; never null} */
  public Money directPaymentHeldToDate() {
    return directPaymentHeldToDate;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StatementLine)) {
      return false;
    }
    StatementLine l = (StatementLine) o;
    return date.equals(l.date)
        && entry.equals(l.entry)
        && description.equals(l.description)
        && amount.equals(l.amount)
        && bankedMinutes == l.bankedMinutes
        && directPayment.equals(l.directPayment)
        && spentToDate.equals(l.spentToDate)
        && bankedMinutesToDate == l.bankedMinutesToDate
        && directPaymentHeldToDate.equals(l.directPaymentHeldToDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, entry, description, amount, bankedMinutes, directPayment, spentToDate, bankedMinutesToDate, directPaymentHeldToDate);
  }

  @Override
  public String toString() {
    return "StatementLine[date=" + date + ", entry=" + entry + ", description=" + description + ", amount=" + amount
        + ", bankedMinutes=" + bankedMinutes + ", directPayment=" + directPayment + ", spentToDate=" + spentToDate
        + ", bankedMinutesToDate=" + bankedMinutesToDate + ", directPaymentHeldToDate=" + directPaymentHeldToDate + "]";
  }
}
