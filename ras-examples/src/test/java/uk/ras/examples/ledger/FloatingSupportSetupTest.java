package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Rates;
import uk.ras.ledger.Balance;
import uk.ras.ledger.Entry;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.LedgerTerms;
import uk.ras.money.Money;
import uk.ras.rules.costing.CostingReader;
import uk.ras.rules.ledger.LedgerPerson;
import uk.ras.rules.ledger.LedgerSetup;
import uk.ras.rules.ledger.LedgerSetupReader;

/**
 * The bundled ledger scenario's setup reads, and every person's terms build against the bundled rates
 * with the planned timetable recorded, inside the weekly budget.
 */
class FloatingSupportSetupTest {
  static final String SETUP = "/uk/ras/examples/ledger/floating-support/setup.yaml";
  static final String RATES = "/uk/ras/examples/costing/rates.yaml";

  static LedgerSetup setup() throws IOException {
    try (InputStream in = FloatingSupportSetupTest.class.getResourceAsStream(SETUP)) {
      return LedgerSetupReader.create().read("setup.yaml", in);
    }
  }

  static Rates rates() throws IOException {
    try (InputStream in = FloatingSupportSetupTest.class.getResourceAsStream(RATES)) {
      return CostingReader.create().readRates("rates.yaml", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void theSetupIsTenPeopleOnFloatingSupportForTheLastQuarterOf2026() throws IOException {
    LedgerSetup setup = setup();
    assertEquals(LocalDate.parse("2026-10-01"), setup.from());
    assertEquals(LocalDate.parse("2026-12-31"), setup.to());
    assertEquals(
        List.of("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10"),
        setup.people().stream().map(p -> p.id().value()).collect(Collectors.toList()));
    assertEquals(Duration.ofDays(7), setup.notice().get("Riverside Support"));
    assertEquals(2, setup.notice().size());
    assertEquals(HospitalPolicy.bank(), setup.hospital());
    assertEquals(8, setup.alerts().surplusWeeks());
    // Two bank holidays in the period: Friday 25 and Monday 28 December 2026.
    assertEquals(
        List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")),
        setup.calendar().dates().stream()
            .filter(d -> !d.isBefore(setup.from()) && !d.isAfter(setup.to()))
            .collect(Collectors.toList()));
    assertTrue(setup.people().stream().filter(p -> p.clientGroup().equals("mental health")).count() >= 7);
  }

  @Test
  void everyPersonHasTwoToSixHoursAWeekAndSomeVisitsAreEveningsOrWeekends() throws IOException {
    int evenings = 0;
    int weekends = 0;
    for (LedgerPerson person : setup().people()) {
      long minutes = 0;
      for (Entry e : person.planned()) {
        minutes += Duration.between(e.start().orElseThrow(), e.end().orElseThrow()).toMinutes();
        evenings += e.start().orElseThrow().isBefore(LocalTime.parse("18:00")) ? 0 : 1;
        DayOfWeek day = e.day().orElseThrow();
        weekends += day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 1 : 0;
      }
      assertTrue(minutes >= 120 && minutes <= 360, person.id() + ": " + minutes + " minutes a week");
    }
    assertTrue(evenings >= 3, "evening visits: " + evenings);
    assertTrue(weekends >= 3, "weekend visits: " + weekends);
  }

  /**
   * Every person's terms build with the bundled rates, the timetable records (its staff types and bands are
   * the rates'), and what the timetable commits over the period, bank holidays included, is within the
   * period's budget. P01 by hand: 13 weeks and a day from Thursday 1 October, so 13 Mondays (one the bank
   * holiday of 28 December) and 14 Thursdays; 2 hours on a Monday at £23.13 is £46.26, at the bank-holiday
   * rate £34.70 an hour £69.40; 90 minutes on a Thursday `90 x 23.13 / 60 = 34.695`, £34.70. Committed:
   * `12 x 46.26 + 69.40 + 14 x 34.70 = 555.12 + 69.40 + 485.80 = 1,110.32`; the budget is
   * `95.00 x 92 / 7 = 1,248.571...`, £1,248.57.
   */
  @Test
  void everyPersonsTermsBuildAndThePlanFitsTheBudget() throws IOException {
    LedgerSetup setup = setup();
    Rates rates = rates();
    for (LedgerPerson person : setup.people()) {
      LedgerTerms terms = setup.terms(person.id(), rates);
      Ledger ledger = Ledger.of(terms, person.planned());
      Balance before = ledger.balanceOn(setup.from().minusDays(1));
      assertFalse(person.planned().isEmpty(), person.id().toString());
      assertFalse(before.committed().isGreaterThan(before.budget()),
          person.id() + ": commits " + before.committed() + " of " + before.budget());
      // Room for mileage and the odd extra visit, but not a plan that leaves most of the budget idle.
      assertTrue(before.committed().isGreaterThan(before.budget().multipliedBy(3).dividedBy(java.math.BigDecimal.valueOf(4),
          java.math.RoundingMode.HALF_UP)), person.id() + ": commits " + before.committed() + " of " + before.budget());
    }
    // The terms carry each person's review rules and plan start. P04's plan started on Monday 5 October
    // 2026 (mental health: first review after 8 weeks), so by hand 5 October + 56 days = 30 November.
    LedgerTerms p04 = setup.terms(PersonId.of("P04"), rates);
    assertEquals(LocalDate.parse("2026-10-05"), p04.planStart().orElseThrow());
    assertEquals("mental health", p04.reviews().orElseThrow().clientGroup());
    assertEquals(LocalDate.parse("2026-11-30"), Ledger.of(p04).reviews(LocalDate.parse("2026-11-01")).get(0).dueOn());
    Ledger p01 = Ledger.of(setup.terms(PersonId.of("P01"), rates), setup.person(PersonId.of("P01")).orElseThrow().planned());
    Balance start = p01.balanceOn(LocalDate.parse("2026-09-30"));
    assertEquals(Money.parse("1248.57"), start.budget());
    assertEquals(Money.parse("1110.32"), start.committed());
  }
}
