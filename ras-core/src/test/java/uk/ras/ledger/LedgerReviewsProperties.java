package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static uk.ras.ledger.Fixtures.P;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What holds of the reviews a ledger reports, for every ledger the generators make: ledgers of up to 40
 * entries of every kind (LedgerProperties' generator, which makes reviews and changes of needs too) under
 * terms with review rules and a plan start before or in the period.
 */
class LedgerReviewsProperties {
  private static final Gen<Long> SEEDS = longs().all();
  private static final int EXAMPLES = 120;

  static LedgerProperties.Case generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    HospitalPolicy policy = r.nextBoolean() ? HospitalPolicy.bank() : HospitalPolicy.payProvider(1 + r.nextInt(14));
    ReviewRules rules = ReviewRules.of("group", 1 + r.nextInt(12), 1 + r.nextInt(12), r.nextInt(30));
    LocalDate planStart = LocalDate.parse("2026-01-01").plusDays(r.nextInt(242));
    LedgerTerms terms = Fixtures.summer(policy).reviews(rules, planStart).build();
    Ledger ledger = Ledger.of(terms);
    List<Entry> accepted = new ArrayList<>();
    for (int n = r.nextInt(40); n > 0; n--) {
      Entry e = LedgerProperties.entry(r, terms, accepted.size() + n * 1000, accepted);
      try {
        ledger = ledger.record(e);
        accepted.add(e);
      } catch (LedgerException refused) {
        // The ledger keeps what it accepts.
      }
    }
    return new LedgerProperties.Case(ledger, accepted);
  }

  /** Every day of the period and a few days either side. */
  static List<LocalDate> days(LedgerTerms terms) {
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate d = terms.from().minusDays(3); !d.isAfter(terms.to().plusDays(3)); d = d.plusDays(1)) {
      all.add(d);
    }
    return all;
  }

  @Test
  void anOverspendBeginsExactlyOnTheDaysTheBalanceTurnsNegative() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Ledger ledger = generate(seed).ledger;
              LedgerTerms terms = ledger.terms();
              // By brute force, from the balance of every day: negative now, and not the day before (the
              // period's first day has no day before).
              List<LocalDate> expected = new ArrayList<>();
              for (LocalDate d = terms.from(); !d.isAfter(terms.to()); d = d.plusDays(1)) {
                boolean now = ledger.balanceOn(d).remaining().isNegative();
                boolean before = !d.equals(terms.from()) && ledger.balanceOn(d.minusDays(1)).remaining().isNegative();
                if (now && !before) {
                  expected.add(d);
                }
              }
              assertEquals(expected, ledger.overspendStarts(terms.to().plusDays(10)));
              LocalDate mid = terms.from().plusDays(40);
              assertEquals(
                  expected.stream().filter(d -> !d.isAfter(mid)).collect(Collectors.toList()), ledger.overspendStarts(mid));
            });
  }

  @Test
  void theSameEntriesInAnyOrderGiveTheSameReviewsOnEveryDay() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              LedgerProperties.Case c = generate(seed);
              List<Entry> shuffled = new ArrayList<>(c.accepted);
              Collections.shuffle(shuffled, new Random(seed));
              Ledger again = Ledger.of(c.ledger.terms(), shuffled);
              for (LocalDate d : days(c.ledger.terms())) {
                assertEquals(c.ledger.reviews(d), again.reviews(d), d::toString);
              }
            });
  }

  @Test
  void declaringAFirstDirectPaymentOnOrAfterTheFirstStandingReceiptChangesNoReview() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS, longs().between(0, 120))
        .checkAssert(
            (seed, later) -> {
              // A receipt of the seed's choosing, so that every ledger has one standing.
              Ledger generated = generate(seed).ledger;
              LedgerTerms terms = generated.terms();
              LocalDate paid = LedgerProperties.date(new SplittableRandom(seed ^ later), terms);
              Ledger ledger = generated.record(Entry.directPaymentReceipt(EntryId.of("paid"), P, paid, uk.ras.money.Money.ofPence(1)));
              LocalDate first = firstStandingReceipt(ledger).plusDays(later);
              LocalDate declared = first.isAfter(terms.to()) ? terms.to() : first;
              Ledger again = Ledger.of(withFirstDirectPayment(terms, declared), ledger.entries());
              for (LocalDate d : days(terms)) {
                assertEquals(ledger.reviews(d), again.reviews(d), d::toString);
              }
            });
  }

  /** The same terms, with a first direct payment declared. */
  static LedgerTerms withFirstDirectPayment(LedgerTerms terms, LocalDate day) {
    LedgerTerms.Builder b = LedgerTerms.builder(terms.person(), terms.from(), terms.to(), terms.weeklyBudget(), terms.rates())
        .calendar(terms.calendar()).bands(terms.bands()).hospital(terms.hospital())
        .reviews(terms.reviews().orElseThrow(), terms.planStart().orElseThrow())
        .firstDirectPayment(day);
    terms.notice().forEach(b::notice);
    return b.build();
  }

  /** The earliest direct-payment receipt not reversed, or null. */
  private static LocalDate firstStandingReceipt(Ledger ledger) {
    java.util.Set<EntryId> reversed = new java.util.HashSet<>();
    for (Entry e : ledger.entries()) {
      e.reverses().ifPresent(reversed::add);
    }
    LocalDate first = null;
    for (Entry e : ledger.entries()) {
      if (e.kind() == EntryKind.DIRECT_PAYMENT_RECEIPT && !reversed.contains(e.id())
          && (first == null || e.date().isBefore(first))) {
        first = e.date();
      }
    }
    return first;
  }

  @Test
  void aChangeOfNeedsNeverPutsTheCarePlanReviewOff() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              LedgerProperties.Case c = generate(seed);
              SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
              LocalDate when = LedgerProperties.date(r, c.ledger.terms());
              Ledger changed = c.ledger.record(Entry.needsChanged(EntryId.of("changed"), P, when, "new diagnosis"));
              for (LocalDate d : days(c.ledger.terms())) {
                LocalDate before = c.ledger.reviews(d).get(0).dueOn();
                LocalDate after = changed.reviews(d).get(0).dueOn();
                assertFalse(after.isAfter(before), d + ": " + before + " put off to " + after);
                boolean reviewedSince = c.accepted.stream().anyMatch(e -> e.kind() == EntryKind.REVIEW
                    && e.reviewKind().orElseThrow() == ReviewKind.CARE_PLAN && !e.date().isBefore(when) && !e.date().isAfter(d));
                boolean beforeThePlan = !when.isAfter(c.ledger.terms().planStart().orElseThrow());
                if (!d.isBefore(when) && !reviewedSince && !beforeThePlan) {
                  // Known by then, after the plan started (the plan met the needs it started with), and no
                  // review since: the review is due no later than the change.
                  assertFalse(after.isAfter(when), d + ": due " + after + " after the change on " + when);
                }
              }
            });
  }

  @Test
  void aReversedReviewOrChangeOfNeedsIsAsIfNeverRecorded() {
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              LedgerProperties.Case c = generate(seed);
              SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
              LocalDate when = LedgerProperties.date(r, c.ledger.terms());
              Entry extra = r.nextBoolean()
                  ? Entry.review(EntryId.of("extra"), P, when, r.nextBoolean() ? ReviewKind.CARE_PLAN : ReviewKind.DIRECT_PAYMENT, "")
                  : Entry.needsChanged(EntryId.of("extra"), P, when, "recorded in error");
              Ledger undone = c.ledger.record(extra)
                  .record(Entry.reversal(EntryId.of("undo"), P, when, extra.id(), "recorded in error"));
              for (LocalDate d : days(c.ledger.terms())) {
                assertEquals(c.ledger.reviews(d), undone.reviews(d), d::toString);
              }
            });
  }

  @Test
  void reviewAlertsAreExactlyTheReviewsDueOrOverdue() {
    AlertRules rules = AlertRules.of(600, 4, 8);
    qt().withExamples(uk.ras.Examples.or(EXAMPLES)).forAll(SEEDS)
        .checkAssert(
            seed -> {
              Ledger ledger = generate(seed).ledger;
              for (LocalDate d : days(ledger.terms())) {
                List<ReviewDue> reviews = ledger.reviews(d);
                List<Alert> alerts = ledger.alerts(d, rules, uk.ras.money.Money.zero());
                assertEquals(
                    reviews.stream().filter(x -> x.status() == ReviewStatus.DUE).count(),
                    alerts.stream().filter(a -> a.kind() == AlertKind.REVIEW_DUE).count(), d::toString);
                assertEquals(
                    reviews.stream().filter(x -> x.status() == ReviewStatus.OVERDUE).count(),
                    alerts.stream().filter(a -> a.kind() == AlertKind.REVIEW_OVERDUE).count(), d::toString);
                // Review alerts come last, in the order of the kinds.
                List<AlertKind> kinds = alerts.stream().map(Alert::kind).collect(Collectors.toList());
                List<AlertKind> sorted = new ArrayList<>(kinds);
                Collections.sort(sorted);
                assertEquals(sorted, kinds, d::toString);
              }
            });
  }
}
