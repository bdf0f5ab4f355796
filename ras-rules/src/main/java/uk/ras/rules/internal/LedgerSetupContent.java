package uk.ras.rules.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.AlertRules;
import uk.ras.ledger.BandRules;
import uk.ras.ledger.BankHolidays;
import uk.ras.ledger.Entry;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.ReconciliationRules;
import uk.ras.ledger.ReviewRules;
import uk.ras.money.Money;

/**
 * Not API: what a ledger setup file holds once read, for {@code uk.ras.rules.ledger.LedgerSetupReader}
 * to wrap.
 *
 * @param from the first day of the budget period
 * @param to the last day
 * @param calendar the bank holidays
 * @param bands the band rules
 * @param notice provider to notice period, in the file's order
 * @param hospital the hospital-stay policy
 * @param alerts the alert thresholds
 * @param reconciliation the reconciliation rules
 * @param people the people, in the file's order
 */
public record LedgerSetupContent(
    LocalDate from,
    LocalDate to,
    BankHolidays calendar,
    BandRules bands,
    Map<String, Duration> notice,
    HospitalPolicy hospital,
    AlertRules alerts,
    ReconciliationRules reconciliation,
    List<Person> people) {
  /** Copies the map and list, keeping their order. */
  public LedgerSetupContent {
    notice = Collections.unmodifiableMap(new LinkedHashMap<>(notice));
    people = List.copyOf(people);
  }

  /**
   * Not API: one person of a ledger setup file.
   *
   * @param id the person
   * @param weeklyBudget the weekly budget
   * @param clientGroup the client group, one the file's review rules name
   * @param reviews the review rules of that group
   * @param planStart the day the person's plan started
   * @param firstDirectPayment the day of the person's first direct payment, if the file declares one
   * @param planned the PLANNED entries of the weekly timetable, in the file's order
   * @param reassessed the reassessment of the person's needs the file records, if any
   */
  public record Person(
      PersonId id, Money weeklyBudget, String clientGroup, ReviewRules reviews, LocalDate planStart,
      Optional<LocalDate> firstDirectPayment, List<Entry> planned, Optional<Reassessment> reassessed) {
    /** Copies the list. */
    public Person {
      planned = List.copyOf(planned);
    }
  }

  /**
   * Not API: a reassessment of a person's needs.
   *
   * @param date the day it was held
   * @param reference the council's reference for it
   */
  public record Reassessment(LocalDate date, String reference) {}
}
