package uk.ras.examples.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import uk.ras.assessment.PersonId;
import uk.ras.costing.BuildUp;
import uk.ras.costing.OnCost;
import uk.ras.costing.OverheadMethod;
import uk.ras.costing.RateVersion;
import uk.ras.costing.Rates;
import uk.ras.costing.StaffRate;
import uk.ras.costing.TimeBand;
import uk.ras.ledger.BandRules;
import uk.ras.ledger.BankHolidays;
import uk.ras.ledger.CancelledBy;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.LedgerException;
import uk.ras.ledger.LedgerTerms;
import uk.ras.ledger.ReviewKind;
import uk.ras.ledger.ReviewRules;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * The terms the store's tests keep ledgers under, and a generator of ledgers of every kind of entry: the
 * same rates, calendar and bands as ras-core's ledger tests (uk.ras.ledger.Fixtures), copied because test
 * sources are not shared between modules.
 */
final class LedgerFixtures {
  static final String ACME = "Acme Care";
  static final String BETA = "Beta Support";
  static final String SW = "support-worker";
  static final String SENIOR = "senior-support-worker";
  private static final String[] PROVIDERS = {ACME, BETA};
  private static final String[] STAFF = {SW, SENIOR};

  private LedgerFixtures() {}

  /** Thirteen weeks from Monday 1 June 2026 at £100.00 a week, banking planned visits in hospital. */
  static LedgerTerms terms(PersonId person) {
    return terms(person, HospitalPolicy.bank());
  }

  static LedgerTerms terms(PersonId person, HospitalPolicy policy) {
    return terms(person, policy, false);
  }

  /** With {@code reviews}, mental-health review rules and a plan started on 4 May 2026. */
  static LedgerTerms terms(PersonId person, HospitalPolicy policy, boolean reviews) {
    LedgerTerms.Builder b = LedgerTerms.builder(person, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-08-30"),
            Money.parse("100.00"), rates())
        .calendar(BankHolidays.of("England and Wales", 2026, 2026, List.of(
            LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
            LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-25"), LocalDate.parse("2026-08-31"),
            LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"))))
        .bands(BandRules.of(Optional.of("bank-holiday"), Optional.of("weekend"), Optional.of("weekday-day"))
            .withWindow(LocalTime.of(18, 0), LocalTime.of(22, 0), "evening")
            .withWindow(LocalTime.of(22, 0), LocalTime.of(7, 0), "night"))
        .notice(ACME, Duration.ofDays(1))
        .notice(BETA, Duration.ofDays(7))
        .hospital(policy);
    return reviews ? b.reviews(ReviewRules.of("mental health", 8, 6, 14), LocalDate.parse("2026-05-04")).build() : b.build();
  }

  static Rates rates() {
    RateVersion v = RateVersion.builder()
        .inForce(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"))
        .addStaff(StaffRate.builtUp(SW, buildUp("12.71", "11.97")))
        .addStaff(StaffRate.builtUp(SENIOR, buildUp("13.50", "12.15")))
        .addBand(TimeBand.multiplier("weekday-day", BigDecimal.ONE))
        .addBand(TimeBand.plus("evening", Money.parse("0.50")))
        .addBand(TimeBand.multiplier("weekend", new BigDecimal("1.1")))
        .addBand(TimeBand.multiplier("bank-holiday", new BigDecimal("1.5")))
        .addBand(TimeBand.plus("night", Money.parse("1.00")))
        .mileage(Money.parse("0.45"))
        .build();
    return Rates.of("Example council supported living", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, List.of(v));
  }

  private static BuildUp buildUp(String pay, String ni) {
    return BuildUp.of(Money.parse(pay), List.of(
            new OnCost("holiday (5.6 weeks)", new BigDecimal("12.07")),
            new OnCost("employer pension", new BigDecimal("3")),
            new OnCost("employer NI", new BigDecimal(ni)),
            new OnCost("sickness", new BigDecimal("2")),
            new OnCost("training", new BigDecimal("2"))),
        new BigDecimal("25"), new BigDecimal("3"), OverheadMethod.MARGIN);
  }

  /** A delivered visit on a weekday of the period, numbered {@code n}. */
  static Entry visit(PersonId person, int n) {
    LocalDate day = LocalDate.parse("2026-06-01").plusDays(n % 88);
    LocalTime start = LocalTime.of(8 + n % 10, n % 60);
    return Entry.visit(EntryId.of("v" + n), person, day, start, start.plusMinutes(30 + n % 90), ACME, SW);
  }

  /** A generated ledger under generated terms: every kind of entry, refusals left out as the domain says. */
  static Ledger generate(long seed, PersonId person) {
    SplittableRandom r = new SplittableRandom(seed);
    LedgerTerms terms = terms(person, r.nextBoolean() ? HospitalPolicy.bank() : HospitalPolicy.payProvider(1 + r.nextInt(14)),
        r.nextBoolean());
    Ledger ledger = Ledger.of(terms);
    List<Entry> accepted = new ArrayList<>();
    for (int n = r.nextInt(40); n > 0; n--) {
      Entry e = entry(r, terms, accepted.size() + n * 1000, accepted);
      try {
        ledger = ledger.record(e);
        accepted.add(e);
      } catch (LedgerException refused) {
        // The ledger keeps what it accepts; refusals are part of the generation.
      }
    }
    return ledger;
  }

  private static Entry entry(SplittableRandom r, LedgerTerms terms, int n, List<Entry> so) {
    PersonId p = terms.person();
    EntryId id = EntryId.of("e" + n);
    LocalDate day = terms.from().plusDays(r.nextInt((int) terms.days()));
    LocalTime start = LocalTime.of(6 + r.nextInt(16), r.nextBoolean() ? 15 * r.nextInt(4) : r.nextInt(60));
    LocalTime end = start.plusMinutes(15 + r.nextInt(180));
    if (!end.isAfter(start)) {
      end = LocalTime.of(23, 59);
    }
    String provider = PROVIDERS[r.nextInt(PROVIDERS.length)];
    String staff = STAFF[r.nextInt(STAFF.length)];
    switch (r.nextInt(16)) {
      case 0:
        return Entry.planned(id, p, day, r.nextBoolean() ? Optional.empty() : Optional.of(day.plusDays(r.nextInt(60))),
            DayOfWeek.of(1 + r.nextInt(7)), start, end, provider, staff);
      case 1:
      case 2:
        return Entry.visit(id, p, day, start, end, provider, staff);
      case 3:
        return Entry.cancellation(id, p, day, start, end, provider, staff,
            r.nextBoolean() ? CancelledBy.PERSON : CancelledBy.PROVIDER, day.atTime(start).minusHours(r.nextInt(24 * 9)));
      case 4:
        return Entry.banked(id, p, day, staff, 1 + r.nextInt(600), "by agreement");
      case 5:
        return Entry.bankedUsed(id, p, day, staff, 1 + r.nextInt(600), "used");
      case 6:
        return Entry.hospitalStay(id, p, day, day.plusDays(r.nextInt(20)));
      case 7:
        // Whole miles and pence alike: 1.5 is kept as 1.5, 2.00 as 2, as the entry's factory keeps them.
        return Entry.mileage(id, p, day, provider, BigDecimal.valueOf(1 + r.nextInt(5000), r.nextInt(3)));
      case 8:
        return Entry.oneOff(id, p, day, Money.ofPence(1 + r.nextInt(50_000)), "item " + n + " \u00e9\u00df\u20ac 'quoted'");
      case 9:
        return Entry.directPaymentReceipt(id, p, day, Money.ofPence(1 + r.nextInt(200_000)));
      case 10:
        return Entry.directPaymentSpend(id, p, day, Money.ofPence(1 + r.nextInt(100_000)), r.nextBoolean() ? "" : "spend " + n);
      case 11:
        return Entry.invoice(id, p, day, provider, "INV-" + n, Money.ofPence(r.nextInt(100_000)));
      case 12:
        // A review may be dated before the period (held under an earlier budget).
        return Entry.review(id, p, r.nextBoolean() ? day : day.minusDays(120),
            r.nextBoolean() ? ReviewKind.CARE_PLAN : ReviewKind.DIRECT_PAYMENT, r.nextBoolean() ? "" : "plan kept \u00e9");
      case 13:
        return Entry.needsChanged(id, p, day, "needs changed " + n);
      default: {
        if (so.isEmpty()) {
          return Entry.oneOff(id, p, day, Money.ofPence(1 + r.nextInt(50_000)), "item " + n);
        }
        return Entry.reversal(id, p, day, so.get(r.nextInt(so.size())).id(), "correction");
      }
    }
  }
}
