package uk.ras.ledger;

import java.time.LocalDate;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * One alert on a date: its kind, the amount it concerns (the overspend, the banked value, the unused
 * budget, the amount recoverable; zero for a review) and a message in plain words. Made by {@link Ledger#alerts}.
 * Immutable and thread-safe.
 */
public final class Alert {
  private final AlertKind kind;
  private final LocalDate date;
  private final Money amount;
  private final String message;

  Alert(AlertKind kind, LocalDate date, Money amount, String message) {
    this.kind = kind;
    this.date = date;
    this.amount = amount;
    this.message = message;
  }

  /** {@return the kind; never null} */
  public AlertKind kind() {
    return kind;
  }

  /** {@return the date checked; never null} */
  public LocalDate date() {
    return date;
  }

  /**
   * {@return the amount concerned: the overspend, the banked hours' value, the budget unused, or the
   * amount recoverable from a direct-payment surplus after liabilities (zero when they absorb it); zero
   * for a review due or overdue; never null}
   */
  public Money amount() {
    return amount;
  }

  /** {@return the alert in plain words, with how its amount was reached; never null} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Alert)) {
      return false;
    }
    Alert a = (Alert) o;
    return kind == a.kind && date.equals(a.date) && amount.equals(a.amount) && message.equals(a.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, date, amount, message);
  }

  @Override
  public String toString() {
    return "Alert[kind=" + kind + ", date=" + date + ", amount=" + amount + ", message=" + message + "]";
  }
}
