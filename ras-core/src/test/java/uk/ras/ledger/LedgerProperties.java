package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static uk.ras.ledger.Fixtures.ACME;
import static uk.ras.ledger.Fixtures.BETA;
import static uk.ras.ledger.Fixtures.P;
import static uk.ras.ledger.Fixtures.SENIOR;
import static uk.ras.ledger.Fixtures.SW;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import uk.ras.money.Money;

/**
 * What must hold of every ledger, over generated ones: each case is rebuilt from one seed (in the
 * falsification report), recording random entries of every kind one by one and keeping those the
 * ledger accepts.
 */
class LedgerProperties {
  private static final Gen<Long> SEEDS = longs().all();

  /** Each case records up to 40 entries and checks every day of the period: a few hundred take seconds. */
  private static final int EXAMPLES = 300;
  private static final String[] PROVIDERS = {ACME, BETA};
  private static final String[] STAFF = {SW, SENIOR};

  /** A generated ledger and the entries it accepted, in the order recorded. */
  static final class Case {
    final Ledger ledger;
    final List<Entry> accepted;

    Case(Ledger ledger, List<Entry> accepted) {
      this.ledger = ledger;
      this.accepted = accepted;
    }
  }

  static LedgerTerms terms(SplittableRandom r) {
    HospitalPolicy policy = r.nextBoolean() ? HospitalPolicy.bank() : HospitalPolicy.payProvider(1 + r.nextInt(14));
    return Fixtures.summer(policy).build();
  }

  static LocalDate date(SplittableRandom r, LedgerTerms terms) {
    return terms.from().plusDays(r.nextInt((int) terms.days()));
  }

  static LocalTime time(SplittableRandom r) {
    // Quarter hours and odd minutes alike, from 06:00 to 21:59.
    return LocalTime.of(6 + r.nextInt(16), r.nextBoolean() ? 15 * r.nextInt(4) : r.nextInt(60));
  }

  static Entry entry(SplittableRandom r, LedgerTerms terms, int n, List<Entry> so) {
    EntryId id = EntryId.of("e" + n);
    LocalDate day = date(r, terms);
    LocalTime start = time(r);
    LocalTime end = start.plusMinutes(15 + r.nextInt(180));
    if (!end.isAfter(start)) {
      end = LocalTime.of(23, 59);
    }
    String provider = PROVIDERS[r.nextInt(PROVIDERS.length)];
    String staff = STAFF[r.nextInt(STAFF.length)];
    switch (r.nextInt(15)) {
      case 0:
        return Entry.planned(id, P, day, r.nextBoolean() ? Optional.empty() : Optional.of(day.plusDays(r.nextInt(60))),
            DayOfWeek.of(1 + r.nextInt(7)), start, end, provider, staff);
      case 1:
      case 2:
      case 3:
        return Entry.visit(id, P, day, start, end, provider, staff);
      case 4:
        return Entry.cancellation(id, P, day, start, end, provider, staff,
            r.nextBoolean() ? CancelledBy.PERSON : CancelledBy.PROVIDER, day.atTime(start).minusHours(r.nextInt(24 * 9)));
      case 5:
        return Entry.banked(id, P, day, staff, 1 + r.nextInt(600), "by agreement");
      case 6:
        return Entry.bankedUsed(id, P, day, staff, 1 + r.nextInt(600), "used");
      case 7: {
        return Entry.hospitalStay(id, P, day, day.plusDays(r.nextInt(20)));
      }
      case 8:
        return Entry.mileage(id, P, day, provider, BigDecimal.valueOf(1 + r.nextInt(5000), 2));
      case 9:
        return Entry.oneOff(id, P, day, Money.ofPence(1 + r.nextInt(50_000)), "item " + n);
      case 10:
        return Entry.directPaymentReceipt(id, P, day, Money.ofPence(1 + r.nextInt(200_000)));
      case 11:
        return Entry.directPaymentSpend(id, P, day, Money.ofPence(1 + r.nextInt(100_000)), "spend " + n);
      case 12:
        return Entry.review(id, P, day, r.nextBoolean() ? ReviewKind.CARE_PLAN : ReviewKind.DIRECT_PAYMENT, "");
      case 13:
        return Entry.needsChanged(id, P, day, "needs changed " + n);
      default: {
        if (so.isEmpty()) {
          return Entry.oneOff(id, P, day, Money.ofPence(1 + r.nextInt(50_000)), "item " + n);
        }
        Entry target = so.get(r.nextInt(so.size()));
        return Entry.reversal(id, P, day, target.id(), "correction");
      }
    }
  }

  static Case generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LedgerTerms terms = terms(r);
    Ledger ledger = Ledger.of(terms);
    List<Entry> accepted = new ArrayList<>();
    for (int n = r.nextInt(40); n > 0; n--) {
      Entry e = entry(r, terms, accepted.size() + n * 1000, accepted);
      try {
        ledger = ledger.record(e);
        accepted.add(e);
      } catch (LedgerException refused) {
        // Refusals (overdrawn banked hours, a reversal of a reversal, overlapping stays) are part of the
        // generation: the ledger keeps what it accepts.
      }
    }
    return new Case(ledger, accepted);
  }

  static List<LocalDate> everyDate(LedgerTerms terms) {
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate d = terms.from().minusDays(1); !d.isAfter(terms.to().plusDays(1)); d = d.plusDays(1)) {
      all.add(d);
    }
    return all;
  }

  @Test
  void aVisitThatEndsBeforeItStartsLastsToTheNextDayAndIsPricedInTheBandOfItsStart() {
    Ledger empty = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).build());
    LocalDate wednesday = LocalDate.of(2026, 6, 10);
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(integers().between(0, 1439), integers().between(0, 1439))
        .assuming((from, to) -> !from.equals(to))
        .checkAssert((from, to) -> {
          LocalTime start = LocalTime.of(from / 60, from % 60);
          LocalTime end = LocalTime.of(to / 60, to % 60);
          // end - start, and 24 hours more when the visit runs past midnight.
          long minutes = to > from ? to - from : to - from + 24 * 60;
          Entry visit = Entry.visit(EntryId.of("v"), Fixtures.P, wednesday, start, end, ACME, SW);
          assertEquals(minutes, visit.visitMinutes());
          // The band of its start on a Wednesday, by the fixture's windows: evening 18:00 to 22:00,
          // night 22:00 to 07:00, else weekday-day; whatever the time it ends on Thursday.
          String band = from >= 18 * 60 && from < 22 * 60 ? "evening"
              : from >= 22 * 60 || from < 7 * 60 ? "night" : "weekday-day";
          Money hourly = Fixtures.bundled2026().inForce(wednesday).hourly(SW, band).rate();
          Charge charge = empty.record(visit).charges(EntryId.of("v")).get(0);
          assertEquals(wednesday, charge.date());
          assertEquals(Ledger.perMinutes(hourly, minutes, java.math.RoundingMode.HALF_UP), charge.amount(),
              () -> start + "-" + end + " " + band);
        });
  }

  @Test
  void balancesAlwaysEqualTheSumOfTheEntries() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Case c = generate(seed);
              for (LocalDate day : everyDate(c.ledger.terms())) {
                Money spent = Money.zero();
                Money held = Money.zero();
                long banked = 0;
                for (Entry e : c.ledger.entries()) {
                  for (Charge ch : c.ledger.charges(e.id())) {
                    if (!ch.date().isAfter(day)) {
                      spent = spent.plus(ch.amount());
                      held = held.plus(ch.directPayment());
                      banked += ch.bankedMinutes();
                    }
                  }
                }
                Balance b = c.ledger.balanceOn(day);
                assertEquals(spent, b.spent(), day::toString);
                assertEquals(held, b.directPaymentHeld(), day::toString);
                assertEquals(banked, b.bankedMinutes(), day::toString);
                assertEquals(b.budget().minus(b.spent()).minus(b.committed()).minus(b.bankedValue()), b.remaining());
              }
            });
  }

  @Test
  void aReversalRestoresTheExactPreviousBalances() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Case c = generate(seed);
              SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
              Entry extra = entry(r, c.ledger.terms(), 999_999, List.of());
              if (extra.kind() == EntryKind.REVERSAL) {
                return;
              }
              Ledger with;
              try {
                with = c.ledger.record(extra);
              } catch (LedgerException refused) {
                return;
              }
              Ledger undone = with.record(Entry.reversal(EntryId.of("undo"), P, extra.date(), extra.id(), "recorded in error"));
              for (LocalDate day : everyDate(c.ledger.terms())) {
                assertEquals(c.ledger.balanceOn(day), undone.balanceOn(day), day::toString);
              }
            });
  }

  @Test
  void bankedHoursNeverGoBelowZeroAndUsingMoreIsRefused() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Case c = generate(seed);
              LocalDate last = c.ledger.terms().to();
              for (LocalDate day : everyDate(c.ledger.terms())) {
                assertTrue(c.ledger.balanceOn(day).bankedMinutes() >= 0, day::toString);
              }
              for (String staff : STAFF) {
                long left = 0;
                for (Charge ch : c.ledger.charges()) {
                  if (staff.equals(ch.bankedStaffType().orElse(null))) {
                    left += ch.bankedMinutes();
                  }
                }
                // Using one minute more than is left on the last day is refused.
                Entry tooMuch = Entry.bankedUsed(EntryId.of("too-much"), P, last, staff, left + 1, "");
                assertThrows(LedgerException.class, () -> c.ledger.record(tooMuch));
              }
            });
  }

  @Test
  void aStatementsTotalsEqualTheLedgers() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Case c = generate(seed);
              Money months = Money.zero();
              for (YearMonth month = YearMonth.of(2026, 6); !month.isAfter(YearMonth.of(2026, 8)); month = month.plusMonths(1)) {
                Statement s = c.ledger.statement(month);
                Balance closing = c.ledger.balanceOn(month.atEndOfMonth());
                assertEquals(closing, s.closing());
                assertEquals(s.opening().spent().plus(s.spent()), closing.spent());
                long banked = s.opening().bankedMinutes();
                Money held = s.opening().directPaymentHeld();
                for (StatementLine line : s.lines()) {
                  banked += line.bankedMinutes();
                  held = held.plus(line.directPayment());
                }
                assertEquals(closing.bankedMinutes(), banked);
                assertEquals(closing.directPaymentHeld(), held);
                if (!s.lines().isEmpty()) {
                  StatementLine lastLine = s.lines().get(s.lines().size() - 1);
                  assertEquals(closing.spent(), lastLine.spentToDate());
                  assertEquals(closing.bankedMinutes(), lastLine.bankedMinutesToDate());
                  assertEquals(closing.directPaymentHeld(), lastLine.directPaymentHeldToDate());
                }
                months = months.plus(s.spent());
              }
              assertEquals(c.ledger.balanceOn(c.ledger.terms().to()).spent(), months);
            });
  }

  @Test
  void theSameEntriesInAnyOrderGiveTheSameBalancesOnEveryDate() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Case c = generate(seed);
              List<Entry> shuffled = new ArrayList<>(c.accepted);
              Collections.shuffle(shuffled, new Random(seed));
              Ledger again = Ledger.of(c.ledger.terms(), shuffled);
              assertEquals(c.ledger.charges(), again.charges());
              for (LocalDate day : everyDate(c.ledger.terms())) {
                assertEquals(c.ledger.balanceOn(day), again.balanceOn(day), day::toString);
              }
            });
  }

  @Test
  void anInvoiceGeneratedFromTheLedgerReconcilesAndOneAlteredVisitIsFound() {
    ReconciliationRules rules = ReconciliationRules.of(10, 15);
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Case c = generate(seed);
              SplittableRandom r = new SplittableRandom(seed);
              LedgerTerms terms = c.ledger.terms();
              for (String provider : PROVIDERS) {
                List<InvoiceLine> lines = c.ledger.invoiceLines(provider, terms.from(), terms.to());
                Invoice invoice = Invoice.of("INV-1", provider, terms.from(), terms.to(), lines);
                Reconciliation clean = c.ledger.reconcile(invoice, rules);
                assertEquals(List.of(), clean.differences());
                assertEquals(clean.invoiced(), clean.accepted());
                assertEquals(clean.delivered(), clean.accepted());
                assertFalse(clean.alreadyReconciled());
                Ledger recorded = c.ledger.record(clean.entry());
                assertTrue(recorded.reconcile(invoice, rules).alreadyReconciled());
                assertSame(recorded, recorded.record(recorded.reconcile(invoice, rules).entry()));
                if (lines.isEmpty()) {
                  continue;
                }
                int k = r.nextInt(lines.size());
                InvoiceLine line = lines.get(k);
                List<InvoiceLine> altered = new ArrayList<>(lines);
                DifferenceKind expected;
                switch (r.nextInt(4)) {
                  case 0:
                    altered.set(k, line.withAmount(line.amount().plus(Money.ofPence(1 + r.nextInt(1000)))));
                    expected = DifferenceKind.AMOUNT_DIFFERS;
                    break;
                  case 1:
                    altered.remove(k);
                    expected = DifferenceKind.NOT_INVOICED;
                    break;
                  case 2:
                    // An hour later: beyond any tolerance, so this line and the ledger's visit differ.
                    if (line.end().isAfter(LocalTime.of(22, 58))) {
                      continue;
                    }
                    altered.set(k, line.withTimes(line.start().plusHours(1), line.end().plusHours(1)));
                    Reconciliation moved = c.ledger.reconcile(Invoice.of("INV-2", provider, terms.from(), terms.to(), altered), rules);
                    assertNotEquals(List.of(), moved.differences());
                    continue;
                  default:
                    // Another staff type on the same visit: no visit of the ledger matches it.
                    altered.set(k, InvoiceLine.of(line.person(), line.date(), line.start(), line.end(),
                        line.staffType().equals(SW) ? "agency" : SW + "-x", line.amount()));
                    expected = DifferenceKind.NOT_DELIVERED;
                    break;
                }
                Reconciliation found = c.ledger.reconcile(Invoice.of("INV-2", provider, terms.from(), terms.to(), altered), rules);
                assertTrue(found.differences().stream().anyMatch(d -> d.kind() == expected), found::toString);
              }
            });
  }
}
