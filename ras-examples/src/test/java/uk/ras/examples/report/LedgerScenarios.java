package uk.ras.examples.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.BandRules;
import uk.ras.ledger.BankHolidays;
import uk.ras.ledger.CancelledBy;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.LedgerTerms;
import uk.ras.money.Money;

/**
 * The worked example of docs/ledger.md (ras-core's LedgerDocTest: P01's June 2026 with Acme Care, worked by
 * hand in the doc), built here through the public API on the bundled rates ({@link LetterScenarios#RATES},
 * whose 2026/27 version the doc prices with: a support worker £23.13 an hour, a senior £24.60, weekend x 1.1,
 * mileage £0.45 a mile, half-up), with the person's reference and the provider's name given, so that the
 * pages can be shown hostile ones; and a second person, P02, for the provider's invoice.
 */
final class LedgerScenarios {
  static final String ACME = "Acme Care";
  static final String SW = "support-worker";
  static final String SENIOR = "senior-support-worker";
  static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");
  static final LocalDate JUNE_30 = LocalDate.parse("2026-06-30");

  private LedgerScenarios() {}

  /** £100.00 a week from Monday 1 June to Sunday 30 August 2026 (£1,300.00); one day's notice; stays banked. */
  static LedgerTerms terms(PersonId person, String provider) {
    return LedgerTerms.builder(person, JUNE_1, LocalDate.parse("2026-08-30"), Money.parse("100.00"), LetterScenarios.RATES)
        .calendar(BankHolidays.of("England and Wales", 2026, 2026, List.of(
            LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
            LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-25"), LocalDate.parse("2026-08-31"),
            LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"))))
        .bands(BandRules.of(Optional.of("bank-holiday"), Optional.of("weekend"), Optional.of("weekday-day"))
            .withWindow(LocalTime.parse("18:00"), LocalTime.parse("22:00"), "evening")
            .withWindow(LocalTime.parse("22:00"), LocalTime.parse("07:00"), "night"))
        .notice(provider, Duration.ofDays(1))
        .hospital(HospitalPolicy.bank())
        .build();
  }

  /** The doc's P01 in June 2026. */
  static Ledger june() {
    return june(PersonId.of("P01"), ACME);
  }

  /**
   * The doc's June: Wednesday visits 10:00 to 12:00 planned from 1 June; visits on 3 and 10 June; 12.5 miles on
   * 5 June; a visit on 11 June reversed; visits on Friday 12 June 14:00 to 15:30 and Saturday 13 June 09:00 to
   * 10:00; the 17 June visit cancelled late; a hospital stay from 22 to 26 June.
   */
  static Ledger june(PersonId person, String provider) {
    return Ledger.of(terms(person, provider))
        .record(Entry.planned(EntryId.of("plan"), person, JUNE_1, Optional.empty(), DayOfWeek.WEDNESDAY,
            LocalTime.parse("10:00"), LocalTime.parse("12:00"), provider, SW))
        .record(visit(person, provider, "v1", "2026-06-03", "10:00", "12:00"))
        .record(Entry.mileage(EntryId.of("m1"), person, LocalDate.parse("2026-06-05"), provider, new BigDecimal("12.5")))
        .record(visit(person, provider, "v2", "2026-06-10", "10:00", "12:00"))
        .record(visit(person, provider, "v3", "2026-06-11", "10:00", "11:00"))
        .record(Entry.reversal(EntryId.of("r1"), person, LocalDate.parse("2026-06-12"), EntryId.of("v3"),
            "recorded for the wrong person"))
        .record(visit(person, provider, "v4", "2026-06-12", "14:00", "15:30"))
        .record(visit(person, provider, "v5", "2026-06-13", "09:00", "10:00"))
        .record(Entry.cancellation(EntryId.of("c1"), person, LocalDate.parse("2026-06-17"), LocalTime.parse("10:00"),
            LocalTime.parse("12:00"), provider, SW, CancelledBy.PERSON, LocalDateTime.parse("2026-06-16T18:00")))
        .record(Entry.hospitalStay(EntryId.of("h1"), person, LocalDate.parse("2026-06-22"), LocalDate.parse("2026-06-26")));
  }

  /** P02 with Acme Care in June: Monday 1 June 14:00 to 15:00 a senior, Tuesday 2 June 09:00 to 09:45 a support worker. */
  static Ledger p02() {
    PersonId p = PersonId.of("P02");
    return Ledger.of(terms(p, ACME))
        .record(Entry.visit(EntryId.of("w1"), p, JUNE_1, LocalTime.parse("14:00"), LocalTime.parse("15:00"), ACME, SENIOR))
        .record(visit(p, ACME, "w2", "2026-06-02", "09:00", "09:45"));
  }

  /** Acme's invoice A-1001 of the doc, for P01, with one line for P02 besides. */
  static Invoice invoice(PersonId person, String provider, String number) {
    return Invoice.of(number, provider, JUNE_1, JUNE_30, List.of(
        line(person, "2026-06-03", "10:05", "12:05", "46.26"),
        line(person, "2026-06-10", "10:00", "12:00", "48.00"),
        line(PersonId.of("P02"), "2026-06-02", "09:00", "09:45", "17.35"),
        line(person, "2026-06-12", "15:00", "16:30", "34.70"),
        line(person, "2026-06-17", "10:00", "12:00", "46.26"),
        line(person, "2026-06-19", "14:00", "15:00", "23.13")));
  }

  static Entry visit(PersonId person, String provider, String id, String date, String start, String end) {
    return Entry.visit(EntryId.of(id), person, LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end),
        provider, SW);
  }

  static InvoiceLine line(PersonId person, String date, String start, String end, String amount) {
    return InvoiceLine.of(person, LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end), SW,
        Money.parse(amount));
  }
}
