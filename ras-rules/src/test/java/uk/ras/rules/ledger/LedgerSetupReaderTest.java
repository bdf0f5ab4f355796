package uk.ras.rules.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Rates;
import uk.ras.ledger.AlertRules;
import uk.ras.ledger.BandRules;
import uk.ras.ledger.BankHolidays;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.LedgerTerms;
import uk.ras.ledger.ReconciliationRules;
import uk.ras.ledger.ReviewRules;
import uk.ras.money.Money;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;
import uk.ras.rules.costing.CostingReader;

/** Ledger setup files read into the core's ledger terms, and every problem located at its line and column. */
class LedgerSetupReaderTest {
  static final LedgerSetupReader READER = LedgerSetupReader.create();
  static final Path RATES = Path.of("../ras-examples/src/main/resources/uk/ras/examples/costing/rates.yaml");

  @TempDir Path dir;

  /** Every field once; line numbers in the comments are the ones the tests below expect. */
  static final String SETUP =
      "from: 2026-06-01\n" // 1
          + "to: 2026-08-30\n" // 2
          + "calendar: england-and-wales\n" // 3
          + "bands:\n" // 4
          + "  bankHoliday: bank-holiday\n" // 5
          + "  weekend: weekend\n" // 6
          + "  otherwise: weekday-day\n" // 7
          + "  windows:\n" // 8
          + "    - {from: \"18:00\", to: \"22:00\", band: evening}\n" // 9
          + "    - {from: \"22:00\", to: \"07:00\", band: night}\n" // 10
          + "providers:\n" // 11
          + "  - {name: Acme Care, notice: 1 day}\n" // 12
          + "  - {name: Beta Support, notice: 36 hours}\n" // 13
          + "hospital: {policy: pay-provider, days: 14}\n" // 14
          + "alerts: {bankedLimit: 10 hours, unusedWeeks: 3, surplusWeeks: 8}\n" // 15
          + "reconciliation: {tolerance: 10 minutes, roundTo: 15 minutes}\n" // 16
          + "reviews:\n" // 17
          + "  - {clientGroup: mental health, firstAfterWeeks: 8, everyMonths: 6, dueSoonDays: 14}\n" // 18
          + "  - {clientGroup: older people, firstAfterWeeks: 6, everyMonths: 12, dueSoonDays: 28}\n" // 19
          + "people:\n" // 20
          + "  - id: P01\n" // 21
          + "    clientGroup: mental health\n" // 22
          + "    weeklyBudget: \"100.00\"\n" // 23
          + "    planStart: 2026-05-04\n" // 24
          + "    timetable:\n" // 25
          + "      - {day: Wednesday, start: \"10:00\", end: \"12:00\", provider: Acme Care, staff: support-worker}\n" // 26
          + "      - {day: Saturday, start: \"18:30\", end: \"19:15\", provider: Beta Support, staff: senior-support-worker}\n" // 27
          + "  - id: P02\n" // 28
          + "    clientGroup: older people\n" // 29
          + "    weeklyBudget: 60\n" // 30
          + "    planStart: 2026-07-13\n" // 31
          + "    reassessed: {date: 2026-07-01, reference: RA-2211}\n" // 32
          + "    timetable: []\n"; // 33

  @Test
  void readsEveryField() {
    LedgerSetup setup = READER.read("setup.yaml", SETUP);
    assertEquals("setup.yaml", setup.source());
    assertEquals(LocalDate.parse("2026-06-01"), setup.from());
    assertEquals(LocalDate.parse("2026-08-30"), setup.to());
    assertEquals(LedgerSetupReader.englandAndWales(), setup.calendar());
    assertEquals(
        BandRules.of(Optional.of("bank-holiday"), Optional.of("weekend"), Optional.of("weekday-day"))
            .withWindow(LocalTime.parse("18:00"), LocalTime.parse("22:00"), "evening")
            .withWindow(LocalTime.parse("22:00"), LocalTime.parse("07:00"), "night"),
        setup.bands());
    assertEquals(List.of("Acme Care", "Beta Support"), List.copyOf(setup.notice().keySet()));
    assertEquals(Map.of("Acme Care", Duration.ofDays(1), "Beta Support", Duration.ofHours(36)), setup.notice());
    assertEquals(HospitalPolicy.payProvider(14), setup.hospital());
    assertEquals(AlertRules.of(600, 3, 8), setup.alerts());
    assertEquals(ReconciliationRules.of(10, 15), setup.reconciliation());
    assertEquals(2, setup.people().size());

    PersonId p01 = PersonId.of("P01");
    LedgerPerson first = setup.people().get(0);
    assertEquals(p01, first.id());
    assertEquals(Money.parse("100.00"), first.weeklyBudget());
    assertEquals("mental health", first.clientGroup());
    assertEquals(ReviewRules.of("mental health", 8, 6, 14), first.reviews());
    assertEquals(LocalDate.parse("2026-05-04"), first.planStart());
    // The plan started before the period: its visits are planned from the period's first day.
    assertEquals(
        List.of(
            Entry.planned(EntryId.of("plan-P01-1"), p01, LocalDate.parse("2026-06-01"), Optional.empty(),
                DayOfWeek.WEDNESDAY, LocalTime.parse("10:00"), LocalTime.parse("12:00"), "Acme Care", "support-worker"),
            Entry.planned(EntryId.of("plan-P01-2"), p01, LocalDate.parse("2026-06-01"), Optional.empty(),
                DayOfWeek.SATURDAY, LocalTime.parse("18:30"), LocalTime.parse("19:15"), "Beta Support",
                "senior-support-worker")),
        first.planned());

    LedgerPerson second = setup.person(PersonId.of("P02")).orElseThrow();
    assertEquals(Money.parse("60.00"), second.weeklyBudget());
    assertEquals(ReviewRules.of("older people", 6, 12, 28), second.reviews());
    assertEquals(List.of(), second.planned());
    assertEquals(Optional.empty(), setup.person(PersonId.of("P03")));
    assertEquals(Optional.empty(), first.reassessed());
    Reassessment reassessed = second.reassessed().orElseThrow();
    assertEquals(LocalDate.parse("2026-07-01"), reassessed.date());
    assertEquals("RA-2211", reassessed.reference());
    assertEquals("the reassessment RA-2211 of 2026-07-01", reassessed.toString());
  }

  @Test
  void aReassessmentIsReadStrictlyAndEveryProblemLocated() {
    // Line 32, "    reassessed: {date: 2026-07-01, reference: RA-2211}": the map opens at column 17, date's value
    // at 23, reference's value at 46; a misspelt field put after P01's planStart (line 24) is line 25, column 5.
    assertEquals(
        List.of(
            "setup.yaml:32:17 people[1].reassessed.date: missing required field 'date'",
            "setup.yaml:32:18 people[1].reassessed.dated: unknown field 'dated'; did you mean 'date'?"),
        problems(SETUP.replace("{date: 2026-07-01", "{dated: 2026-07-01")));
    assertEquals(
        List.of("setup.yaml:32:17 people[1].reassessed.reference: missing required field 'reference'"),
        problems(SETUP.replace(", reference: RA-2211", "")));
    assertEquals(
        List.of("setup.yaml:32:24 people[1].reassessed.date: '2026-07-32' is not a date of the calendar"),
        problems(SETUP.replace("date: 2026-07-01", "date: 2026-07-32")));
    assertEquals(
        List.of("setup.yaml:32:47 people[1].reassessed.reference: a reference is at most 100 characters"),
        problems(SETUP.replace("RA-2211", "R".repeat(101))));
    assertEquals(
        List.of("setup.yaml:32:17 people[1].reassessed: expected a mapping with fields date, reference; found text 'yes'"),
        problems(SETUP.replace("{date: 2026-07-01, reference: RA-2211}", "yes")));
    assertEquals(
        List.of("setup.yaml:25:5 people[0].reassesed: unknown field 'reassesed'; did you mean 'reassessed'?"),
        problems(SETUP.replace("    planStart: 2026-05-04\n", "    planStart: 2026-05-04\n    reassesed: {date: 2026-05-01, reference: X}\n")));
  }

  @Test
  void aFirstDirectPaymentBeforeTheLedgerIsReadIntoTheTerms() throws IOException {
    // Put after P01's planStart (line 24), the field is line 25; its value starts at column 25.
    String declared = SETUP.replace("    planStart: 2026-05-04\n", "    planStart: 2026-05-04\n    firstDirectPayment: 2025-02-10\n");
    LedgerSetup setup = READER.read("setup.yaml", declared);
    assertEquals(Optional.of(LocalDate.parse("2025-02-10")), setup.people().get(0).firstDirectPayment());
    assertEquals(Optional.empty(), setup.people().get(1).firstDirectPayment());
    Rates rates = CostingReader.create().readRates(RATES);
    assertEquals(Optional.of(LocalDate.parse("2025-02-10")), setup.terms(PersonId.of("P01"), rates).firstDirectPayment());
    assertEquals(Optional.empty(), READER.read("setup.yaml", SETUP).terms(PersonId.of("P01"), rates).firstDirectPayment());

    assertEquals(
        List.of("setup.yaml:25:25 people[0].firstDirectPayment: the first direct payment is on 2026-08-31, after the budget"
            + " period ends on 2026-08-30"),
        problems(declared.replace("2025-02-10", "2026-08-31")));
    assertEquals(
        List.of("setup.yaml:25:25 people[0].firstDirectPayment: '2025-02-30' is not a date of the calendar"),
        problems(declared.replace("2025-02-10", "2025-02-30")));
  }

  @Test
  void aSlotEndingBeforeItStartsIsANightVisitIntoTheNextDay() {
    LedgerSetup setup = READER.read("setup.yaml", SETUP.replace("start: \"10:00\", end: \"12:00\"", "start: \"23:00\", end: \"01:00\""));
    // Taken as the ledger takes a planned visit from 23:00 on Wednesday to 01:00 on Thursday.
    assertEquals(
        Entry.planned(EntryId.of("plan-P01-1"), PersonId.of("P01"), LocalDate.parse("2026-06-01"), Optional.empty(),
            DayOfWeek.WEDNESDAY, LocalTime.parse("23:00"), LocalTime.parse("01:00"), "Acme Care", "support-worker"),
        setup.people().get(0).planned().get(0));
  }

  @Test
  void aPlanStartedInsideThePeriodIsPlannedFromItsStart() {
    LedgerSetup setup = READER.read("setup.yaml", SETUP.replace("planStart: 2026-05-04", "planStart: 2026-06-17"));
    assertEquals(LocalDate.parse("2026-06-17"), setup.people().get(0).planned().get(0).date());
  }

  @Test
  void termsCarryEverythingDeclared() throws IOException {
    Rates rates = CostingReader.create().readRates(RATES);
    LedgerSetup setup = READER.read("setup.yaml", SETUP);
    LedgerTerms terms = setup.terms(PersonId.of("P01"), rates);
    assertEquals(PersonId.of("P01"), terms.person());
    assertEquals(LocalDate.parse("2026-06-01"), terms.from());
    assertEquals(LocalDate.parse("2026-08-30"), terms.to());
    // 13 weeks of £100.00.
    assertEquals(Money.parse("1300.00"), terms.budget());
    assertEquals(rates, terms.rates());
    assertEquals(setup.calendar(), terms.calendar());
    assertEquals(setup.bands(), terms.bands());
    assertEquals(setup.notice(), terms.notice());
    assertEquals(HospitalPolicy.payProvider(14), terms.hospital());
    assertEquals(Optional.of(ReviewRules.of("mental health", 8, 6, 14)), terms.reviews());
    assertEquals(Optional.of(LocalDate.parse("2026-05-04")), terms.planStart());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> setup.terms(PersonId.of("P09"), rates));
    assertEquals("the ledger setup setup.yaml has no person P09", e.getMessage());
  }

  @Test
  void theCalendarDefaultsToEnglandAndWalesAndMayBeWrittenOut() {
    LedgerSetup omitted = READER.read("setup.yaml", SETUP.replace("calendar: england-and-wales\n", ""));
    assertEquals(LedgerSetupReader.englandAndWales(), omitted.calendar());
    LedgerSetup own =
        READER.read("setup.yaml", SETUP.replace("calendar: england-and-wales\n",
            "calendar: {name: Test, firstYear: 2026, lastYear: 2026, dates: [2026-05-25, 2026-08-31]}\n"));
    assertEquals(
        BankHolidays.of("Test", 2026, 2026, List.of(LocalDate.parse("2026-05-25"), LocalDate.parse("2026-08-31"))),
        own.calendar());
  }

  @Test
  void readsFilesStreamsAndJson() throws IOException {
    Path file = Files.writeString(dir.resolve("setup.yaml"), SETUP);
    LedgerSetup fromText = READER.read("setup.yaml", SETUP);
    assertEquals(fromText.people(), READER.read(file).people());
    assertEquals(file.toString(), READER.read(file).source());
    assertEquals(
        fromText.people(),
        READER.read("setup.yaml", new ByteArrayInputStream(SETUP.getBytes(StandardCharsets.UTF_8))).people());
    String json =
        "{\"from\": \"2026-06-01\", \"to\": \"2026-06-30\", \"bands\": {},"
            + " \"providers\": [{\"name\": \"Acme Care\", \"notice\": \"2 weeks\"}], \"hospital\": {\"policy\": \"bank\"},"
            + " \"alerts\": {\"bankedLimit\": \"0 minutes\", \"unusedWeeks\": 1, \"surplusWeeks\": 104},"
            + " \"reconciliation\": {\"tolerance\": \"0 minutes\", \"roundTo\": \"1 minute\"},"
            + " \"reviews\": [{\"clientGroup\": \"x\", \"firstAfterWeeks\": 1, \"everyMonths\": 36, \"dueSoonDays\": 0}],"
            + " \"people\": [{\"id\": \"A\", \"clientGroup\": \"x\", \"weeklyBudget\": \"0.00\", \"planStart\": \"2026-06-01\","
            + " \"timetable\": []}]}";
    LedgerSetup setup = READER.read("setup.json", json);
    assertEquals(Duration.ofDays(14), setup.notice().get("Acme Care"));
    assertEquals(HospitalPolicy.bank(), setup.hospital());
    assertEquals(BandRules.of(Optional.empty(), Optional.empty(), Optional.empty()), setup.bands());
    assertEquals(AlertRules.of(0, 1, 104), setup.alerts());
    assertEquals(ReconciliationRules.of(0, 1), setup.reconciliation());
  }

  @Test
  void unknownFieldsAreSuggested() {
    assertEquals(
        List.of(
            "setup.yaml:12:5 providers[0].notice: missing required field 'notice'",
            "setup.yaml:12:23 providers[0].notise: unknown field 'notise'; did you mean 'notice'?",
            "setup.yaml:21:5 people[0].weeklyBudget: missing required field 'weeklyBudget'",
            "setup.yaml:23:5 people[0].weeklyBugdet: unknown field 'weeklyBugdet'; did you mean 'weeklyBudget'?"),
        problems(SETUP.replace("notice: 1 day", "notise: 1 day").replace("weeklyBudget: \"100.00\"", "weeklyBugdet: \"100.00\"")));
  }

  @Test
  void badValuesAreLocated() {
    assertEquals(
        List.of("setup.yaml:12:31 providers[0].notice: '1 dya' is not a duration; expected a whole number and minutes,"
            + " hours, days or weeks, such as \"7 days\""),
        problems(SETUP.replace("notice: 1 day", "notice: 1 dya")));
    assertEquals(
        List.of("setup.yaml:12:31 providers[0].notice: a notice period is at most 28 days (one day to two weeks is usual)"),
        problems(SETUP.replace("notice: 1 day", "notice: 5 weeks")));
    assertEquals(
        List.of("setup.yaml:26:47 people[0].timetable[0].end: '12.00' is not a time; expected HH:MM such as \"18:00\""),
        problems(SETUP.replace("end: \"12:00\"", "end: \"12.00\"")));
    assertEquals(
        List.of("setup.yaml:26:47 people[0].timetable[0].end: '25:00' is not a time of day; expected 00:00 to 23:59"),
        problems(SETUP.replace("end: \"12:00\"", "end: \"25:00\"")));
    assertEquals(
        List.of("setup.yaml:26:47 people[0].timetable[0].end: a visit must not end when it starts (10:00); one that ends"
            + " before it starts runs past midnight into the next day"),
        problems(SETUP.replace("end: \"12:00\"", "end: \"10:00\"")));
    assertEquals(
        List.of("setup.yaml:26:15 people[0].timetable[0].day: 'wednesday' is not a day of the week; expected Monday or"
            + " Tuesday or Wednesday or Thursday or Friday or Saturday or Sunday"),
        problems(SETUP.replace("day: Wednesday", "day: wednesday")));
    assertEquals(
        List.of("setup.yaml:26:66 people[0].timetable[0].provider: provider 'Acme Cair' is not declared under"
            + " providers; did you mean 'Acme Care'?"),
        problems(SETUP.replace("provider: Acme Care", "provider: Acme Cair")));
    assertEquals(
        List.of("setup.yaml:22:18 people[0].clientGroup: no review rules for client group 'mental-health'; did you"
            + " mean 'mental health'?"),
        problems(SETUP.replace("clientGroup: mental health\n", "clientGroup: mental-health\n")));
    assertEquals(
        List.of("setup.yaml:23:19 people[0].weeklyBudget: '100,00' is not an amount; expected pounds such as \"1015.00\""),
        problems(SETUP.replace("\"100.00\"", "\"100,00\"")));
    assertEquals(
        List.of("setup.yaml:23:19 people[0].weeklyBudget: a weekly budget must be from £0.00 to £10,000,000.00, was -£1.00"),
        problems(SETUP.replace("\"100.00\"", "\"-1.00\"")));
    assertEquals(
        List.of("setup.yaml:14:11 hospital.days: missing required field 'days': pay-provider pays the provider for the"
            + " planned visits in the first days of a stay, such as 14"),
        problems(SETUP.replace(", days: 14", "")));
    assertEquals(
        List.of("setup.yaml:14:26 hospital.days: not used when planned visits in a stay are banked: only pay-provider"
            + " pays for a number of days"),
        problems(SETUP.replace("policy: pay-provider", "policy: bank")));
    assertEquals(
        List.of("setup.yaml:15:63 alerts.surplusWeeks: must be from 1 to 104 weeks, was 0"),
        problems(SETUP.replace("surplusWeeks: 8", "surplusWeeks: 0")));
    assertEquals(
        List.of("setup.yaml:16:50 reconciliation.roundTo: must be from 1 minute (no rounding) to 60 minutes"),
        problems(SETUP.replace("roundTo: 15 minutes", "roundTo: 2 hours")));
    assertEquals(
        List.of("setup.yaml:18:67 reviews[0].everyMonths: must be from 1 to 36, was 48"),
        problems(SETUP.replace("everyMonths: 6", "everyMonths: 48")));
    assertEquals(
        List.of("setup.yaml:28:9 people[1].id: person 'P01' is listed twice"),
        problems(SETUP.replace("id: P02", "id: P01")));
    assertEquals(
        List.of("setup.yaml:13:12 providers[1].name: provider 'Acme Care' is declared twice"),
        problems(SETUP.replace("name: Beta Support", "name: Acme Care").replace("provider: Beta Support", "provider: Acme Care")));
    assertEquals(
        List.of("setup.yaml:2:5 to: the budget period 2026-06-01 to 2026-05-31 must run forwards for at most 731 days"),
        problems(SETUP.replace("to: 2026-08-30", "to: 2026-05-31")));
    assertEquals(
        List.of("setup.yaml:31:16 people[1].planStart: the plan starts on 2026-09-01, after the budget period ends on 2026-08-30"),
        problems(SETUP.replace("planStart: 2026-07-13", "planStart: 2026-09-01")));
  }

  @Test
  void aCalendarMustCoverThePeriod() {
    assertEquals(
        List.of("setup.yaml:3:11 calendar: the England and Wales calendar covers 2024 to 2028, not the whole budget"
            + " period 2028-12-01 to 2029-01-31"),
        problems(SETUP.replace("from: 2026-06-01", "from: 2028-12-01").replace("to: 2026-08-30", "to: 2029-01-31")
            .replace("planStart: 2026-07-13", "planStart: 2028-12-13")));
    assertEquals(
        List.of("setup.yaml:3:11 calendar: 'scotland' is not a bundled calendar (or write one out: name, firstYear,"
            + " lastYear, dates); expected england-and-wales"),
        problems(SETUP.replace("calendar: england-and-wales", "calendar: scotland")));
    assertEquals(
        List.of("setup.yaml:3:62 calendar.dates[0]: 2025-12-25 is outside the years 2026 to 2026 the calendar covers"),
        problems(SETUP.replace("calendar: england-and-wales",
            "calendar: {name: T, firstYear: 2026, lastYear: 2026, dates: [2025-12-25]}")));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String bad =
        SETUP.replace("notice: 1 day", "notice: one day")
            .replace("unusedWeeks: 3", "unusedWeeks: \"3\"")
            .replace("start: \"10:00\"", "start: 10")
            .replace("weeklyBudget: 60", "weeklyBudget: yes");
    List<String> found = problems(bad);
    assertEquals(4, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("setup.yaml:12:31 providers[0].notice:"), found::toString);
    assertTrue(found.get(1).startsWith("setup.yaml:15:46 alerts.unusedWeeks:"), found::toString);
    assertTrue(found.get(2).startsWith("setup.yaml:26:33 people[0].timetable[0].start:"), found::toString);
    assertTrue(found.get(3).startsWith("setup.yaml:30:19 people[1].weeklyBudget:"), found::toString);
  }

  @Test
  void problemsFoundLaterAreLocatedAtTheirNode() {
    LedgerSetup setup = READER.read("setup.yaml", SETUP);
    RuleFileProblem p = setup.problemAt("people[0].timetable[1].staff", "no staff type 'senior-support-worker'");
    assertEquals("setup.yaml:27:86 people[0].timetable[1].staff: no staff type 'senior-support-worker'", p.toString());
  }

  /**
   * Every date of the bundled calendar, against the rules worked out here independently of the file:
   * New Year's Day, Christmas Day and Boxing Day with their substitute days when they fall at a weekend;
   * Good Friday and Easter Monday from Easter Sundays listed by hand; the first and last Mondays of May
   * and the last Monday of August. None of 2024 to 2028 has a special one-off holiday.
   */
  @Test
  void theBundledCalendarIsEnglandAndWalesFrom2024To2028() {
    Map<Integer, LocalDate> easter =
        Map.of(2024, LocalDate.parse("2024-03-31"), 2025, LocalDate.parse("2025-04-20"), 2026, LocalDate.parse("2026-04-05"),
            2027, LocalDate.parse("2027-03-28"), 2028, LocalDate.parse("2028-04-16"));
    TreeSet<LocalDate> expected = new TreeSet<>();
    for (int year = 2024; year <= 2028; year++) {
      expected.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
      expected.add(easter.get(year).minusDays(2));
      expected.add(easter.get(year).plusDays(1));
      expected.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      expected.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      expected.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      // Christmas first, then Boxing Day on the next weekday not already taken.
      LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, 12, 25));
      expected.add(christmas);
      LocalDate boxing = weekdayOnOrAfter(LocalDate.of(year, 12, 26));
      expected.add(boxing.equals(christmas) ? weekdayOnOrAfter(boxing.plusDays(1)) : boxing);
    }
    BankHolidays calendar = LedgerSetupReader.englandAndWales();
    assertEquals("England and Wales", calendar.name());
    assertEquals(2024, calendar.firstYear());
    assertEquals(2028, calendar.lastYear());
    assertEquals(expected, calendar.dates());
    assertEquals(40, calendar.dates().size());
    // The substitute days, by hand from gov.uk.
    for (String d : List.of("2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03")) {
      assertTrue(calendar.isBankHoliday(LocalDate.parse(d)), d);
    }
    // The bundled scenario's period holds exactly two: Friday 25 and Monday 28 December 2026.
    assertEquals(
        List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")),
        calendar.dates().stream()
            .filter(d -> !d.isBefore(LocalDate.parse("2026-10-01")) && !d.isAfter(LocalDate.parse("2026-12-31")))
            .collect(Collectors.toList()));
  }

  private static LocalDate weekdayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  static List<String> problems(String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read("setup.yaml", content));
    List<String> out = new ArrayList<>();
    e.problems().forEach(p -> out.add(p.toString()));
    return out;
  }
}
