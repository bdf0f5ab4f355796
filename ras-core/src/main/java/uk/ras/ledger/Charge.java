package uk.ras.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import uk.ras.money.Money;

/**
 * What one entry does to the balances on one date, with its trace: the money spent from the budget,
 * the minutes banked (or, negative, used) and the money paid into (or, negative, out of) the
 * direct-payment account. Most entries make one charge; a hospital stay makes one for each planned
 * visit in it; planned support, invoices and reversals make none. Made by {@link Ledger}. Immutable and
 * thread-safe.
 *
 * <p>The description and the trace are worded when first asked for, from the same inputs the amount was
 * priced from, and are the same whenever they are worded: they are part of the charge's value like
 * any other field. Checking a year's ledger prices every visit in it, and few of those charges are
 * ever read; wording them all was most of the check's time (benchmark 6 in docs/performance.md).
 */
public final class Charge {
  private final EntryId entry;
  private final EntryKind kind;
  private final LocalDate date;
  private final Visit visit;
  private final Supplier<String> describe;
  private final Money amount;
  private final String bankedStaffType;
  private final long bankedMinutes;
  private final Money directPayment;
  private final Supplier<List<String>> explain;
  // Worded at most once per thread that asks first; the words are the same whichever thread wins.
  private volatile String description;
  private volatile List<String> trace;

  Charge(
      EntryId entry,
      EntryKind kind,
      LocalDate date,
      Visit visit,
      String description,
      Money amount,
      String bankedStaffType,
      long bankedMinutes,
      Money directPayment,
      List<String> trace) {
    this(entry, kind, date, visit, () -> description, amount, bankedStaffType, bankedMinutes, directPayment,
        () -> trace);
    this.description = Objects.requireNonNull(description, "description");
    this.trace = List.copyOf(trace);
  }

  /** A charge whose description and trace are worded when first asked for: see the class description. */
  Charge(
      EntryId entry,
      EntryKind kind,
      LocalDate date,
      Visit visit,
      Supplier<String> describe,
      Money amount,
      String bankedStaffType,
      long bankedMinutes,
      Money directPayment,
      Supplier<List<String>> explain) {
    this.entry = entry;
    this.kind = kind;
    this.date = date;
    this.visit = visit;
    this.describe = describe;
    this.amount = amount;
    this.bankedStaffType = bankedStaffType;
    this.bankedMinutes = bankedMinutes;
    this.directPayment = directPayment;
    this.explain = explain;
  }

  /** {@return the entry that made the charge; never null} */
  public EntryId entry() {
    return entry;
  }

  /** {@return the kind of that entry; never null} */
  public EntryKind kind() {
    return kind;
  }

  /** {@return the date the charge falls on; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the visit's start, for a charge priced as a visit; empty otherwise} */
  public Optional<LocalTime> start() {
    return visit == null ? Optional.empty() : Optional.ofNullable(visit.start);
  }

  /** {@return the visit's end, for a charge priced as a visit; empty otherwise} */
  public Optional<LocalTime> end() {
    return visit == null ? Optional.empty() : Optional.ofNullable(visit.end);
  }

  /** {@return the provider the money goes to; empty for money that goes to no provider} */
  public Optional<String> provider() {
    return visit == null ? Optional.empty() : Optional.ofNullable(visit.provider);
  }

  /** {@return the visit's staff type, for a charge priced as a visit; empty otherwise} */
  public Optional<String> staffType() {
    return visit == null ? Optional.empty() : Optional.ofNullable(visit.staffType);
  }

  /** {@return the charge in plain words, as a statement line would say it; never null} */
  public String description() {
    String d = description;
    if (d == null) {
      d = Objects.requireNonNull(describe.get(), "description");
      description = d;
    }
    return d;
  }

  /** {@return the money spent from the budget; zero when none; never null} */
  public Money amount() {
    return amount;
  }

  /** {@return the staff type of the minutes banked or used; empty when none} */
  public Optional<String> bankedStaffType() {
    return Optional.ofNullable(bankedStaffType);
  }

  /** {@return the minutes banked (positive) or used (negative); 0 when none} */
  public long bankedMinutes() {
    return bankedMinutes;
  }

  /** {@return the money paid into (positive) or out of (negative) the direct-payment account; never null} */
  public Money directPayment() {
    return directPayment;
  }

  /** {@return how the amount was reached, one step a line: visit, rate version, band, rate, amount; never null} */
  public List<String> trace() {
    List<String> t = trace;
    if (t == null) {
      t = List.copyOf(explain.get());
      trace = t;
    }
    return t;
  }

  /** The visit a charge was priced as; null fields where it has none. */
  Visit visit() {
    return visit;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Charge)) {
      return false;
    }
    Charge c = (Charge) o;
    return entry.equals(c.entry)
        && kind == c.kind
        && date.equals(c.date)
        && Objects.equals(visit, c.visit)
        && amount.equals(c.amount)
        && Objects.equals(bankedStaffType, c.bankedStaffType)
        && bankedMinutes == c.bankedMinutes
        && directPayment.equals(c.directPayment)
        && description().equals(c.description())
        && trace().equals(c.trace());
  }

  @Override
  public int hashCode() {
    return Objects.hash(entry, kind, date, visit, description(), amount, bankedStaffType, bankedMinutes, directPayment, trace());
  }

  @Override
  public String toString() {
    return "Charge[entry="
        + entry
        + ", kind="
        + kind
        + ", date="
        + date
        + ", visit="
        + (visit == null ? "none" : visit)
        + ", description="
        + description()
        + ", amount="
        + amount
        + ", bankedStaffType="
        + (bankedStaffType == null ? "none" : bankedStaffType)
        + ", bankedMinutes="
        + bankedMinutes
        + ", directPayment="
        + directPayment
        + ", trace="
        + trace()
        + "]";
  }

  /** A visit's times, provider and staff type: what an invoice line is matched on. */
  static final class Visit {
    final LocalTime start;
    final LocalTime end;
    final String provider;
    final String staffType;

    Visit(LocalTime start, LocalTime end, String provider, String staffType) {
      this.start = start;
      this.end = end;
      this.provider = provider;
      this.staffType = staffType;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Visit)) {
        return false;
      }
      Visit v = (Visit) o;
      return Objects.equals(start, v.start)
          && Objects.equals(end, v.end)
          && Objects.equals(provider, v.provider)
          && Objects.equals(staffType, v.staffType);
    }

    @Override
    public int hashCode() {
      return Objects.hash(start, end, provider, staffType);
    }

    @Override
    public String toString() {
      return (start == null ? "" : start + "-" + end + " ") + staffType + " of " + provider;
    }
  }
}
