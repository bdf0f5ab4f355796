package uk.ras.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * Declared thresholds of the alerts a ledger raises on a date. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link AlertKind#PROJECTED_OVERSPEND}: {@code spent + committed + banked value > budget}; the
 *       amount is the excess.
 *   <li>{@link AlertKind#BANKED_ABOVE_LIMIT}: more minutes banked than {@code bankedMinutesLimit}; the
 *       amount is their value.
 *   <li>{@link AlertKind#MONEY_UNUSED}: nothing spent in the {@code unusedWeeks} weeks up to the date
 *       (checked once the period has run that long); the amount is {@code weekly budget x weeks}.
 *   <li>{@link AlertKind#DIRECT_PAYMENT_SURPLUS}: the direct-payment account holds more than {@code
 *       surplusWeeks} weeks' budget (8 is common); the amount is what could be recovered, with notice:
 *       {@code held - liabilities - weeks x weekly budget}, or zero when the liabilities absorb it.
 *   <li>{@link AlertKind#REVIEW_DUE} and {@link AlertKind#REVIEW_OVERDUE}: a review of {@link
 *       Ledger#reviews} that is {@link ReviewStatus#DUE} or {@link ReviewStatus#OVERDUE} on the date;
 *       the amount is zero. These need no threshold: the review rules are the terms'.
 * </ul>
 */
public final class AlertRules {
  /** The most weeks a threshold may declare. */
  public static final int MAX_WEEKS = 104;

  private final long bankedMinutesLimit;
  private final int unusedWeeks;
  private final int surplusWeeks;

  private AlertRules(long bankedMinutesLimit, int unusedWeeks, int surplusWeeks) {
    this.bankedMinutesLimit = bankedMinutesLimit;
    this.unusedWeeks = unusedWeeks;
    this.surplusWeeks = surplusWeeks;
  }

  /**
   * Thresholds.
   *
   * @param bankedMinutesLimit the most minutes that may be banked without an alert, 0 to {@link Entry#MAX_MINUTES}
   * @param unusedWeeks 1 to {@link #MAX_WEEKS}
   * @param surplusWeeks 1 to {@link #MAX_WEEKS}, such as 8
   * @return the rules, never null
   * @throws IllegalArgumentException if any is out of range
   */
  public static AlertRules of(long bankedMinutesLimit, int unusedWeeks, int surplusWeeks) {
    if (bankedMinutesLimit < 0 || bankedMinutesLimit > Entry.MAX_MINUTES || unusedWeeks < 1 || unusedWeeks > MAX_WEEKS
        || surplusWeeks < 1 || surplusWeeks > MAX_WEEKS) {
      throw new IllegalArgumentException("alert thresholds out of range: banked minutes " + bankedMinutesLimit
          + " (0 to " + Entry.MAX_MINUTES + "), unused weeks " + unusedWeeks + " and surplus weeks " + surplusWeeks
          + " (1 to " + MAX_WEEKS + ")");
    }
    return new AlertRules(bankedMinutesLimit, unusedWeeks, surplusWeeks);
  }

  /** {@return the most minutes that may be banked without an alert} */
  public long bankedMinutesLimit() {
    return bankedMinutesLimit;
  }

  /** {@return the weeks without spending that raise an alert} */
  public int unusedWeeks() {
    return unusedWeeks;
  }

  /** {@return the weeks of budget a direct-payment account may hold without an alert} */
  public int surplusWeeks() {
    return surplusWeeks;
  }

  List<Alert> check(Ledger ledger, LocalDate date, Money liabilities) {
    if (liabilities.isNegative()) {
      throw new IllegalArgumentException("liabilities must not be negative, were " + liabilities);
    }
    Balance b = ledger.balanceOn(date);
    Money weekly = ledger.terms().weeklyBudget();
    List<Alert> out = new ArrayList<>();
    if (b.remaining().isNegative()) {
      out.add(new Alert(AlertKind.PROJECTED_OVERSPEND, date, b.remaining().negated(),
          "projected overspend of " + b.remaining().negated() + ": spent " + b.spent() + " + committed " + b.committed()
              + " + banked " + b.bankedValue() + " exceeds the budget " + b.budget()));
    }
    if (b.bankedMinutes() > bankedMinutesLimit) {
      out.add(new Alert(AlertKind.BANKED_ABOVE_LIMIT, date, b.bankedValue(),
          Ledger.hours(b.bankedMinutes()) + " banked, worth " + b.bankedValue() + ", above the limit of "
              + Ledger.hours(bankedMinutesLimit)));
    }
    LocalDate since = date.minusWeeks(unusedWeeks);
    if (!since.plusDays(1).isBefore(ledger.terms().from()) && !weekly.isZero()) {
      boolean spent = false;
      for (Charge c : ledger.charges()) {
        if (c.date().isAfter(since) && !c.date().isAfter(date) && !c.amount().isZero()) {
          spent = true;
        }
      }
      if (!spent) {
        Money unused = weekly.multipliedBy(unusedWeeks);
        out.add(new Alert(AlertKind.MONEY_UNUSED, date, unused,
            "nothing spent in the " + unusedWeeks + " weeks from " + since.plusDays(1) + " to " + date + ": "
                + unusedWeeks + " x " + weekly + " = " + unused + " unused"));
      }
    }
    Money allowed = weekly.multipliedBy(surplusWeeks);
    if (b.directPaymentHeld().isGreaterThan(allowed)) {
      Money recoverable = Money.max(Money.zero(), b.directPaymentHeld().minus(liabilities).minus(allowed));
      out.add(new Alert(AlertKind.DIRECT_PAYMENT_SURPLUS, date, recoverable,
          "the direct-payment account holds " + b.directPaymentHeld() + ", more than " + surplusWeeks + " weeks' budget ("
              + surplusWeeks + " x " + weekly + " = " + allowed + "); recoverable with notice: " + b.directPaymentHeld()
              + " - liabilities " + liabilities + " - " + allowed + " = "
              + b.directPaymentHeld().minus(liabilities).minus(allowed)
              + (recoverable.isZero() ? ", nothing: the liabilities absorb the surplus" : "")));
    }
    List<ReviewDue> reviews = ledger.reviews(date);
    for (ReviewStatus status : List.of(ReviewStatus.DUE, ReviewStatus.OVERDUE)) {
      for (ReviewDue r : reviews) {
        if (r.status() == status) {
          out.add(new Alert(status == ReviewStatus.DUE ? AlertKind.REVIEW_DUE : AlertKind.REVIEW_OVERDUE, date, Money.zero(),
              r.review() + (status == ReviewStatus.DUE ? " due on " : " overdue: it was due on ") + r.dueOn() + " ("
                  + r.reason() + ")"));
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AlertRules)) {
      return false;
    }
    AlertRules r = (AlertRules) o;
    return bankedMinutesLimit == r.bankedMinutesLimit && unusedWeeks == r.unusedWeeks && surplusWeeks == r.surplusWeeks;
  }

  @Override
  public int hashCode() {
    return Objects.hash(bankedMinutesLimit, unusedWeeks, surplusWeeks);
  }

  @Override
  public String toString() {
    return "AlertRules[bankedMinutesLimit=" + bankedMinutesLimit + ", unusedWeeks=" + unusedWeeks + ", surplusWeeks=" + surplusWeeks + "]";
  }
}
