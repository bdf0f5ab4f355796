package uk.ras.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Rates;
import uk.ras.money.Money;

/**
 * What a person's ledger is kept under, declared: the person, the budget period (both days inclusive),
 * the weekly budget, the rates that price visits, the bank-holiday calendar and band rules, each
 * provider's cancellation notice period, the hospital-stay policy, and, when declared, the review rules of
 * the person's client group with the day their plan started, and the day of a first direct payment made
 * before the ledger. Immutable and thread-safe.
 *
 * <p><b>The period's budget</b> is {@code weekly x days / 7}, rounded to the penny with the rates'
 * mode (exact for whole weeks: 13 weeks of £100.00 is £1,300.00).
 */
public final class LedgerTerms {
  /** The longest budget period: two years of days. */
  public static final int MAX_DAYS = 731;

  private final PersonId person;
  private final LocalDate from;
  private final LocalDate to;
  private final Money weeklyBudget;
  private final Rates rates;
  private final BankHolidays calendar;
  private final BandRules bands;
  private final Map<String, Duration> notice;
  private final HospitalPolicy hospital;
  private final ReviewRules reviews;
  private final LocalDate planStart;
  private final LocalDate firstDirectPayment;

  private LedgerTerms(Builder b) {
    this.person = b.person;
    this.from = b.from;
    this.to = b.to;
    this.weeklyBudget = b.weeklyBudget;
    this.rates = b.rates;
    this.calendar = b.calendar;
    this.bands = b.bands;
    this.notice = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.notice));
    this.hospital = b.hospital;
    this.reviews = b.reviews;
    this.planStart = b.planStart;
    this.firstDirectPayment = b.firstDirectPayment;
  }

  /**
   * A builder of terms; the calendar, band rules, notice periods and hospital policy are set on it.
   *
   * @param person not null
   * @param from the first day of the budget period, not null
   * @param to the last day, not null, not before {@code from}, at most {@link #MAX_DAYS} days on
   * @param weeklyBudget not negative, not null
   * @param rates the rates that price visits, not null
   * @return the builder, never null
   * @throws IllegalArgumentException if the period is reversed or too long, or the budget negative
   */
  public static Builder builder(PersonId person, LocalDate from, LocalDate to, Money weeklyBudget, Rates rates) {
    return new Builder(person, from, to, weeklyBudget, rates);
  }

  /** {@return the person; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the first day of the budget period; never null} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day of the budget period (inclusive); never null} */
  public LocalDate to() {
    return to;
  }

  /** {@return the weekly budget; never null} */
  public Money weeklyBudget() {
    return weeklyBudget;
  }

  /** {@return the budget for the period: {@code weekly x days / 7}, rounded with the rates' mode; never null} */
  public Money budget() {
    // weekly x days is exact in pence; the one division by 7 rounds once.
    return weeklyBudget.multipliedBy(days()).dividedBy(BigDecimal.valueOf(7), rates.rounding());
  }

  /** {@return the days of the period, both ends counted} */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** {@return the rates; never null} */
  public Rates rates() {
    return rates;
  }

  /** {@return the bank-holiday calendar; never null} */
  public BankHolidays calendar() {
    return calendar;
  }

  /** {@return the band rules; never null} */
  public BandRules bands() {
    return bands;
  }

  /** {@return each provider's cancellation notice period, by provider; never null} */
  public Map<String, Duration> notice() {
    return notice;
  }

  /** {@return the hospital-stay policy; never null} */
  public HospitalPolicy hospital() {
    return hospital;
  }

  /** {@return the review rules of the person's client group; empty when none were declared (no reviews)} */
  public Optional<ReviewRules> reviews() {
    return Optional.ofNullable(reviews);
  }

  /** {@return the day the person's care plan started, declared with the review rules; empty without them} */
  public Optional<LocalDate> planStart() {
    return Optional.ofNullable(planStart);
  }

  /**
   * {@return the day of the person's first direct payment, when it was declared because it was paid before
   * this ledger (under an earlier budget); empty when not declared}
   */
  public Optional<LocalDate> firstDirectPayment() {
    return Optional.ofNullable(firstDirectPayment);
  }

  /**
   * {@return whether {@code date} is in the budget period}
   *
   * @param date not null
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LedgerTerms)) {
      return false;
    }
    LedgerTerms t = (LedgerTerms) o;
    return person.equals(t.person)
        && from.equals(t.from)
        && to.equals(t.to)
        && weeklyBudget.equals(t.weeklyBudget)
        && rates.equals(t.rates)
        && calendar.equals(t.calendar)
        && bands.equals(t.bands)
        && notice.equals(t.notice)
        && hospital.equals(t.hospital)
        && Objects.equals(reviews, t.reviews)
        && Objects.equals(planStart, t.planStart)
        && Objects.equals(firstDirectPayment, t.firstDirectPayment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, from, to, weeklyBudget, rates, calendar, bands, notice, hospital, reviews, planStart, firstDirectPayment);
  }

  @Override
  public String toString() {
    return "LedgerTerms[person=" + person + ", from=" + from + ", to=" + to + ", weeklyBudget=" + weeklyBudget
        + ", rates=" + rates.name() + ", calendar=" + calendar.name() + ", bands=" + bands + ", notice=" + notice
        + ", hospital=" + hospital + (reviews == null ? "" : ", reviews=" + reviews + ", planStart=" + planStart)
        + (firstDirectPayment == null ? "" : ", firstDirectPayment=" + firstDirectPayment) + "]";
  }

  /** Collects the terms. Not thread-safe; the terms it builds are. */
  public static final class Builder {
    private final PersonId person;
    private final LocalDate from;
    private final LocalDate to;
    private final Money weeklyBudget;
    private final Rates rates;
    private BankHolidays calendar;
    private BandRules bands = BandRules.of(Optional.empty(), Optional.empty(), Optional.empty());
    private final Map<String, Duration> notice = new LinkedHashMap<>();
    private HospitalPolicy hospital = HospitalPolicy.bank();
    private ReviewRules reviews;
    private LocalDate planStart;
    private LocalDate firstDirectPayment;

    private Builder(PersonId person, LocalDate from, LocalDate to, Money weeklyBudget, Rates rates) {
      this.person = Objects.requireNonNull(person, "person");
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      this.weeklyBudget = Objects.requireNonNull(weeklyBudget, "weeklyBudget");
      this.rates = Objects.requireNonNull(rates, "rates");
      if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
        throw new IllegalArgumentException(
            "a budget period must run forwards for at most " + MAX_DAYS + " days, was " + from + " to " + to);
      }
      if (weeklyBudget.isNegative() || weeklyBudget.isGreaterThan(Entry.MAX_AMOUNT)) {
        throw new IllegalArgumentException("a weekly budget must be from £0.00 to " + Entry.MAX_AMOUNT + ", was " + weeklyBudget);
      }
    }

    /**
     * Sets the bank-holiday calendar (required).
     *
     * @param calendar not null; must cover every year of the period
     * @return this builder, never null
     * @throws IllegalArgumentException if it does not cover the period's first or last day
     */
    public Builder calendar(BankHolidays calendar) {
      Objects.requireNonNull(calendar, "calendar");
      if (!calendar.covers(from) || !calendar.covers(to)) {
        throw new IllegalArgumentException(
            "the " + calendar.name() + " calendar covers " + calendar.firstYear() + " to " + calendar.lastYear()
                + ", not the whole period " + from + " to " + to);
      }
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets the band rules (default: every visit at the base rate).
     *
     * @param bands not null
     * @return this builder, never null
     */
    public Builder bands(BandRules bands) {
      this.bands = Objects.requireNonNull(bands, "bands");
      return this;
    }

    /**
     * Declares a provider's cancellation notice period, as its contract sets it (one day to two weeks
     * is usual). A cancellation of a provider without one is refused.
     *
     * @param provider not null, not blank
     * @param period zero to 28 days, not null
     * @return this builder, never null
     * @throws IllegalArgumentException if {@code provider} is blank or {@code period} out of range
     */
    public Builder notice(String provider, Duration period) {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(period, "period");
      if (provider.isBlank() || period.isNegative() || period.compareTo(Duration.ofDays(28)) > 0) {
        throw new IllegalArgumentException(
            "a notice period needs a provider and 0 to 28 days, was \"" + provider + "\" " + period);
      }
      notice.put(provider, period);
      return this;
    }

    /**
     * Sets the hospital-stay policy (default: {@link HospitalPolicy#bank()}).
     *
     * @param policy not null
     * @return this builder, never null
     */
    public Builder hospital(HospitalPolicy policy) {
      this.hospital = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Declares when the person's reviews fall due (optional; without it {@link Ledger#reviews} finds none):
     * the review rules of their client group, and the day their care plan started, from which the first
     * review is counted.
     *
     * @param rules not null
     * @param planStart the day the care plan started, not null; before the period or in it, not after it
     * @return this builder, never null
     * @throws IllegalArgumentException if {@code planStart} is after the period's last day
     */
    public Builder reviews(ReviewRules rules, LocalDate planStart) {
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(planStart, "planStart");
      if (planStart.isAfter(to)) {
        throw new IllegalArgumentException(
            "a plan starting on " + planStart + " is after the budget period " + from + " to " + to);
      }
      this.reviews = rules;
      this.planStart = planStart;
      return this;
    }

    /**
     * Declares the day of the person's first direct payment, when it was paid before this ledger, under an
     * earlier budget (optional). The direct-payment review (Care and Support (Direct Payments) Regulations
     * 2014, reg. 7) is counted from the first payment; without this, {@link Ledger#reviews} takes the first
     * {@link EntryKind#DIRECT_PAYMENT_RECEIPT} the ledger holds, which for a payment that began years ago
     * would put the review due months too late and leave out the reviews held since. With it, the earlier of
     * the two is the first payment.
     *
     * @param day the day of the first payment, not null, not after the period's last day
     * @return this builder, never null
     * @throws IllegalArgumentException if {@code day} is after the period's last day
     */
    public Builder firstDirectPayment(LocalDate day) {
      Objects.requireNonNull(day, "day");
      if (day.isAfter(to)) {
        throw new IllegalArgumentException(
            "a first direct payment on " + day + " is after the budget period " + from + " to " + to);
      }
      this.firstDirectPayment = day;
      return this;
    }

    /**
     * Returns the terms.
     *
     * @return the terms, never null
     * @throws IllegalStateException if no calendar was set
     */
    public LedgerTerms build() {
      if (calendar == null) {
        throw new IllegalStateException("ledger terms need a bank-holiday calendar");
      }
      return new LedgerTerms(this);
    }
  }
}
