package uk.ras.ledger;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One entry of a person's ledger: a plain, immutable value with a stable {@link EntryId}, so that a store
 * can persist it field by field and reload it unchanged. An entry is never edited or deleted: a
 * correction is a new {@link EntryKind#REVERSAL} entry naming the entry it reverses. Made by one factory
 * per kind; each factory checks what a caller can get wrong in a single entry (an end equal to its
 * start, a blank provider), while what depends on the rest of the ledger (an unknown staff type, more banked
 * minutes used than banked) is checked by {@link Ledger}. Immutable and thread-safe.
 *
 * <p>Times are local clock times of the visit's date. A visit whose end is before its start runs past
 * midnight and ends the next day (23:00 to 01:00 is two hours); it belongs to the date it starts on and
 * is priced whole in the band of its start, as the cost-based budget prices a waking night in one band.
 */
public final class Entry {
  /** The most minutes one banked entry may bank or use: a year of every hour. */
  public static final long MAX_MINUTES = 366L * 24 * 60;

  /** The most miles one mileage entry may charge. */
  public static final BigDecimal MAX_MILES = BigDecimal.valueOf(10_000);

  /** The largest amount of one entry: £10,000,000.00. */
  public static final Money MAX_AMOUNT = Money.ofPence(1_000_000_000L);

  private final EntryId id;
  private final EntryKind kind;
  private final PersonId person;
  private final LocalDate date;
  private final LocalDate until;
  private final DayOfWeek day;
  private final LocalTime start;
  private final LocalTime end;
  private final String provider;
  private final String staffType;
  private final CancelledBy cancelledBy;
  private final LocalDateTime notified;
  private final long minutes;
  private final BigDecimal miles;
  private final Money amount;
  private final EntryId reverses;
  private final ReviewKind reviewKind;
  private final String note;

  private Entry(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.kind = b.kind;
    this.person = Objects.requireNonNull(b.person, "person");
    this.date = Objects.requireNonNull(b.date, "date");
    this.until = b.until;
    this.day = b.day;
    this.start = b.start;
    this.end = b.end;
    this.provider = b.provider;
    this.staffType = b.staffType;
    this.cancelledBy = b.cancelledBy;
    this.notified = b.notified;
    this.minutes = b.minutes;
    this.miles = b.miles;
    this.amount = b.amount;
    this.reverses = b.reverses;
    this.reviewKind = b.reviewKind;
    this.note = b.note == null ? "" : b.note;
  }

  /**
   * Planned support: a weekly visit on {@code day} from {@code start} to {@code end}, from {@code from}
   * until {@code until} (both inclusive; the end of the budget period when empty).
   *
   * @param id not null
   * @param person not null
   * @param from the first day the pattern applies, not null
   * @param until the last day it applies, not null; empty for the end of the budget period
   * @param day the day of the week of the visit, not null
   * @param start not null
   * @param end not null, not equal to {@code start}; before it for a visit that ends the next day
   * @param provider not null, not blank
   * @param staffType one of the rates' staff types, not null, not blank
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code end} equals {@code start}, {@code until} is before
   *     {@code from}, or a name is blank
   */
  public static Entry planned(
      EntryId id,
      PersonId person,
      LocalDate from,
      Optional<LocalDate> until,
      DayOfWeek day,
      LocalTime start,
      LocalTime end,
      String provider,
      String staffType) {
    Builder b = new Builder(id, EntryKind.PLANNED, person, from).times(start, end).who(provider, staffType);
    b.day = Objects.requireNonNull(day, "day");
    b.until = Objects.requireNonNull(until, "until").orElse(null);
    if (b.until != null && b.until.isBefore(from)) {
      throw new IllegalArgumentException("planned support until " + b.until + " is before its start " + from);
    }
    return new Entry(b);
  }

  /**
   * A visit delivered.
   *
   * @param id not null
   * @param person not null
   * @param date not null
   * @param start not null
   * @param end not null, not equal to {@code start}; before it for a visit that ends the next day
   * @param provider not null, not blank
   * @param staffType one of the rates' staff types, not null, not blank
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code end} equals {@code start} or a name is blank
   */
  public static Entry visit(
      EntryId id, PersonId person, LocalDate date, LocalTime start, LocalTime end, String provider, String staffType) {
    return new Entry(new Builder(id, EntryKind.VISIT, person, date).times(start, end).who(provider, staffType));
  }

  /**
   * A planned visit cancelled. Cancelled by the person and notified less than the provider's declared
   * notice period before the visit's start, it is charged at the visit's price; otherwise it is not.
   *
   * @param id not null
   * @param person not null
   * @param date the visit's date, not null
   * @param start the visit's start, not null
   * @param end the visit's end, not null, not equal to {@code start}; before it for a visit that ends the
   *     next day
   * @param provider not null, not blank
   * @param staffType not null, not blank
   * @param cancelledBy not null
   * @param notified when the provider was told, not null
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code end} equals {@code start} or a name is blank
   */
  public static Entry cancellation(
      EntryId id,
      PersonId person,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      String provider,
      String staffType,
      CancelledBy cancelledBy,
      LocalDateTime notified) {
    Builder b = new Builder(id, EntryKind.CANCELLATION, person, date).times(start, end).who(provider, staffType);
    b.cancelledBy = Objects.requireNonNull(cancelledBy, "cancelledBy");
    b.notified = Objects.requireNonNull(notified, "notified").truncatedTo(ChronoUnit.MINUTES);
    return new Entry(b);
  }

  /**
   * Planned minutes of a staff type not used, banked by agreement for later use.
   *
   * @param id not null
   * @param person not null
   * @param date not null
   * @param staffType not null, not blank
   * @param minutes 1 to {@link #MAX_MINUTES}
   * @param reason such as "saved for a holiday", not null
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code minutes} is out of range or {@code staffType} is blank
   */
  public static Entry banked(
      EntryId id, PersonId person, LocalDate date, String staffType, long minutes, String reason) {
    return new Entry(new Builder(id, EntryKind.BANKED, person, date).staff(staffType).minutes(minutes).note(reason));
  }

  /**
   * Banked minutes of a staff type used; the ledger refuses to use more than are banked on the date.
   * The visits they pay for are recorded as visits like any other (and spent); this entry releases the
   * minutes' value from what is held back for them.
   *
   * @param id not null
   * @param person not null
   * @param date not null
   * @param staffType not null, not blank
   * @param minutes 1 to {@link #MAX_MINUTES}
   * @param reason such as "extra visits during a holiday", not null
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code minutes} is out of range or {@code staffType} is blank
   */
  public static Entry bankedUsed(
      EntryId id, PersonId person, LocalDate date, String staffType, long minutes, String reason) {
    return new Entry(
        new Builder(id, EntryKind.BANKED_USED, person, date).staff(staffType).minutes(minutes).note(reason));
  }

  /**
   * A stay in hospital from {@code from} to {@code to}, both inclusive.
   *
   * @param id not null
   * @param person not null
   * @param from the day of admission, not null
   * @param to the day of discharge, not null, not before {@code from}
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Entry hospitalStay(EntryId id, PersonId person, LocalDate from, LocalDate to) {
    Builder b = new Builder(id, EntryKind.HOSPITAL_STAY, person, from);
    b.until = Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a hospital stay ending " + to + " is before its start " + from);
    }
    return new Entry(b);
  }

  /**
   * Miles driven for the person by a provider and charged to their budget at the rates' price a mile.
   *
   * @param id not null
   * @param person not null
   * @param date not null
   * @param provider not null, not blank
   * @param miles above 0, at most {@link #MAX_MILES}, at most two decimals
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code miles} is out of range or {@code provider} is blank
   */
  public static Entry mileage(EntryId id, PersonId person, LocalDate date, String provider, BigDecimal miles) {
    Builder b = new Builder(id, EntryKind.MILEAGE, person, date);
    b.provider = name(provider, "provider");
    Objects.requireNonNull(miles, "miles");
    if (miles.signum() <= 0 || miles.compareTo(MAX_MILES) > 0 || miles.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "miles must be above 0, at most " + MAX_MILES + ", with at most two decimals, was " + miles.toPlainString());
    }
    b.miles = miles.stripTrailingZeros().scale() < 0 ? miles.setScale(0) : miles.stripTrailingZeros();
    return new Entry(b);
  }

  /**
   * A one-off purchase from the budget.
   *
   * @param id not null
   * @param person not null
   * @param date not null
   * @param amount above zero, at most {@link #MAX_AMOUNT}, not null
   * @param description what was bought, not null, not blank
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code amount} is out of range or {@code description} is blank
   */
  public static Entry oneOff(EntryId id, PersonId person, LocalDate date, Money amount, String description) {
    return new Entry(new Builder(id, EntryKind.ONE_OFF, person, date).amount(amount).note(name(description, "description")));
  }

  /**
   * Money paid into the person's direct-payment account.
   *
   * @param id not null
   * @param person not null
   * @param date not null
   * @param amount above zero, at most {@link #MAX_AMOUNT}, not null
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code amount} is out of range
   */
  public static Entry directPaymentReceipt(EntryId id, PersonId person, LocalDate date, Money amount) {
    return new Entry(new Builder(id, EntryKind.DIRECT_PAYMENT_RECEIPT, person, date).amount(amount));
  }

  /**
   * Money paid out of the person's direct-payment account. It lowers the money held in the account;
   * what it paid for is recorded as visits, mileage or one-off spends like any other support, so it is
   * not counted as spent twice.
   *
   * @param id not null
   * @param person not null
   * @param date not null
   * @param amount above zero, at most {@link #MAX_AMOUNT}, not null
   * @param description what it paid, not null
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code amount} is out of range
   */
  public static Entry directPaymentSpend(
      EntryId id, PersonId person, LocalDate date, Money amount, String description) {
    return new Entry(new Builder(id, EntryKind.DIRECT_PAYMENT_SPEND, person, date).amount(amount).note(description));
  }

  /**
   * A provider's invoice reconciled against the ledger: made by {@link Reconciliation#entry()}, and
   * public so that a store can reload it. It changes no balance; it records that the invoice was
   * reconciled, so that reconciling it again changes nothing.
   *
   * @param id not null
   * @param person not null
   * @param date the last day the invoice covers, not null
   * @param provider not null, not blank
   * @param invoice the provider's invoice number, not null, not blank
   * @param accepted what the ledger accepts of the invoice, not negative, not null
   * @return the entry, never null
   * @throws IllegalArgumentException if a name is blank or {@code accepted} is negative or too large
   */
  public static Entry invoice(
      EntryId id, PersonId person, LocalDate date, String provider, String invoice, Money accepted) {
    Builder b = new Builder(id, EntryKind.INVOICE, person, date).note(name(invoice, "invoice"));
    b.provider = name(provider, "provider");
    Objects.requireNonNull(accepted, "accepted");
    if (accepted.isNegative() || accepted.isGreaterThan(MAX_AMOUNT)) {
      throw new IllegalArgumentException("an accepted amount must be from £0.00 to " + MAX_AMOUNT + ", was " + accepted);
    }
    b.amount = accepted;
    return new Entry(b);
  }

  /**
   * A review held on {@code date}: of the care plan, or of the direct payment. It changes no balance;
   * the next review is counted from it ({@link Ledger#reviews}). Unlike other entries it may be dated
   * before the budget period (the last review under an earlier budget), though not after it.
   *
   * @param id not null
   * @param person not null
   * @param date the day the review was held, not null
   * @param review which review, not null
   * @param note what was decided, not null; empty for nothing
   * @return the entry, never null
   */
  public static Entry review(EntryId id, PersonId person, LocalDate date, ReviewKind review, String note) {
    Builder b = new Builder(id, EntryKind.REVIEW, person, date).note(Objects.requireNonNull(note, "note"));
    b.reviewKind = Objects.requireNonNull(review, "review");
    return new Entry(b);
  }

  /**
   * The person's needs changed on {@code date}: a review of the care plan falls due at once, unless one
   * is held after it ({@link Ledger#reviews}). It changes no balance. Like a review it may be dated before
   * the budget period, though not after it.
   *
   * @param id not null
   * @param person not null
   * @param date the day the change became known, not null
   * @param note what changed, not null, not blank
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code note} is blank
   */
  public static Entry needsChanged(EntryId id, PersonId person, LocalDate date, String note) {
    return new Entry(new Builder(id, EntryKind.NEEDS_CHANGED, person, date).note(name(note, "note of what changed")));
  }

  /**
   * A correction: the entry {@code reverses} is treated as never recorded, on every date. It may not be
   * reversed itself (record the entry again instead), and an entry may be reversed once.
   *
   * @param id not null
   * @param person not null
   * @param date when the correction was made, not null
   * @param reverses the entry corrected, not null, not {@code id}
   * @param reason why, not null, not blank
   * @return the entry, never null
   * @throws IllegalArgumentException if {@code reverses} is {@code id} or {@code reason} is blank
   */
  public static Entry reversal(EntryId id, PersonId person, LocalDate date, EntryId reverses, String reason) {
    Builder b = new Builder(id, EntryKind.REVERSAL, person, date).note(name(reason, "reason"));
    b.reverses = Objects.requireNonNull(reverses, "reverses");
    if (reverses.equals(id)) {
      throw new IllegalArgumentException("entry " + id + " cannot reverse itself");
    }
    return new Entry(b);
  }

  /** {@return the entry's id; never null} */
  public EntryId id() {
    return id;
  }

  /** {@return what the entry records; never null} */
  public EntryKind kind() {
    return kind;
  }

  /** {@return the person; never null} */
  public PersonId person() {
    return person;
  }

  /**
   * {@return the entry's date: a visit's or cancelled visit's date, the first day of planned support or
   * of a hospital stay, the day of a correction; never null}
   */
  public LocalDate date() {
    return date;
  }

  /** {@return the last day of planned support (empty: the period's end), of a hospital stay, or an invoice} */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /** {@return the day of the week of planned support; empty for other kinds} */
  public Optional<DayOfWeek> day() {
    return Optional.ofNullable(day);
  }

  /** {@return the start of a visit, cancelled visit or planned visit; empty for other kinds} */
  public Optional<LocalTime> start() {
    return Optional.ofNullable(start);
  }

  /** {@return the end of a visit, cancelled visit or planned visit; empty for other kinds} */
  public Optional<LocalTime> end() {
    return Optional.ofNullable(end);
  }

  /** {@return the provider; empty for kinds without one} */
  public Optional<String> provider() {
    return Optional.ofNullable(provider);
  }

  /** {@return the staff type; empty for kinds without one} */
  public Optional<String> staffType() {
    return Optional.ofNullable(staffType);
  }

  /** {@return who cancelled; empty for other kinds} */
  public Optional<CancelledBy> cancelledBy() {
    return Optional.ofNullable(cancelledBy);
  }

  /** {@return when the provider was told of a cancellation, to the minute; empty for other kinds} */
  public Optional<LocalDateTime> notified() {
    return Optional.ofNullable(notified);
  }

  /** {@return the minutes banked or used; 0 for other kinds} */
  public long minutes() {
    return minutes;
  }

  /** {@return the miles of a mileage entry, trailing zeros stripped; empty for other kinds} */
  public Optional<BigDecimal> miles() {
    return Optional.ofNullable(miles);
  }

  /** {@return the amount of a one-off spend, direct-payment receipt or spend, or an invoice accepted} */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** {@return the entry a reversal reverses; empty for other kinds} */
  public Optional<EntryId> reverses() {
    return Optional.ofNullable(reverses);
  }

  /** {@return which review a review entry records; empty for other kinds} */
  public Optional<ReviewKind> reviewKind() {
    return Optional.ofNullable(reviewKind);
  }

  /**
   * {@return a reason, description, invoice number, review's outcome or change of needs; empty text when
   * there is none; never null}
   */
  public String note() {
    return note;
  }

  /** The minutes from start to end of a visit, cancelled visit or planned visit; past midnight when it ends before it starts. */
  long visitMinutes() {
    return minutesBetween(start, end);
  }

  /** From {@code start} to {@code end} in minutes, {@code end} the next day when it is before {@code start}. */
  static long minutesBetween(LocalTime start, LocalTime end) {
    long m = ChronoUnit.MINUTES.between(start, end);
    return m > 0 ? m : m + 24 * 60;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Entry)) {
      return false;
    }
    Entry e = (Entry) o;
    return id.equals(e.id)
        && kind == e.kind
        && person.equals(e.person)
        && date.equals(e.date)
        && Objects.equals(until, e.until)
        && day == e.day
        && Objects.equals(start, e.start)
        && Objects.equals(end, e.end)
        && Objects.equals(provider, e.provider)
        && Objects.equals(staffType, e.staffType)
        && cancelledBy == e.cancelledBy
        && Objects.equals(notified, e.notified)
        && minutes == e.minutes
        && Objects.equals(miles, e.miles)
        && Objects.equals(amount, e.amount)
        && Objects.equals(reverses, e.reverses)
        && reviewKind == e.reviewKind
        && note.equals(e.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, kind, person, date, until, day, start, end, provider, staffType, cancelledBy, notified, minutes, miles,
        amount, reverses, reviewKind, note);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Entry[id=").append(id).append(", kind=").append(kind);
    s.append(", person=").append(person).append(", date=").append(date);
    if (until != null) {
      s.append(", until=").append(until);
    }
    if (day != null) {
      s.append(", day=").append(day);
    }
    if (start != null) {
      s.append(", start=").append(start).append(", end=").append(end);
    }
    if (provider != null) {
      s.append(", provider=").append(provider);
    }
    if (staffType != null) {
      s.append(", staffType=").append(staffType);
    }
    if (cancelledBy != null) {
      s.append(", cancelledBy=").append(cancelledBy).append(", notified=").append(notified);
    }
    if (minutes != 0) {
      s.append(", minutes=").append(minutes);
    }
    if (miles != null) {
      s.append(", miles=").append(miles.toPlainString());
    }
    if (amount != null) {
      s.append(", amount=").append(amount);
    }
    if (reverses != null) {
      s.append(", reverses=").append(reverses);
    }
    if (reviewKind != null) {
      s.append(", reviewKind=").append(reviewKind);
    }
    if (!note.isEmpty()) {
      s.append(", note=").append(note);
    }
    return s.append(']').toString();
  }

  private static String name(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("a " + what + " must not be blank");
    }
    return value;
  }

  /** Collects the fields of one kind; each factory sets only its own. */
  private static final class Builder {
    private final EntryId id;
    private final EntryKind kind;
    private final PersonId person;
    private final LocalDate date;
    private LocalDate until;
    private DayOfWeek day;
    private LocalTime start;
    private LocalTime end;
    private String provider;
    private String staffType;
    private CancelledBy cancelledBy;
    private LocalDateTime notified;
    private long minutes;
    private BigDecimal miles;
    private Money amount;
    private EntryId reverses;
    private ReviewKind reviewKind;
    private String note;

    Builder(EntryId id, EntryKind kind, PersonId person, LocalDate date) {
      this.id = Objects.requireNonNull(id, "id");
      this.kind = kind;
      this.person = Objects.requireNonNull(person, "person");
      this.date = Objects.requireNonNull(date, "date");
    }

    Builder times(LocalTime from, LocalTime to) {
      // Visits are whole minutes: seconds would be lost by the store and by call monitoring alike.
      this.start = Objects.requireNonNull(from, "start").truncatedTo(ChronoUnit.MINUTES);
      this.end = Objects.requireNonNull(to, "end").truncatedTo(ChronoUnit.MINUTES);
      // An end before the start is the next day; an end equal to it would be nothing, or a whole day.
      if (end.equals(start)) {
        throw new IllegalArgumentException(
            "a visit must not end when it starts, was " + start + " to " + end
                + "; one that ends before it starts runs past midnight into the next day");
      }
      return this;
    }

    Builder who(String provider, String staffType) {
      this.provider = name(provider, "provider");
      return staff(staffType);
    }

    Builder staff(String staffType) {
      this.staffType = name(staffType, "staff type");
      return this;
    }

    Builder minutes(long m) {
      if (m < 1 || m > MAX_MINUTES) {
        throw new IllegalArgumentException("minutes must be from 1 to " + MAX_MINUTES + ", was " + m);
      }
      this.minutes = m;
      return this;
    }

    Builder amount(Money a) {
      Objects.requireNonNull(a, "amount");
      if (a.isNegative() || a.isZero() || a.isGreaterThan(MAX_AMOUNT)) {
        throw new IllegalArgumentException("an amount must be above £0.00 and at most " + MAX_AMOUNT + ", was " + a);
      }
      this.amount = a;
      return this;
    }

    Builder note(String n) {
      this.note = Objects.requireNonNull(n, "note");
      return this;
    }
  }
}
