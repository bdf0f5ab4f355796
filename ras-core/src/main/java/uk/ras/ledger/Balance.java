package uk.ras.ledger;

import java.time.LocalDate;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * A person's balances at the end of a date: the budget for the period; what is spent (every charge up
 * to and including the date); what is committed (planned visits after the date to the period's end,
 * less those in a hospital stay or cancelled without charge); the minutes banked and their value (at
 * the base hourly rate of each staff type in force on the date); and what remains:
 * {@code remaining = budget - spent - committed - banked value}, negative when the plan overspends. The
 * money held in the direct-payment account is reported beside them. Made by {@link Ledger#balanceOn}.
 * Immutable and thread-safe.
 */
public final class Balance {
  private final LocalDate date;
  private final Money budget;
  private final Money spent;
  private final Money committed;
  private final long bankedMinutes;
  private final Money bankedValue;
  private final Money directPaymentHeld;

  Balance(
      LocalDate date,
      Money budget,
      Money spent,
      Money committed,
      long bankedMinutes,
      Money bankedValue,
      Money directPaymentHeld) {
    this.date = date;
    this.budget = budget;
    this.spent = spent;
    this.committed = committed;
    this.bankedMinutes = bankedMinutes;
    this.bankedValue = bankedValue;
    this.directPaymentHeld = directPaymentHeld;
  }

  /** {@return the date; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the budget for the whole period; never null} */
  public Money budget() {
    return budget;
  }

  /** {@return what was spent up to and including the date; never null} */
  public Money spent() {
    return spent;
  }

  /** {@return the planned support still to come after the date, priced; never null} */
  public Money committed() {
    return committed;
  }

  /** {@return the minutes banked and not yet used, never negative} */
  public long bankedMinutes() {
    return bankedMinutes;
  }

  /** {@return the value of the banked minutes; never null} */
  public Money bankedValue() {
    return bankedValue;
  }

  /** {@return {@code budget - spent - committed - banked value}; negative for a projected overspend; never null} */
  public Money remaining() {
    return budget.minus(spent).minus(committed).minus(bankedValue);
  }

  /** {@return the money in the direct-payment account: receipts less spending; never null} */
  public Money directPaymentHeld() {
    return directPaymentHeld;
  }

  /** {@return the balances in one line of plain words; never null} */
  public String explanation() {
    return "On "
        + date
        + ": budget "
        + budget
        + " - spent "
        + spent
        + " - committed "
        + committed
        + " - banked "
        + Ledger.hours(bankedMinutes)
        + " worth "
        + bankedValue
        + " = remaining "
        + remaining()
        + "; direct-payment account holds "
        + directPaymentHeld
        + ".";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Balance)) {
      return false;
    }
    Balance b = (Balance) o;
    return date.equals(b.date)
        && budget.equals(b.budget)
        && spent.equals(b.spent)
        && committed.equals(b.committed)
        && bankedMinutes == b.bankedMinutes
        && bankedValue.equals(b.bankedValue)
        && directPaymentHeld.equals(b.directPaymentHeld);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, budget, spent, committed, bankedMinutes, bankedValue, directPaymentHeld);
  }

  @Override
  public String toString() {
    return "Balance[date="
        + date
        + ", budget="
        + budget
        + ", spent="
        + spent
        + ", committed="
        + committed
        + ", bankedMinutes="
        + bankedMinutes
        + ", bankedValue="
        + bankedValue
        + ", directPaymentHeld="
        + directPaymentHeld
        + "]";
  }
}
