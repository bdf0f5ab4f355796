package uk.ras.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.ras.costing.BuildUpTest.d;
import static uk.ras.costing.BuildUpTest.m;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.money.PeriodConversion;

/** A small house costed by hand: every kind of line, every way of paying, odd pennies. */
class CostingTest {
  static final PersonId A = PersonId.of("A");
  static final PersonId B = PersonId.of("B");
  static final PersonId C = PersonId.of("C");
  static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

  static Rates rates() {
    RateVersion v =
        RateVersion.builder()
            .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
            .addStaff(StaffRate.hourly("support-worker", m("20.00")))
            .addBand(TimeBand.multiplier("weekend", d("1.5")))
            .addBand(TimeBand.plus("night", m("1.25")))
            .sleepIn(m("100.01"))
            .wakingNight("support-worker", Optional.of("night"))
            .addSession("day-centre", m("45.50"))
            .mileage(m("0.45"))
            .build();
    return Rates.of("Hand", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, List.of(v));
  }

  static CostPlan house() {
    return CostPlan.builder()
        .name("Small house")
        .addPerson(A)
        .addPerson(B)
        .addPerson(C)
        .addLine(PlanLine.sleepIns("Sleep-in", PaidBy.everyone(), d("7")))
        .addLine(PlanLine.hours("House manager", PaidBy.everyone(), "support-worker", Optional.empty(), d("5"), 1))
        .addLine(PlanLine.hours("Outings", PaidBy.users(List.of(C, A)), "support-worker", Optional.of("weekend"), d("4.5"), 1))
        .addLine(PlanLine.fixed("Vehicle", PaidBy.users(List.of(C, A)), m("10.01")))
        .addLine(PlanLine.hours("A's 1:1", PaidBy.person(A), "support-worker", Optional.empty(), d("10"), 1))
        .addLine(PlanLine.wakingNights("B's waking night", PaidBy.person(B), d("9.5"), d("7")))
        .addLine(PlanLine.sessions("C's day centre", PaidBy.person(C), "day-centre", d("2")))
        .addLine(PlanLine.mileage("Mileage", PaidBy.users(List.of(A, B)), d("33.3")))
        .addLine(PlanLine.oneOff("C's adapted bath", PaidBy.person(C), m("5000.00"), 3))
        .build();
  }

  @Test
  void everyLineIsCostedAndSplitAsWorkedByHand() {
    Costing c = house().cost(rates(), JUNE);
    // Sleep-in 7 x 100.01 = 700.07; manager 5 x 20.00 = 100.00; outings 4.5 x 30.00 = 135.00; vehicle
    // 10.01; A 10 x 20.00 = 200.00; B 9.5 x 7 x 21.25 = 66.5 x 21.25 = 1413.125 -> 1413.13 (half-up);
    // day centre 2 x 45.50 = 91.00; mileage 33.3 x 0.45 = 14.985 -> 14.99; bath 5000 / 156 =
    // 32.0512... -> 32.05. Sum 2696.25.
    assertEquals(
        List.of("700.07", "100.00", "135.00", "10.01", "200.00", "1413.13", "91.00", "14.99", "32.05"),
        c.lines().stream().map(l -> l.weekly().toPlainString()).toList());
    assertEquals(m("2696.25"), c.weekly());
    // Core: 70007p / 3 = 23335 r 2 -> A, B get the odd pennies (23336, 23336, 23335), next starts at C;
    // 10000p / 3 = 3333 r 1 -> C (3333, 3333, 3334). Each core 266.69 (= 80007 / 3 exactly).
    // Outings 135.00 / 2 = 67.50 each; vehicle 10.01 over C, A -> plan order A, C -> A 5.01, C 5.00;
    // mileage 14.99 over A, B -> A 7.50, B 7.49.
    // A: 266.69 + (67.50 + 5.01 + 7.50 = 80.01) + 200.00 = 546.70; a year x 52 = 28,428.40.
    // B: 266.69 + 7.49 + 1413.13 = 1687.31; a year 87,740.12.
    // C: 266.69 + (67.50 + 5.00 = 72.50) + (91.00 + 32.05 = 123.05) = 462.24; a year 24,036.48.
    PersonCost a = c.person(A);
    assertEquals(List.of(m("266.69"), m("80.01"), m("200.00"), m("546.70"), m("28428.40")),
        List.of(a.core(), a.shared(), a.personal(), a.weekly(), a.annual()));
    PersonCost b = c.person(B);
    assertEquals(List.of(m("266.69"), m("7.49"), m("1413.13"), m("1687.31"), m("87740.12")),
        List.of(b.core(), b.shared(), b.personal(), b.weekly(), b.annual()));
    PersonCost cc = c.person(C);
    assertEquals(List.of(m("266.69"), m("72.50"), m("123.05"), m("462.24"), m("24036.48")),
        List.of(cc.core(), cc.shared(), cc.personal(), cc.weekly(), cc.annual()));
    assertEquals(List.of("233.35", "33.34", "67.50", "5.00", "91.00", "32.05"),
        cc.lines().stream().map(l -> l.amount().toPlainString()).toList());
    assertEquals(m("140205.00"), c.annual());
  }

  @Test
  void theExplanationTracesEveryPound() {
    List<String> e = house().cost(rates(), JUNE).explanation();
    assertEquals(
        List.of(
            "Small house costed on 2026-06-01 under rates \"Hand\" in force 2026-04-01 to 2027-03-31; amounts a week; rounding half-up; 52 weeks a year; 3 people: A, B, C.",
            "Hourly rates used:",
            "  support-worker: £20.00 an hour, as given",
            "    weekend: £20.00 x 1.5 = £30.00 an hour",
            "    night: £20.00 + £1.25 = £21.25 an hour",
            "Lines:",
            "  Sleep-in (core, all 3): 7 nights x £100.01 a sleep-in night = £700.07",
            "  House manager (core, all 3): 5 hours x 1 staff x £20.00 (support-worker) = £100.00",
            "  Outings (shared by C, A): 4.5 hours x 1 staff x £30.00 (support-worker, weekend) = £135.00",
            "  Vehicle (shared by C, A): £10.01 a week, as given",
            "  A's 1:1 (personal, A): 10 hours x 1 staff x £20.00 (support-worker) = £200.00",
            "  B's waking night (personal, B): 9.5 hours x 7 nights x £21.25 (waking night: support-worker, night) = £1,413.125 = £1,413.13 (rounded half-up)",
            "  C's day centre (personal, C): 2 sessions x £45.50 (day-centre) = £91.00",
            "  Mileage (shared by A, B): 33.3 miles x £0.45 a mile = £14.985 = £14.99 (rounded half-up)",
            "  C's adapted bath (personal, C): £5,000.00 over 3 years = £5,000.00 / (3 x 52 weeks) = £32.0512820512... = £32.05 (rounded half-up)",
            "Core lines £800.07 (Sleep-in £700.07, House manager £100.00) are shared equally by all 3: £266.69 each.",
            "Outings £135.00 is shared equally by its 2 users (C, A): £67.50 each.",
            "Vehicle £10.01 is shared equally by its 2 users (C, A): £5.00 to £5.01 each.",
            "Mileage £14.99 is shared equally by its 2 users (A, B): £7.49 to £7.50 each.",
            "Odd pennies go to the largest remainders, ties to the person listed earlier.",
            "A: core £266.69 + shared £80.01 + personal £200.00 (A's 1:1 £200.00) = £546.70 a week, £28,428.40 a year.",
            "B: core £266.69 + shared £7.49 + personal £1,413.13 (B's waking night £1,413.13) = £1,687.31 a week, £87,740.12 a year.",
            "C: core £266.69 + shared £72.50 + personal £123.05 (C's day centre £91.00, C's adapted bath £32.05) = £462.24 a week, £24,036.48 a year.",
            "Total £2,696.25 a week, £140,205.00 a year."),
        e);
  }

  @Test
  void whatTheRatesLackIsReportedForEveryLine() {
    RateVersion bare =
        RateVersion.builder()
            .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
            .addStaff(StaffRate.hourly("agency", m("25.00")))
            .build();
    Rates rates = Rates.of("Bare", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, List.of(bare));
    InvalidCostingException e = assertThrows(InvalidCostingException.class, () -> house().cost(rates, JUNE));
    String where = " (rates \"Bare\" 2026-04-01 to 2027-03-31)";
    assertEquals(
        List.of(
            "lines[0]: the rates price no sleep-ins" + where,
            "lines[1].staff: unknown staff type \"support-worker\"; expected one of agency" + where,
            "lines[2].staff: unknown staff type \"support-worker\"; expected one of agency" + where,
            "lines[2].band: unknown band \"weekend\"; there are none" + where,
            "lines[4].staff: unknown staff type \"support-worker\"; expected one of agency" + where,
            "lines[5]: the rates price no waking nights" + where,
            "lines[6].session: unknown session \"day-centre\"; there are none" + where,
            "lines[7]: the rates price no mileage" + where),
        e.problems().stream().map(CostingProblem::toString).toList());
    NoRatesInForceException outside =
        assertThrows(NoRatesInForceException.class, () -> house().cost(rates, LocalDate.of(2027, 4, 1)));
    assertEquals(
        "no rates of \"Bare\" are in force on 2027-04-01; the versions cover 2026-04-01 to 2027-03-31",
        outside.getMessage());
  }

  @Test
  void aPlanReportsEveryProblemWithItsPath() {
    CostPlan.Builder b =
        CostPlan.builder()
            .name("Bad")
            .addPerson(A)
            .addPerson(A)
            .addLine(PlanLine.hours("x", PaidBy.users(List.of(B, B)), "sw", Optional.empty(), d("169"), 0))
            .addLine(PlanLine.sleepIns("x", PaidBy.person(C), d("7.001")))
            .addLine(PlanLine.oneOff("y", PaidBy.everyone(), m("-1.00"), 0));
    InvalidCostingException e = assertThrows(InvalidCostingException.class, b::build);
    assertEquals(
        List.of(
            "people[1]: duplicate person \"A\" (also people[0])",
            "lines[0].users[0]: unknown person \"B\"; expected one of A",
            "lines[0].users[1]: unknown person \"B\"; expected one of A",
            "lines[0].users[1]: \"B\" is listed twice (also lines[0].users[0])",
            "lines[0].hoursPerWeek: must be from 0 to 168, was 169",
            "lines[0].staffCount: the staff count must be from 1 to 20, was 0",
            "lines[1].name: duplicate line \"x\" (also lines[0])",
            "lines[1].person: unknown person \"C\"; expected one of A",
            "lines[1].nightsPerWeek: must be from 0 to 7, was 7.001",
            "lines[2].amount: must not be negative, was -£1.00",
            "lines[2].years: must be from 1 to 50, was 0"),
        e.problems().stream().map(CostingProblem::toString).toList());
  }
}
