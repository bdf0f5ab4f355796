package uk.ras.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import uk.ras.costing.HourlyRate;
import uk.ras.costing.RateCard;
import uk.ras.money.Money;

/**
 * A person's append-only ledger for one budget period: the entries recorded, priced into charges under
 * the rates in force on each date, and the balances, statements, invoices, reconciliations and alerts
 * they give. Nothing is edited or deleted: {@link #record(Entry)} returns a new ledger with one more
 * entry, and a correction is an {@link EntryKind#REVERSAL} entry. The balances depend on the set of
 * entries, not the order they were recorded in. Nothing here does I/O: a store persists {@link
 * #entries()} and rebuilds the ledger with {@link #of(LedgerTerms, List)}. Immutable and thread-safe.
 *
 * <p><b>Prices.</b> A visit (delivered, cancelled and charged, or planned) is priced whole in the band
 * of its start ({@link BandRules}) at the hourly rate of its staff type in that band, from the rates in
 * force on its date: {@code amount = minutes x hourly rate / 60}, rounded to the penny once per visit
 * with the rates' rounding mode (so a 45-minute visit at £23.13 is {@code 45 x 23.13 / 60 = £17.3475},
 * £17.35 half-up). Mileage is {@code miles x the price a mile}, rounded once with the same mode. Banked
 * minutes are valued at the base hourly rate (no band) of their staff type in force on the balance's
 * date, {@code minutes x rate / 60} rounded once per staff type.
 *
 * <p><b>Cancellations.</b> A visit cancelled by the person is charged when the provider was told less
 * than its declared notice period before the visit's start; told at least that long before, or
 * cancelled by the provider, it is not charged, and is no longer committed.
 *
 * <p><b>Hospital stays.</b> Planned visits on the days of a stay are paid to the provider for the first
 * {@link HospitalPolicy#paidDays()} days (at their planned price) and banked after them; overlapping
 * stays are refused.
 *
 * <p><b>Refusals</b> ({@link LedgerException}): an entry for another person or dated outside the
 * period; an id recorded again with different contents (the same entry again changes nothing); a
 * reversal of an unknown entry, of a reversal, or of an entry already reversed; a cancellation of a
 * provider with no notice period; a staff type or band the rates in force lack; using more banked
 * minutes of a staff type than are banked on that date, or a reversal that would leave them negative.
 * A date no rate version covers is a {@link uk.ras.costing.NoRatesInForceException}.
 */
public final class Ledger {
  private static final Comparator<Charge> CHARGE_ORDER =
      Comparator.comparing(Charge::date).thenComparing(Charge::entry);

  private final LedgerTerms terms;
  private final List<Entry> entries;
  private final Map<EntryId, Entry> byId;
  private final Map<EntryId, EntryId> reversedBy;
  private final List<Charge> charges;
  private final List<Occurrence> planned;

  private Ledger(
      LedgerTerms terms,
      List<Entry> entries,
      Map<EntryId, Entry> byId,
      Map<EntryId, EntryId> reversedBy,
      List<Charge> charges,
      List<Occurrence> planned) {
    this.terms = terms;
    this.entries = List.copyOf(entries);
    this.byId = byId;
    this.reversedBy = reversedBy;
    this.charges = List.copyOf(charges);
    this.planned = List.copyOf(planned);
  }

  /**
   * An empty ledger.
   *
   * @param terms not null
   * @return the ledger, never null
   */
  public static Ledger of(LedgerTerms terms) {
    return of(terms, List.of());
  }

  /**
   * A ledger of entries recorded before, such as those a store reloads, in any order: the balances do
   * not depend on it. An entry given twice, identical, counts once.
   *
   * @param terms not null
   * @param entries not null, no nulls
   * @return the ledger, never null
   * @throws LedgerException naming the first entry refused (see the class description)
   * @throws uk.ras.costing.NoRatesInForceException if an entry falls on a date no rate version covers
   */
  public static Ledger of(LedgerTerms terms, List<Entry> entries) {
    return build(Objects.requireNonNull(terms, "terms"), List.copyOf(entries), null);
  }

  /**
   * This ledger with one more entry. Recording an entry already recorded, identical, changes nothing
   * and returns this ledger.
   *
   * @param entry not null
   * @return the new ledger, or this one when the entry was already recorded; never null
   * @throws LedgerException naming {@code entry} when it is refused, with the reason
   * @throws uk.ras.costing.NoRatesInForceException if it falls on a date no rate version covers
   */
  public Ledger record(Entry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entry.equals(byId.get(entry.id()))) {
      return this;
    }
    List<Entry> next = new ArrayList<>(entries);
    next.add(entry);
    return build(terms, next, entry.id());
  }

  /** {@return whether {@code id} has been recorded}
   *
   * @param id not null
   */
  public boolean contains(EntryId id) {
    return byId.containsKey(id);
  }

  /** {@return the terms; never null} */
  public LedgerTerms terms() {
    return terms;
  }

  /** {@return every entry, reversals and reversed entries included, in the order recorded; never null} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return every charge of the entries in force, by date then entry id; never null} */
  public List<Charge> charges() {
    return charges;
  }

  /**
   * The charges of one entry: what it does to the balances, with its trace.
   *
   * @param id a recorded entry, not null
   * @return its charges, by date; empty for an entry that charges nothing or has been reversed
   * @throws IllegalArgumentException if {@code id} was never recorded
   */
  public List<Charge> charges(EntryId id) {
    if (!byId.containsKey(Objects.requireNonNull(id, "id"))) {
      throw new IllegalArgumentException("no entry " + id + " is recorded");
    }
    List<Charge> out = new ArrayList<>();
    for (Charge c : charges) {
      if (c.entry().equals(id)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The balances at the end of {@code date}.
   *
   * @param date any date, not null; before the period nothing is spent, after it nothing is committed
   * @return the balances, never null
   * @throws uk.ras.costing.NoRatesInForceException if minutes are banked and no rate version covers the
   *     date (taken within the period)
   */
  public Balance balanceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Money spent = Money.zero();
    Money held = Money.zero();
    Map<String, Long> banked = new TreeMap<>();
    for (Charge c : charges) {
      if (c.date().isAfter(date)) {
        break;
      }
      spent = spent.plus(c.amount());
      held = held.plus(c.directPayment());
      if (c.bankedMinutes() != 0) {
        banked.merge(c.bankedStaffType().orElseThrow(), c.bankedMinutes(), Long::sum);
      }
    }
    Money committed = Money.zero();
    for (Occurrence o : planned) {
      if (o.date.isAfter(date) && o.committed) {
        committed = committed.plus(o.price.amount);
      }
    }
    long minutes = 0;
    Money value = Money.zero();
    LocalDate rateDate = date.isBefore(terms.from()) ? terms.from() : date.isAfter(terms.to()) ? terms.to() : date;
    for (Map.Entry<String, Long> b : banked.entrySet()) {
      if (b.getValue() != 0) {
        minutes += b.getValue();
        Money base = terms.rates().inForce(rateDate).hourly(b.getKey()).base();
        value = value.plus(perMinutes(base, b.getValue(), terms.rates().rounding()));
      }
    }
    return new Balance(date, terms.budget(), spent, committed, minutes, value, held);
  }

  /**
   * A person's statement for a month: the balances at the end of the day before it and at its end, and
   * a line for every charge in it with running balances.
   *
   * @param month not null
   * @return the statement, never null
   */
  public Statement statement(YearMonth month) {
    Objects.requireNonNull(month, "month");
    Balance opening = balanceOn(month.atDay(1).minusDays(1));
    Balance closing = balanceOn(month.atEndOfMonth());
    Money spent = opening.spent();
    long banked = opening.bankedMinutes();
    Money held = opening.directPaymentHeld();
    List<StatementLine> lines = new ArrayList<>();
    for (Charge c : charges) {
      if (YearMonth.from(c.date()).equals(month)) {
        spent = spent.plus(c.amount());
        banked += c.bankedMinutes();
        held = held.plus(c.directPayment());
        lines.add(new StatementLine(c.date(), c.entry(), c.description(), c.amount(), c.bankedMinutes(), c.directPayment(), spent, banked, held));
      }
    }
    return new Statement(terms.person(), month, opening, closing, lines);
  }

  /**
   * What a provider should invoice for a period, visit by visit: its delivered visits, the cancelled
   * visits charged, and the planned visits paid during hospital stays (mileage is not a visit and is
   * not among them).
   *
   * @param provider not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the lines, by date then entry; never null
   */
  public List<InvoiceLine> invoiceLines(String provider, LocalDate from, LocalDate to) {
    List<InvoiceLine> out = new ArrayList<>();
    for (Charge c : invoiceable(provider, from, to)) {
      Charge.Visit v = c.visit();
      out.add(InvoiceLine.of(terms.person(), c.date(), v.start, v.end, v.staffType, c.amount()));
    }
    return out;
  }

  /**
   * Reconciles a provider's invoice against this ledger (see {@link Reconciliation}). It changes
   * nothing: record {@link Reconciliation#entry()} to mark the invoice reconciled. An invoice already
   * recorded is reported as such, and recording its entry again changes nothing.
   *
   * @param invoice not null
   * @param rules not null
   * @return the reconciliation, never null
   */
  public Reconciliation reconcile(Invoice invoice, ReconciliationRules rules) {
    return Reconciliation.of(this, Objects.requireNonNull(invoice, "invoice"), Objects.requireNonNull(rules, "rules"));
  }

  /**
   * The alerts on a date (see {@link AlertRules}).
   *
   * @param date not null
   * @param rules not null
   * @param liabilities what the direct-payment account still owes (invoices due, tax and pension for
   *     a personal assistant), not negative, not null
   * @return the alerts, in the order of {@link AlertKind}; never null
   * @throws IllegalArgumentException if {@code liabilities} is negative
   */
  public List<Alert> alerts(LocalDate date, AlertRules rules, Money liabilities) {
    return rules.check(this, Objects.requireNonNull(date, "date"), Objects.requireNonNull(liabilities, "liabilities"));
  }

  /**
   * The reviews that fall due, on the day asked, by the terms' {@link LedgerTerms#reviews() review rules}
   * (none without them), counting only the entries dated up to {@code today} and not reversed:
   *
   * <ul>
   *   <li>the <b>care plan</b> review ({@link ReviewRules#carePlanReview}): from the plan's start and the
   *       {@link EntryKind#REVIEW} entries of {@link ReviewKind#CARE_PLAN}, brought forward by a trigger
   *       after the last review: a {@link EntryKind#NEEDS_CHANGED} entry, the admission day of a {@link
   *       EntryKind#HOSPITAL_STAY}, or the day a projected overspend begins (the day the balance's
   *       remaining falls below zero, having not been below it the day before); of triggers on the same
   *       day the reason names the first in {@link TriggerKind}'s order;
   *   <li>the <b>direct-payment</b> review ({@link ReviewRules#directPaymentReview}), once a direct
   *       payment has been received: the earlier of the terms' declared {@link
   *       LedgerTerms#firstDirectPayment() first direct payment} and the first {@link
   *       EntryKind#DIRECT_PAYMENT_RECEIPT} is taken as the first payment, and the reviews are the entries
   *       of {@link ReviewKind#DIRECT_PAYMENT}.
   * </ul>
   *
   * @param today the day asked, not null
   * @return the care-plan review, then the direct-payment review if there is one; empty without review
   *     rules; never null
   */
  public List<ReviewDue> reviews(LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (terms.reviews().isEmpty()) {
      return List.of();
    }
    ReviewRules rules = terms.reviews().get();
    List<LocalDate> carePlanReviews = new ArrayList<>();
    List<LocalDate> directPaymentReviews = new ArrayList<>();
    List<ReviewTrigger> triggers = new ArrayList<>();
    LocalDate firstPayment = terms.firstDirectPayment().filter(d -> !d.isAfter(today)).orElse(null);
    for (Entry e : entries) {
      if (e.kind() == EntryKind.REVERSAL || reversedBy.containsKey(e.id()) || e.date().isAfter(today)) {
        continue;
      }
      switch (e.kind()) {
        case REVIEW:
          (e.reviewKind().orElseThrow() == ReviewKind.CARE_PLAN ? carePlanReviews : directPaymentReviews).add(e.date());
          break;
        case NEEDS_CHANGED:
          triggers.add(new ReviewTrigger(e.date(), TriggerKind.CHANGE_OF_NEEDS));
          break;
        case HOSPITAL_STAY:
          triggers.add(new ReviewTrigger(e.date(), TriggerKind.HOSPITAL_STAY));
          break;
        case DIRECT_PAYMENT_RECEIPT:
          firstPayment = firstPayment == null || e.date().isBefore(firstPayment) ? e.date() : firstPayment;
          break;
        default:
          break;
      }
    }
    for (LocalDate d : overspendStarts(today)) {
      triggers.add(new ReviewTrigger(d, TriggerKind.OVERSPEND));
    }
    // Two triggers on one day: the reason names the first kind, whatever order the entries came in.
    triggers.sort(Comparator.comparing(ReviewTrigger::date).thenComparing(ReviewTrigger::kind));
    List<ReviewDue> out = new ArrayList<>();
    out.add(rules.carePlanReview(terms.planStart().orElseThrow(), carePlanReviews, triggers, today));
    if (firstPayment != null) {
      out.add(rules.directPaymentReview(firstPayment, directPaymentReviews, today));
    }
    return out;
  }

  /**
   * The days, in the period and up to {@code today}, on which a projected overspend begins: the balance's
   * remaining ({@link #balanceOn}) is below zero at the end of the day and was not at the end of the day
   * before (an overspend projected on the period's first day begins then). One pass over the charges and
   * planned visits in date order, since the remaining changes only on their days and when rates change.
   */
  List<LocalDate> overspendStarts(LocalDate today) {
    LocalDate last = today.isAfter(terms.to()) ? terms.to() : today;
    List<LocalDate> out = new ArrayList<>();
    if (last.isBefore(terms.from())) {
      return out;
    }
    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
    days.add(terms.from());
    for (Charge c : charges) {
      days.add(c.date());
    }
    for (Occurrence o : planned) {
      days.add(o.date);
    }
    for (uk.ras.costing.RateVersion v : terms.rates().versions()) {
      days.add(v.from());
    }
    Money budget = terms.budget();
    Money committed = Money.zero();
    for (Occurrence o : planned) {
      if (o.committed) {
        committed = committed.plus(o.price.amount);
      }
    }
    boolean over = false;
    Money spent = Money.zero();
    Map<String, Long> banked = new TreeMap<>();
    int ci = 0;
    int oi = 0;
    for (LocalDate d : days.subSet(terms.from(), true, last, true)) {
      while (ci < charges.size() && !charges.get(ci).date().isAfter(d)) {
        Charge c = charges.get(ci++);
        spent = spent.plus(c.amount());
        if (c.bankedMinutes() != 0) {
          banked.merge(c.bankedStaffType().orElseThrow(), c.bankedMinutes(), Long::sum);
        }
      }
      while (oi < planned.size() && !planned.get(oi).date.isAfter(d)) {
        Occurrence o = planned.get(oi++);
        if (o.committed) {
          committed = committed.minus(o.price.amount);
        }
      }
      Money value = Money.zero();
      for (Map.Entry<String, Long> b : banked.entrySet()) {
        if (b.getValue() != 0) {
          Money base = terms.rates().inForce(d).hourly(b.getKey()).base();
          value = value.plus(perMinutes(base, b.getValue(), terms.rates().rounding()));
        }
      }
      boolean now = budget.minus(spent).minus(committed).minus(value).isNegative();
      if (now && !over) {
        out.add(d);
      }
      over = now;
    }
    return out;
  }

  List<Charge> invoiceable(String provider, LocalDate from, LocalDate to) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<Charge> out = new ArrayList<>();
    for (Charge c : charges) {
      if (c.visit() != null
          && c.visit().start != null
          && provider.equals(c.visit().provider)
          && !c.amount().isZero()
          && !c.date().isBefore(from)
          && !c.date().isAfter(to)) {
        out.add(c);
      }
    }
    return out;
  }

  Entry entry(EntryId id) {
    return byId.get(id);
  }

  boolean reversed(EntryId id) {
    return reversedBy.containsKey(id);
  }

  // ---- building: checks, then prices ----

  private static Ledger build(LedgerTerms terms, List<Entry> given, EntryId blame) {
    Map<EntryId, Entry> byId = new LinkedHashMap<>();
    List<Entry> distinct = new ArrayList<>();
    for (Entry e : given) {
      Objects.requireNonNull(e, "entry");
      Entry old = byId.get(e.id());
      if (old != null) {
        if (old.equals(e)) {
          continue;
        }
        throw refuse(blame, e.id(), "its id is already recorded with different contents: " + old);
      }
      if (!e.person().equals(terms.person())) {
        throw refuse(blame, e.id(), "it is for " + e.person() + ", but this ledger is " + terms.person() + "'s");
      }
      // A review or a change of needs is a fact about the person, not the budget: one from before the
      // period (under an earlier budget) still decides when the next review falls due.
      boolean personal = e.kind() == EntryKind.REVIEW || e.kind() == EntryKind.NEEDS_CHANGED;
      if (personal ? e.date().isAfter(terms.to()) : !terms.covers(e.date())) {
        throw refuse(blame, e.id(), "it is dated " + e.date() + ", " + (personal ? "after" : "outside") + " the budget period "
            + terms.from() + " to " + terms.to());
      }
      if (e.kind() == EntryKind.CANCELLATION && !terms.notice().containsKey(e.provider().orElseThrow())) {
        throw refuse(blame, e.id(), "no notice period is declared for provider " + e.provider().orElseThrow()
            + "; declared: " + (terms.notice().isEmpty() ? "none" : String.join(", ", terms.notice().keySet())));
      }
      byId.put(e.id(), e);
      distinct.add(e);
    }
    Map<EntryId, EntryId> reversedBy = new HashMap<>();
    for (Entry e : distinct) {
      if (e.kind() != EntryKind.REVERSAL) {
        continue;
      }
      EntryId target = e.reverses().orElseThrow();
      Entry t = byId.get(target);
      if (t == null) {
        throw refuse(blame, e.id(), "it reverses " + target + ", which is not recorded");
      }
      if (t.kind() == EntryKind.REVERSAL) {
        throw refuse(blame, e.id(), "it reverses " + target + ", itself a reversal; record the entry again instead");
      }
      EntryId before = reversedBy.putIfAbsent(target, e.id());
      if (before != null) {
        throw refuse(blame, e.id(), "it reverses " + target + ", already reversed by " + before);
      }
    }
    List<Entry> active = new ArrayList<>();
    for (Entry e : distinct) {
      if (e.kind() != EntryKind.REVERSAL && !reversedBy.containsKey(e.id())) {
        active.add(e);
      }
    }
    active.sort(Comparator.comparing(Entry::date).thenComparing(Entry::id));
    Pricing pricing = new Pricing(terms, blame);
    List<Occurrence> occurrences = pricing.occurrences(active);
    List<Charge> charges = pricing.charges(active, occurrences);
    charges.sort(CHARGE_ORDER);
    checkBanked(charges, blame);
    return new Ledger(terms, distinct, byId, reversedBy, charges, occurrences);
  }

  /** Banked minutes of each staff type, added up date by date, may never fall below zero. */
  private static void checkBanked(List<Charge> charges, EntryId blame) {
    Map<String, Long> banked = new HashMap<>();
    int i = 0;
    while (i < charges.size()) {
      LocalDate day = charges.get(i).date();
      int j = i;
      while (j < charges.size() && charges.get(j).date().equals(day)) {
        Charge c = charges.get(j);
        if (c.bankedMinutes() != 0) {
          banked.merge(c.bankedStaffType().orElseThrow(), c.bankedMinutes(), Long::sum);
        }
        j++;
      }
      for (Map.Entry<String, Long> b : banked.entrySet()) {
        if (b.getValue() < 0) {
          Charge culprit = null;
          for (int k = i; k < j && culprit == null; k++) {
            Charge c = charges.get(k);
            if (c.bankedMinutes() < 0 && b.getKey().equals(c.bankedStaffType().orElse(null))) {
              culprit = c;
            }
          }
          EntryId who = culprit == null ? charges.get(i).entry() : culprit.entry();
          throw refuse(blame, who, "it would leave " + hours(-b.getValue()) + " of " + b.getKey()
              + " overdrawn on " + day + ": more banked hours used than were banked; banked hours never go below zero");
        }
      }
      i = j;
    }
  }

  static LedgerException refuse(EntryId blame, EntryId entry, String reason) {
    return new LedgerException(blame != null ? blame : entry, blame != null && !blame.equals(entry)
        ? reason + " (entry " + entry + ")" : reason);
  }

  /** {@code minutes x hourly / 60}, rounded once with the rates' mode: the value of banked minutes. */
  static Money perMinutes(Money hourly, long minutes, RoundingMode mode) {
    return Money.ofPence(Math.multiplyExact(hourly.pence(), minutes)).dividedBy(BigDecimal.valueOf(60), mode);
  }

  /** Minutes as a person says them: 45 minutes, 1 hour, 2 hours 30 minutes. */
  static String hours(long minutes) {
    long h = Math.abs(minutes) / 60;
    long m = Math.abs(minutes) % 60;
    String sign = minutes < 0 ? "-" : "";
    if (h == 0) {
      return sign + m + (m == 1 ? " minute" : " minutes");
    }
    String hs = h + (h == 1 ? " hour" : " hours");
    return sign + (m == 0 ? hs : hs + " " + m + (m == 1 ? " minute" : " minutes"));
  }

  @Override
  public String toString() {
    return "Ledger[person=" + terms.person() + ", from=" + terms.from() + ", to=" + terms.to() + ", entries=" + entries.size() + "]";
  }

  /** A planned visit on one date, priced, and whether it is still committed. */
  static final class Occurrence {
    final Entry plan;
    final LocalDate date;
    final Priced price;
    final boolean committed;

    Occurrence(Entry plan, LocalDate date, Priced price, boolean committed) {
      this.plan = plan;
      this.date = date;
      this.price = price;
      this.committed = committed;
    }
  }

  /** A price, and its trace worded when asked for (see {@link Charge}). */
  static final class Priced {
    final Money amount;
    final Supplier<List<String>> trace;

    Priced(Money amount, Supplier<List<String>> trace) {
      this.amount = amount;
      this.trace = trace;
    }
  }

  /** What an hourly rate depends on: the rate version in force, the staff type and the band (null for none). */
  private record RateKey(LocalDate version, String staffType, String band) {}

  /** Prices entries and planned visits under the terms. */
  private static final class Pricing {
    private final LedgerTerms terms;
    private final EntryId blame;
    /**
     * Hourly rates by rate version, staff type and band. A rate and its build-up text are the same on
     * every date its version is in force, and remaking them for each visit was most of the time a
     * year's ledger took to check (benchmark 6 in docs/performance.md).
     */
    private final Map<RateKey, HourlyRate> rates = new HashMap<>();

    Pricing(LedgerTerms terms, EntryId blame) {
      this.terms = terms;
      this.blame = blame;
    }

    List<Occurrence> occurrences(List<Entry> active) {
      List<Entry> stays = new ArrayList<>();
      List<Entry> cancellations = new ArrayList<>();
      for (Entry e : active) {
        if (e.kind() == EntryKind.HOSPITAL_STAY) {
          for (Entry s : stays) {
            if (!e.date().isAfter(s.until().orElseThrow()) && !s.date().isAfter(e.until().orElseThrow())) {
              throw refuse(blame, e.id(), "the hospital stay " + e.date() + " to " + e.until().orElseThrow()
                  + " overlaps the stay " + s.id() + " (" + s.date() + " to " + s.until().orElseThrow() + ")");
            }
          }
          stays.add(e);
        } else if (e.kind() == EntryKind.CANCELLATION) {
          cancellations.add(e);
        }
      }
      List<Occurrence> out = new ArrayList<>();
      for (Entry p : active) {
        if (p.kind() != EntryKind.PLANNED) {
          continue;
        }
        LocalDate last = p.until().filter(u -> u.isBefore(terms.to())).orElse(terms.to());
        for (LocalDate d = p.date().with(TemporalAdjusters.nextOrSame(p.day().orElseThrow()));
            !d.isAfter(last);
            d = d.plusWeeks(1)) {
          Priced price = visit(p, d);
          boolean committed = true;
          for (Entry s : stays) {
            if (!d.isBefore(s.date()) && !d.isAfter(s.until().orElseThrow())) {
              committed = false;
            }
          }
          for (Entry c : cancellations) {
            if (c.date().equals(d) && same(c, p) && !charged(c)) {
              committed = false;
            }
          }
          out.add(new Occurrence(p, d, price, committed));
        }
      }
      out.sort(Comparator.comparing((Occurrence o) -> o.date).thenComparing(o -> o.plan.id()));
      return out;
    }

    List<Charge> charges(List<Entry> active, List<Occurrence> occurrences) {
      List<Charge> out = new ArrayList<>();
      Money zero = Money.zero();
      for (Entry e : active) {
        switch (e.kind()) {
          case VISIT: {
            Priced p = visit(e, e.date());
            out.add(new Charge(e.id(), e.kind(), e.date(), visitOf(e), () -> "Visit " + when(e) + ": " + p.amount, p.amount,
                null, 0, zero, p.trace));
            break;
          }
          case CANCELLATION:
            out.add(cancellation(e));
            break;
          case BANKED:
            out.add(new Charge(e.id(), e.kind(), e.date(), null,
                "Banked " + hours(e.minutes()) + " of " + e.staffType().orElseThrow() + reason(e),
                zero, e.staffType().orElseThrow(), e.minutes(), zero,
                List.of(hours(e.minutes()) + " of " + e.staffType().orElseThrow() + " banked by agreement")));
            break;
          case BANKED_USED:
            out.add(new Charge(e.id(), e.kind(), e.date(), null,
                "Used " + hours(e.minutes()) + " of banked " + e.staffType().orElseThrow() + reason(e),
                zero, e.staffType().orElseThrow(), -e.minutes(), zero,
                List.of(hours(e.minutes()) + " of " + e.staffType().orElseThrow() + " taken from the banked hours")));
            break;
          case HOSPITAL_STAY:
            out.addAll(stay(e, occurrences));
            break;
          case MILEAGE:
            out.add(mileage(e));
            break;
          case ONE_OFF: {
            Money a = e.amount().orElseThrow();
            out.add(new Charge(e.id(), e.kind(), e.date(), null, "One-off: " + e.note() + ": " + a, a, null, 0, zero,
                List.of("one-off spend " + e.note() + ": " + a + ", as recorded")));
            break;
          }
          case DIRECT_PAYMENT_RECEIPT: {
            Money a = e.amount().orElseThrow();
            out.add(new Charge(e.id(), e.kind(), e.date(), null, "Direct payment received: " + a, zero, null, 0, a,
                List.of("paid into the direct-payment account: " + a)));
            break;
          }
          case DIRECT_PAYMENT_SPEND: {
            Money a = e.amount().orElseThrow();
            String what = e.note().isEmpty() ? "" : " (" + e.note() + ")";
            out.add(new Charge(e.id(), e.kind(), e.date(), null, "Paid from the direct-payment account" + what + ": " + a,
                zero, null, 0, a.negated(), List.of("paid out of the direct-payment account: " + a)));
            break;
          }
          default:
            // Planned support is committed, not spent; an invoice records a reconciliation only.
            break;
        }
      }
      return out;
    }

    private Charge cancellation(Entry c) {
      Priced p = charged(c) ? visit(c, c.date()) : null;
      Money amount = p == null ? Money.zero() : p.amount;
      String who = c.cancelledBy().orElseThrow() == CancelledBy.PERSON ? "the person" : "the provider";
      Duration notice = terms.notice().get(c.provider().orElseThrow());
      return new Charge(c.id(), c.kind(), c.date(), visitOf(c),
          () -> "Visit " + when(c) + " cancelled by " + who + ": "
              + (p == null ? "cancelled in time, not charged" : "late cancellation, charged " + amount),
          amount, null, 0, Money.zero(), () -> {
            LocalDateTime visitStart = c.date().atTime(c.start().orElseThrow());
            Duration given = Duration.between(c.notified().orElseThrow(), visitStart);
            List<String> trace = new ArrayList<>();
            trace.add("visit " + when(c) + " cancelled by " + who + ", the provider told " + c.notified().orElseThrow()
                + ": " + duration(given) + (given.isNegative() ? "" : " before") + " its start; " + c.provider().orElseThrow()
                + "'s notice period is " + duration(notice));
            if (p != null) {
              trace.add("inside the notice period: charged as the visit");
              trace.addAll(p.trace.get());
            } else {
              trace.add(c.cancelledBy().orElseThrow() == CancelledBy.PROVIDER
                  ? "cancelled by the provider: not charged"
                  : "outside the notice period: not charged");
            }
            return trace;
          });
    }

    private boolean charged(Entry c) {
      if (c.cancelledBy().orElseThrow() != CancelledBy.PERSON) {
        return false;
      }
      Duration notice = terms.notice().get(c.provider().orElseThrow());
      Duration given = Duration.between(c.notified().orElseThrow(), c.date().atTime(c.start().orElseThrow()));
      // Told at least the notice period before the start is in time; told later (or after it) is not.
      return given.compareTo(notice) < 0;
    }

    private List<Charge> stay(Entry s, List<Occurrence> occurrences) {
      List<Charge> out = new ArrayList<>();
      int paid = terms.hospital().paidDays();
      LocalDate end = s.until().orElseThrow();
      for (Occurrence o : occurrences) {
        if (o.date.isBefore(s.date()) || o.date.isAfter(end)) {
          continue;
        }
        long day = ChronoUnit.DAYS.between(s.date(), o.date) + 1;
        Entry p = o.plan;
        String head = "hospital stay " + s.date() + " to " + end + ": planned visit " + when(p, o.date) + ", day " + day + " of the stay";
        if (day <= paid) {
          out.add(new Charge(s.id(), s.kind(), o.date, visitOf(p),
              () -> "Planned visit " + when(p, o.date) + " paid to " + p.provider().orElseThrow() + " during a hospital stay: "
                  + o.price.amount,
              o.price.amount, null, 0, Money.zero(), () -> {
                List<String> trace = new ArrayList<>();
                trace.add(head + "; the policy pays the provider for the first " + paid + " days");
                trace.addAll(o.price.trace.get());
                return trace;
              }));
        } else {
          long m = p.visitMinutes();
          String why = paid == 0 ? "the policy banks planned visits during a stay" : "after the " + paid + " days the policy pays for, it is banked";
          out.add(new Charge(s.id(), s.kind(), o.date, null,
              "Planned visit " + when(p, o.date) + " banked during a hospital stay: " + hours(m) + " of " + p.staffType().orElseThrow(),
              Money.zero(), p.staffType().orElseThrow(), m, Money.zero(), List.of(head + "; " + why)));
        }
      }
      return out;
    }

    private Charge mileage(Entry e) {
      RateCard card = terms.rates().inForce(e.date());
      Money perMile = card.version().mileage().orElseThrow(() -> refuse(blame, e.id(),
          "the rates \"" + card.ratesName() + "\" in force on " + e.date() + " price no mileage"));
      BigDecimal miles = e.miles().orElseThrow();
      Money amount = perMile.multipliedBy(miles, card.rounding());
      BigDecimal exact = perMile.pounds().multiply(miles);
      String sum = miles.toPlainString() + " miles x " + perMile + " a mile = "
          + (exact.compareTo(amount.pounds()) == 0 ? amount.toString()
              : "£" + exact.stripTrailingZeros().toPlainString() + " = " + amount + " (rounded " + mode(card.rounding()) + ")");
      List<String> trace = List.of(
          "mileage for " + e.provider().orElseThrow() + " on " + e.date() + ", charged to the person",
          "rates \"" + card.ratesName() + "\" in force " + card.version().from() + " to " + card.version().to(),
          sum);
      return new Charge(e.id(), e.kind(), e.date(), new Charge.Visit(null, null, e.provider().orElseThrow(), null),
          "Mileage: " + miles.toPlainString() + " miles with " + e.provider().orElseThrow() + ": " + amount,
          amount, null, 0, Money.zero(), trace);
    }

    /** A visit of {@code e}'s times, provider and staff type on {@code date}, priced with its trace. */
    Priced visit(Entry e, LocalDate date) {
      String staff = e.staffType().orElseThrow();
      RateCard card = terms.rates().inForce(date);
      BandRules.Choice band = terms.bands().bandOf(date, e.start().orElseThrow(), terms.calendar());
      HourlyRate rate;
      try {
        RateKey rateKey = new RateKey(card.version().from(), staff, band.band);
        rate = rates.get(rateKey);
        if (rate == null) {
          rate = band.band == null ? card.hourly(staff) : card.hourly(staff, band.band);
          rates.put(rateKey, rate);
        }
      } catch (IllegalArgumentException unknown) {
        throw refuse(blame, e.id(), "the rates \"" + card.ratesName() + "\" in force on " + date + " cannot price it: "
            + unknown.getMessage());
      }
      long minutes = e.visitMinutes();
      Money amount = perMinutes(rate.rate(), minutes, card.rounding());
      HourlyRate priced = rate;
      return new Priced(amount, () -> visitTrace(e, date, card, band, priced, minutes, amount));
    }

    /** How {@link #visit} reached {@code amount}, one step a line. */
    private static List<String> visitTrace(
        Entry e, LocalDate date, RateCard card, BandRules.Choice band, HourlyRate rate, long minutes, Money amount) {
      String staff = e.staffType().orElseThrow();
      RoundingMode mode = card.rounding();
      List<String> trace = new ArrayList<>();
      trace.add("visit " + when(e, date) + ": " + minutes + " minutes of " + staff + " (" + e.provider().orElseThrow() + ")");
      trace.add("rates \"" + card.ratesName() + "\" in force " + card.version().from() + " to " + card.version().to());
      trace.add(band.band == null ? "band: none, " + band.reason() : "band " + band.band + ": " + band.reason());
      for (String line : rate.explanation()) {
        trace.add(line.strip());
      }
      BigDecimal exact = rate.rate().pounds().multiply(BigDecimal.valueOf(minutes));
      String quotient;
      try {
        quotient = "£" + exact.divide(BigDecimal.valueOf(60)).stripTrailingZeros().toPlainString();
      } catch (ArithmeticException repeating) {
        quotient = "£" + exact.divide(BigDecimal.valueOf(60), 6, RoundingMode.DOWN).toPlainString() + "...";
      }
      String rounded = quotient.equals("£" + amount.pounds().stripTrailingZeros().toPlainString())
          ? "" : " = " + amount + " (rounded " + mode(mode) + ", once per visit)";
      trace.add(minutes + " minutes x " + rate.rate() + " an hour / 60 = " + (rounded.isEmpty() ? amount.toString() : quotient + rounded));
      return trace;
    }

    private static Charge.Visit visitOf(Entry e) {
      return new Charge.Visit(e.start().orElseThrow(), e.end().orElseThrow(), e.provider().orElseThrow(), e.staffType().orElseThrow());
    }

    private static boolean same(Entry cancellation, Entry plan) {
      return cancellation.start().equals(plan.start())
          && cancellation.provider().equals(plan.provider())
          && cancellation.staffType().equals(plan.staffType());
    }

    private static String when(Entry e) {
      return when(e, e.date());
    }

    private static String when(Entry e, LocalDate date) {
      return date + " " + e.start().orElseThrow() + "-" + e.end().orElseThrow() + " (" + e.staffType().orElseThrow()
          + ", " + e.provider().orElseThrow() + ")";
    }

    private static String reason(Entry e) {
      return e.note().isEmpty() ? "" : ": " + e.note();
    }

    private static String duration(Duration d) {
      if (d.isNegative()) {
        return hours(-d.toMinutes()) + " after";
      }
      long days = d.toDays();
      return days > 0 && d.toMinutes() % (24 * 60) == 0 ? days + (days == 1 ? " day" : " days") : hours(d.toMinutes());
    }
  }

  static String mode(RoundingMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
