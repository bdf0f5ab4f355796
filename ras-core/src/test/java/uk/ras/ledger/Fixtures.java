package uk.ras.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.costing.BuildUp;
import uk.ras.costing.OnCost;
import uk.ras.costing.OverheadMethod;
import uk.ras.costing.RateVersion;
import uk.ras.costing.Rates;
import uk.ras.costing.StaffRate;
import uk.ras.costing.TimeBand;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/** The rates, calendar and band rules the ledger's tests price with. */
final class Fixtures {
  static final PersonId P = PersonId.of("P01");
  static final String ACME = "Acme Care";
  static final String BETA = "Beta Support";
  static final String SW = "support-worker";
  static final String SENIOR = "senior-support-worker";

  private Fixtures() {}

  static Money m(String pounds) {
    return Money.parse(pounds);
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static LocalTime t(String hhmm) {
    return LocalTime.parse(hhmm);
  }

  static EntryId id(String s) {
    return EntryId.of(s);
  }

  /**
   * The 2026/27 version of the bundled rates (ras-examples costing/rates.yaml), copied figure by figure;
   * by hand: support worker {@code 12.71 x 1.3104 / 0.72 = 23.1322}, £23.13 an hour; senior {@code 13.50
   * x 1.3122 / 0.72 = 24.60375}, £24.60; bands weekday-day x 1, evening + £0.50, weekend x 1.1, bank
   * holiday x 1.5, night + £1.00; mileage £0.45 a mile; rounding half-up.
   */
  static Rates bundled2026() {
    RateVersion v =
        RateVersion.builder()
            .inForce(d("2026-04-01"), d("2027-03-31"))
            .addStaff(StaffRate.builtUp(SW, buildUp("12.71", "11.97")))
            .addStaff(StaffRate.builtUp(SENIOR, buildUp("13.50", "12.15")))
            .addBand(TimeBand.multiplier("weekday-day", BigDecimal.ONE))
            .addBand(TimeBand.plus("evening", m("0.50")))
            .addBand(TimeBand.multiplier("weekend", new BigDecimal("1.1")))
            .addBand(TimeBand.multiplier("bank-holiday", new BigDecimal("1.5")))
            .addBand(TimeBand.plus("night", m("1.00")))
            .sleepIn(m("95.00"))
            .wakingNight(SW, Optional.of("night"))
            .addSession("day-centre", m("52.00"))
            .mileage(m("0.45"))
            .build();
    return Rates.of("Example council supported living", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, List.of(v));
  }

  private static BuildUp buildUp(String pay, String ni) {
    return BuildUp.of(
        m(pay),
        List.of(
            new OnCost("holiday (5.6 weeks)", new BigDecimal("12.07")),
            new OnCost("employer pension", new BigDecimal("3")),
            new OnCost("employer NI", new BigDecimal(ni)),
            new OnCost("sickness", new BigDecimal("2")),
            new OnCost("training", new BigDecimal("2"))),
        new BigDecimal("25"),
        new BigDecimal("3"),
        OverheadMethod.MARGIN);
  }

  /**
   * England and Wales bank holidays 2025 to 2027, from gov.uk/bank-holidays (published November 2026),
   * with the substitute days where Christmas or Boxing Day falls at a weekend (28 December 2026; 27 and
   * 28 December 2027).
   */
  static BankHolidays englandAndWales() {
    return BankHolidays.of(
        "England and Wales",
        2025,
        2027,
        List.of(
            d("2025-01-01"), d("2025-04-18"), d("2025-04-21"), d("2025-05-05"), d("2025-05-26"), d("2025-08-25"),
            d("2025-12-25"), d("2025-12-26"),
            d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-05-04"), d("2026-05-25"), d("2026-08-31"),
            d("2026-12-25"), d("2026-12-28"),
            d("2027-01-01"), d("2027-03-26"), d("2027-03-29"), d("2027-05-03"), d("2027-05-31"), d("2027-08-30"),
            d("2027-12-27"), d("2027-12-28")));
  }

  /** Bank holiday, weekend, evening 18:00 to 22:00, night 22:00 to 07:00, else weekday-day. */
  static BandRules bands() {
    return BandRules.of(Optional.of("bank-holiday"), Optional.of("weekend"), Optional.of("weekday-day"))
        .withWindow(t("18:00"), t("22:00"), "evening")
        .withWindow(t("22:00"), t("07:00"), "night");
  }

  /** Thirteen weeks from Monday 1 June 2026 at £100.00 a week: a budget of £1,300.00. */
  static LedgerTerms.Builder summer(HospitalPolicy policy) {
    return LedgerTerms.builder(P, d("2026-06-01"), d("2026-08-30"), m("100.00"), bundled2026())
        .calendar(englandAndWales())
        .bands(bands())
        .notice(ACME, java.time.Duration.ofDays(1))
        .notice(BETA, java.time.Duration.ofDays(7))
        .hospital(policy);
  }
}
