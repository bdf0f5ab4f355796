package uk.ras.rules.ledger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Rates;
import uk.ras.ledger.AlertRules;
import uk.ras.ledger.BandRules;
import uk.ras.ledger.BankHolidays;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.LedgerTerms;
import uk.ras.ledger.ReconciliationRules;
import uk.ras.rules.RuleFileProblem;

/**
 * What a ledger setup file holds: the budget period, the bank-holiday calendar, the band rules, each
 * provider's notice period, the hospital policy, the alert thresholds, the reconciliation rules and the
 * people with their weekly budgets, review rules and planned timetables. {@link #terms} builds a person's
 * {@link LedgerTerms} from them and the rates. Made by {@link LedgerSetupReader}. Immutable and
 * thread-safe.
 */
public final class LedgerSetup {
  private final String source;
  private final LocalDate from;
  private final LocalDate to;
  private final BankHolidays calendar;
  private final BandRules bands;
  private final Map<String, Duration> notice;
  private final HospitalPolicy hospital;
  private final AlertRules alerts;
  private final ReconciliationRules reconciliation;
  private final List<LedgerPerson> people;
  private final BiFunction<String, String, RuleFileProblem> locator;

  LedgerSetup(
      String source,
      LocalDate from,
      LocalDate to,
      BankHolidays calendar,
      BandRules bands,
      Map<String, Duration> notice,
      HospitalPolicy hospital,
      AlertRules alerts,
      ReconciliationRules reconciliation,
      List<LedgerPerson> people,
      BiFunction<String, String, RuleFileProblem> locator) {
    this.source = source;
    this.from = from;
    this.to = to;
    this.calendar = calendar;
    this.bands = bands;
    this.notice = notice;
    this.hospital = hospital;
    this.alerts = alerts;
    this.reconciliation = reconciliation;
    this.people = List.copyOf(people);
    this.locator = locator;
  }

  /** {@return the name the file was read under, as problems show it; never null} */
  public String source() {
    return source;
  }

  /** {@return the first day of the budget period; never null} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day of the budget period (inclusive); never null} */
  public LocalDate to() {
    return to;
  }

  /** {@return the bank-holiday calendar, covering the whole period; never null} */
  public BankHolidays calendar() {
    return calendar;
  }

  /** {@return the band rules; never null} */
  public BandRules bands() {
    return bands;
  }

  /** {@return each provider's cancellation notice period, in the file's order; never null} */
  public Map<String, Duration> notice() {
    return notice;
  }

  /** {@return the hospital-stay policy; never null} */
  public HospitalPolicy hospital() {
    return hospital;
  }

  /** {@return the alert thresholds; never null} */
  public AlertRules alerts() {
    return alerts;
  }

  /** {@return the rules for reconciling providers' invoices; never null} */
  public ReconciliationRules reconciliation() {
    return reconciliation;
  }

  /** {@return the people, in the file's order; never null} */
  public List<LedgerPerson> people() {
    return people;
  }

  /**
   * {@return the person with this id, if the setup has one}
   *
   * @param id not null
   */
  public Optional<LedgerPerson> person(PersonId id) {
    Objects.requireNonNull(id, "id");
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The terms a person's ledger is kept under: the period, the person's weekly budget, the rates, the
   * setup's calendar, bands, notice periods and hospital policy, and the review rules of the person's
   * client group with the day their plan started.
   *
   * @param id one of the setup's people, not null
   * @param rates the rates that price visits, not null
   * @return the terms, never null
   * @throws IllegalArgumentException if the setup has no such person
   */
  public LedgerTerms terms(PersonId id, Rates rates) {
    Objects.requireNonNull(rates, "rates");
    LedgerPerson person =
        person(id).orElseThrow(() -> new IllegalArgumentException("the ledger setup " + source + " has no person " + id));
    LedgerTerms.Builder builder =
        LedgerTerms.builder(person.id(), from, to, person.weeklyBudget(), rates)
            .calendar(calendar)
            .bands(bands)
            .hospital(hospital)
            .reviews(person.reviews(), person.planStart());
    person.firstDirectPayment().ifPresent(builder::firstDirectPayment);
    notice.forEach(builder::notice);
    return builder.build();
  }

  /**
   * Places a problem found after reading, such as a staff type the rates lack ({@code
   * people[2].timetable[0].staff}), at the node {@code path} names, or its nearest parent in the file.
   *
   * @param path a path in the file's terms, not null; "" for the file as a whole
   * @param message what is wrong, not null
   * @return the located problem, never null
   */
  public RuleFileProblem problemAt(String path, String message) {
    return locator.apply(Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"));
  }

  @Override
  public String toString() {
    return "LedgerSetup[source=" + source + ", from=" + from + ", to=" + to + ", calendar=" + calendar.name()
        + ", providers=" + notice.keySet() + ", people=" + people.size() + "]";
  }
}
