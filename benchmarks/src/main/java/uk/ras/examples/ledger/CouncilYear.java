package uk.ras.examples.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Rates;
import uk.ras.ledger.BandRules;
import uk.ras.ledger.BankHolidays;
import uk.ras.ledger.CancelledBy;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.LedgerTerms;
import uk.ras.money.Money;
import uk.ras.rules.costing.CostingReader;

/**
 * A council's year of delivered support, generated: for person {@code n} (0, 1, 2...) a weekly timetable
 * of 5 to 8 visits planned from 1 April 2026 to 31 March 2027 and what became of each visit over the
 * year (about 350 entries a person). Deterministic: person {@code n}'s terms and entries depend only on
 * {@link #SEED} and {@code n}, so any number of people can be made, in any order, and made again.
 *
 * <p>Priced by the bundled rates ({@code uk/ras/examples/costing/rates.yaml}, its 2026/27 version), with
 * the England and Wales bank holidays of 2026 and 2027 (four of them in the year: 25 and 28 December
 * 2026, 1 January, 26 and 29 March 2027, besides the spring and summer ones), the bundled rates' bands
 * (bank holiday, weekend, evening 18:00 to 22:00, night 22:00 to 07:00, else weekday-day), four
 * providers with one to seven days' notice, and the provider paid for the first three days of a hospital
 * stay. Each planned visit of the year is, by draw:
 *
 * <ul>
 *   <li>delivered (98%), two in five of them a few minutes early or late, as visit monitoring records;
 *   <li>cancelled by the person inside the provider's notice (0.8%, charged), in time (0.7%, not charged),
 *       or by the provider (0.5%);
 *   <li>not delivered because the person is in hospital (one person in twenty has a stay of 3 to 21 days);
 *   <li>banked by agreement (one person in ten banks two visits' minutes in June and July and uses them
 *       in an extra visit in August).
 * </ul>
 *
 * <p>Every person also has a mileage entry on the last day of each month. The domain accepts every entry
 * generated (the smoke test checks it).
 */
final class CouncilYear {
  static final long SEED = 20260401L;
  static final LocalDate FROM = LocalDate.of(2026, 4, 1);
  static final LocalDate TO = LocalDate.of(2027, 3, 31);

  /** The providers and their notice periods, as their contracts might set them. */
  static final List<String> PROVIDERS = List.of("Riverside Support", "Acme Care", "Beta Support", "Northgate Homecare");

  private static final Duration[] NOTICE = {Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(1)};
  private static final String SW = "support-worker";
  private static final String SENIOR = "senior-support-worker";

  /** Start times 3.5 hours apart, so no two visits of a day overlap (the longest is 2 hours). */
  private static final LocalTime[] STARTS = {LocalTime.of(8, 0), LocalTime.of(11, 30), LocalTime.of(15, 0), LocalTime.of(18, 30)};

  private static final int[] LENGTHS = {30, 45, 60, 90, 120};

  /** The extra visit paid from banked minutes starts between the 11:30 and 15:00 visits. */
  private static final LocalTime EXTRA = LocalTime.of(13, 30);

  private final Rates rates;
  private final BankHolidays calendar;
  private final BandRules bands;

  private CouncilYear(Rates rates) {
    this.rates = rates;
    this.calendar = englandAndWales();
    this.bands = BandRules.of(Optional.of("bank-holiday"), Optional.of("weekend"), Optional.of("weekday-day"))
        .withWindow(LocalTime.of(18, 0), LocalTime.of(22, 0), "evening")
        .withWindow(LocalTime.of(22, 0), LocalTime.of(7, 0), "night");
  }

  /** {@return the generator under the bundled rates} */
  static CouncilYear bundled() {
    String name = "uk/ras/examples/costing/rates.yaml";
    try (InputStream in = CouncilYear.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled rates " + name + " are not on the class path");
      }
      return new CouncilYear(CostingReader.create().readRates("rates.yaml", in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * England and Wales bank holidays of 2026 and 2027, from gov.uk/bank-holidays, with the substitute days
   * where Christmas or Boxing Day falls at a weekend (28 December 2026; 27 and 28 December 2027). Built
   * here until a calendar is bundled with the rules (issue 22's setup file).
   */
  static BankHolidays englandAndWales() {
    return BankHolidays.of("England and Wales", 2026, 2027, List.of(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
        LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
        LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28)));
  }

  /** {@return person {@code n}'s id: P00001 for 0} */
  static PersonId person(int n) {
    return PersonId.of(String.format("P%05d", n + 1));
  }

  /** {@return person {@code n}'s terms: the year, a weekly budget 10% above the timetable's weekday cost} */
  LedgerTerms terms(int n) {
    long minutes = 0;
    for (Slot s : timetable(n)) {
      minutes += s.minutes;
    }
    // About £25 an hour plus a tenth: 0.45 pence a minute is £27.00 an hour.
    LedgerTerms.Builder b = LedgerTerms.builder(person(n), FROM, TO, Money.ofPence(minutes * 45), rates)
        .calendar(calendar)
        .bands(bands)
        .hospital(HospitalPolicy.payProvider(3));
    for (int p = 0; p < PROVIDERS.size(); p++) {
      b.notice(PROVIDERS.get(p), NOTICE[p]);
    }
    return b.build();
  }

  /** {@return person {@code n}'s entries for the year: the timetable first, then the year week by week} */
  List<Entry> entries(int n) {
    PersonId person = person(n);
    List<Slot> slots = timetable(n);
    SplittableRandom r = new SplittableRandom(SEED * 31 + n);
    List<Entry> out = new ArrayList<>(400);
    for (int s = 0; s < slots.size(); s++) {
      Slot slot = slots.get(s);
      out.add(Entry.planned(EntryId.of("p" + s), person, FROM, Optional.empty(), slot.day, slot.start, slot.end(),
          slot.provider, slot.staff));
    }
    LocalDate stayFrom = null;
    LocalDate stayTo = null;
    if (r.nextInt(20) == 0) {
      stayFrom = LocalDate.of(2026, 5, 1).plusDays(r.nextInt(270));
      stayTo = stayFrom.plusDays(2 + r.nextInt(19));
      out.add(Entry.hospitalStay(EntryId.of("h1"), person, stayFrom, stayTo));
    }
    // Two visits banked, one in June and one in July, and used together in August.
    boolean banks = r.nextInt(10) == 0;
    int banked = 0;
    String bankedStaff = slots.get(0).staff;
    long bankedMinutes = 0;
    LocalDate bankDay1 = LocalDate.of(2026, 6, 1).plusDays(r.nextInt(28));
    LocalDate bankDay2 = LocalDate.of(2026, 7, 1).plusDays(r.nextInt(28));
    for (LocalDate week = FROM; !week.isAfter(TO); week = week.plusWeeks(1)) {
      for (int s = 0; s < slots.size(); s++) {
        Slot slot = slots.get(s);
        LocalDate d = week.with(TemporalAdjusters.nextOrSame(slot.day));
        if (d.isAfter(TO) || !d.isBefore(week.plusWeeks(1))) {
          continue;
        }
        String key = d.toString().replace("-", "") + "-" + s;
        if (stayFrom != null && !d.isBefore(stayFrom) && !d.isAfter(stayTo)) {
          continue;
        }
        if (banks && banked < 2 && slot.staff.equals(bankedStaff) && !d.isBefore(banked == 0 ? bankDay1 : bankDay2)) {
          banked++;
          bankedMinutes += slot.minutes;
          out.add(Entry.banked(EntryId.of("b" + banked), person, d, slot.staff, slot.minutes, "saved for a holiday"));
          continue;
        }
        int draw = r.nextInt(1000);
        Duration notice = NOTICE[PROVIDERS.indexOf(slot.provider)];
        if (draw < 8) {
          // Told inside the notice period: charged.
          out.add(Entry.cancellation(EntryId.of("c" + key), person, d, slot.start, slot.end(), slot.provider, slot.staff,
              CancelledBy.PERSON, d.atTime(slot.start).minus(notice).plusHours(1 + r.nextInt(12))));
        } else if (draw < 15) {
          out.add(Entry.cancellation(EntryId.of("c" + key), person, d, slot.start, slot.end(), slot.provider, slot.staff,
              CancelledBy.PERSON, d.atTime(slot.start).minus(notice).minusHours(1 + r.nextInt(72))));
        } else if (draw < 20) {
          out.add(Entry.cancellation(EntryId.of("c" + key), person, d, slot.start, slot.end(), slot.provider, slot.staff,
              CancelledBy.PROVIDER, d.atTime(slot.start).minusHours(2)));
        } else {
          LocalTime start = slot.start;
          LocalTime end = slot.end();
          if (r.nextInt(5) < 2) {
            start = start.plusMinutes(r.nextInt(11) - 5);
            end = end.plusMinutes(r.nextInt(11) - 5);
          }
          out.add(Entry.visit(EntryId.of("v" + key), person, d, start, end, slot.provider, slot.staff));
        }
      }
    }
    if (banked > 0) {
      LocalDate used = LocalDate.of(2026, 8, 10).plusDays(r.nextInt(14));
      out.add(Entry.visit(EntryId.of("x1"), person, used, EXTRA, EXTRA.plusMinutes(bankedMinutes), slots.get(0).provider, bankedStaff));
      out.add(Entry.bankedUsed(EntryId.of("u1"), person, used, bankedStaff, bankedMinutes, "an extra visit after a holiday"));
    }
    for (YearMonth m = YearMonth.from(FROM); !m.isAfter(YearMonth.from(TO)); m = m.plusMonths(1)) {
      out.add(Entry.mileage(EntryId.of("m" + m), person, m.atEndOfMonth(), slots.get(0).provider,
          BigDecimal.valueOf(200 + r.nextInt(6000), 2)));
    }
    return out;
  }

  /** Person {@code n}'s weekly timetable: 5 to 8 visits at distinct (day, start) pairs. */
  private static List<Slot> timetable(int n) {
    SplittableRandom r = new SplittableRandom(SEED * 17 + n);
    String main = PROVIDERS.get(r.nextInt(PROVIDERS.size()));
    int count = 5 + r.nextInt(4);
    boolean[] taken = new boolean[7 * STARTS.length];
    List<Slot> slots = new ArrayList<>(count);
    while (slots.size() < count) {
      int cell = r.nextInt(taken.length);
      if (taken[cell]) {
        continue;
      }
      taken[cell] = true;
      String provider = r.nextInt(5) == 0 ? PROVIDERS.get(r.nextInt(PROVIDERS.size())) : main;
      String staff = r.nextInt(5) == 0 ? SENIOR : SW;
      slots.add(new Slot(DayOfWeek.of(1 + cell / STARTS.length), STARTS[cell % STARTS.length],
          LENGTHS[r.nextInt(LENGTHS.length)], provider, staff));
    }
    // The main provider's first: mileage and the extra visit are theirs.
    slots.sort((a, b) -> Boolean.compare(!a.provider.equals(main), !b.provider.equals(main)));
    return slots;
  }

  /** A weekly visit of the timetable. */
  private static final class Slot {
    final DayOfWeek day;
    final LocalTime start;
    final int minutes;
    final String provider;
    final String staff;

    Slot(DayOfWeek day, LocalTime start, int minutes, String provider, String staff) {
      this.day = day;
      this.start = start;
      this.minutes = minutes;
      this.provider = provider;
      this.staff = staff;
    }

    LocalTime end() {
      return start.plusMinutes(minutes);
    }
  }
}
