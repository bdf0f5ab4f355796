package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.LedgerException;
import uk.ras.ledger.LedgerTerms;
import uk.ras.money.Money;

/**
 * What every database the store runs on must do; {@link H2LedgerStoreTest} and {@link
 * PostgresLedgerStoreTest} run it on H2 and on a real PostgreSQL server. Each test works on people of its
 * own, so the tests share one database.
 */
abstract class LedgerStoreContract {
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  /** The JDBC address, user and password of the database under test. */
  abstract String[] database();

  LedgerStore store() {
    String[] db = database();
    return LedgerStore.open(db[0], db[1], db[2]);
  }

  static PersonId newPerson() {
    return PersonId.of("P" + PEOPLE.incrementAndGet() + "-" + System.nanoTime());
  }

  long rows(PersonId person) throws SQLException {
    String[] db = database();
    try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ledger_entry WHERE person = ?")) {
      s.setString(1, person.value());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Test
  void aReloadedLedgerHasTheOriginalsEntriesChargesAndBalances() {
    LedgerStore store = store();
    qt().withExamples(25).forAll(longs().all())
        .checkAssert(seed -> {
          Ledger original = LedgerFixtures.generate(seed, newPerson());
          LedgerTerms terms = original.terms();
          // Recorded in two writes, as a command line would: the split changes nothing.
          List<Entry> all = original.entries();
          int half = all.size() / 2;
          int written = store.append(terms, all.subList(0, half)) + store.append(terms, all.subList(half, all.size()));
          assertEquals(all.size(), written, "seed " + seed);
          Ledger reloaded = store.load(terms);
          assertEquals(original.entries(), reloaded.entries(), "seed " + seed);
          assertEquals(original.charges(), reloaded.charges(), "seed " + seed);
          for (LocalDate d = terms.from().minusDays(1); !d.isAfter(terms.to().plusDays(1)); d = d.plusDays(1)) {
            assertEquals(original.balanceOn(d), reloaded.balanceOn(d), "seed " + seed + " on " + d);
            assertEquals(original.reviews(d), reloaded.reviews(d), "seed " + seed + " on " + d);
          }
        });
  }

  @Test
  void aBatchWithARefusedEntryLeavesNothingOfIt() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    store.append(terms, List.of(LedgerFixtures.visit(p, 1)));
    List<Entry> batch = new ArrayList<>();
    for (int n = 2; n < 50; n++) {
      batch.add(LedgerFixtures.visit(p, n));
    }
    // 60 minutes used of none banked: the domain refuses it, after 48 good entries.
    batch.add(Entry.bankedUsed(EntryId.of("used"), p, terms.from(), LedgerFixtures.SW, 60, "a holiday"));
    batch.add(LedgerFixtures.visit(p, 50));
    LedgerException refused = assertThrows(LedgerException.class, () -> store.append(terms, batch));
    assertEquals(EntryId.of("used"), refused.entry().orElseThrow());
    assertEquals(1, rows(p));
    assertEquals(List.of(LedgerFixtures.visit(p, 1)), store.load(terms).entries());
  }

  @Test
  void aFailureWhileWritingLeavesNothingOfTheBatch() throws SQLException {
    String[] db = database();
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    List<Entry> batch = new ArrayList<>();
    for (int n = 0; n < 2500; n++) {
      batch.add(LedgerFixtures.visit(p, n));
    }
    // Fails at the 2,201st row: two chunks of 1,000 rows have gone to the database by then.
    LedgerStore failing = LedgerStore.open(db[0], db[1], db[2], e -> {
      if (e.id().equals(EntryId.of("v2200"))) {
        throw new IllegalStateException("the disk is full");
      }
    });
    assertThrows(IllegalStateException.class, () -> failing.append(terms, batch));
    assertEquals(0, rows(p));
    assertEquals(2500, store().append(terms, batch));
    assertEquals(2500, rows(p));
  }

  @Test
  void theSameBatchTwiceIsStoredOnce() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    List<Entry> batch = List.of(LedgerFixtures.visit(p, 1), LedgerFixtures.visit(p, 2), LedgerFixtures.visit(p, 1));
    assertEquals(2, store.append(terms, batch));
    assertEquals(0, store.append(terms, batch));
    assertEquals(2, rows(p));
    assertEquals(List.of(LedgerFixtures.visit(p, 1), LedgerFixtures.visit(p, 2)), store.load(terms).entries());
  }

  @Test
  void anIdStoredWithOtherContentsIsRefused() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    store.append(terms, List.of(Entry.oneOff(EntryId.of("x"), p, terms.from(), Money.parse("10.00"), "a kettle")));
    Entry other = Entry.oneOff(EntryId.of("x"), p, terms.from(), Money.parse("12.00"), "a kettle");
    assertThrows(LedgerException.class, () -> store.append(terms, List.of(LedgerFixtures.visit(p, 7), other)));
    assertEquals(1, rows(p));
  }

  /**
   * A care-plan review held on 20 May 2026 under the last budget, a change of needs on 10 July, a wrong
   * one reversed, and a direct-payment review: reloaded, the entries and the reviews they give are the
   * same. By hand: the plan started on 4 May; reviewed on 20 May, next by 20 November; the change of needs
   * on 10 July makes it due then; the direct payment first paid on 5 June is due for review by 5 December,
   * reviewed on 1 August, by 1 August 2027.
   */
  @Test
  void reviewsAndChangesOfNeedsRoundTrip() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p, uk.ras.ledger.HospitalPolicy.bank(), true);
    List<Entry> entries = List.of(
        Entry.review(EntryId.of("r0"), p, LocalDate.parse("2026-05-20"), uk.ras.ledger.ReviewKind.CARE_PLAN, "plan kept"),
        Entry.directPaymentReceipt(EntryId.of("dp"), p, LocalDate.parse("2026-06-05"), Money.parse("400.00")),
        Entry.needsChanged(EntryId.of("n1"), p, LocalDate.parse("2026-07-10"), "moved to a new flat"),
        Entry.needsChanged(EntryId.of("n2"), p, LocalDate.parse("2026-07-11"), "for someone else"),
        Entry.reversal(EntryId.of("x2"), p, LocalDate.parse("2026-07-12"), EntryId.of("n2"), "wrong person"),
        Entry.review(EntryId.of("r1"), p, LocalDate.parse("2026-08-01"), uk.ras.ledger.ReviewKind.DIRECT_PAYMENT, ""));
    assertEquals(entries.size(), store.append(terms, entries));
    Ledger reloaded = store.load(terms);
    assertEquals(entries, reloaded.entries());
    Ledger original = Ledger.of(terms, entries);
    assertEquals(original.reviews(LocalDate.parse("2026-08-01")), reloaded.reviews(LocalDate.parse("2026-08-01")));
    assertEquals(LocalDate.parse("2026-11-20"), reloaded.reviews(LocalDate.parse("2026-07-09")).get(0).dueOn());
    assertEquals(LocalDate.parse("2026-07-10"), reloaded.reviews(LocalDate.parse("2026-07-12")).get(0).dueOn());
    assertEquals(LocalDate.parse("2026-12-05"), reloaded.reviews(LocalDate.parse("2026-07-12")).get(1).dueOn());
    assertEquals(LocalDate.parse("2027-08-01"), reloaded.reviews(LocalDate.parse("2026-08-01")).get(1).dueOn());
    assertEquals(6, rows(p));
  }

  /**
   * Reviews and changes of needs recorded under the summer's budget decide the autumn's next review: the
   * autumn's ledger loads them (not the summer's visits), less one the summer reversed. By hand: reviewed
   * on 24 July, next by 24 January 2027; the reversed change of needs of 1 August makes nothing due.
   */
  @Test
  void reviewsOfAnEarlierPeriodCarryIntoTheNext() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    LedgerTerms summer = LedgerFixtures.terms(p, uk.ras.ledger.HospitalPolicy.bank(), true);
    Entry review = Entry.review(EntryId.of("r1"), p, LocalDate.parse("2026-07-24"), uk.ras.ledger.ReviewKind.CARE_PLAN, "");
    Entry wrong = Entry.needsChanged(EntryId.of("n1"), p, LocalDate.parse("2026-08-01"), "someone else's");
    store.append(summer, List.of(LedgerFixtures.visit(p, 1), review, wrong,
        Entry.reversal(EntryId.of("x1"), p, LocalDate.parse("2026-08-02"), wrong.id(), "wrong person")));
    LedgerTerms autumn = LedgerTerms.builder(p, LocalDate.parse("2026-09-01"), LocalDate.parse("2026-11-30"),
            Money.parse("100.00"), LedgerFixtures.rates())
        .calendar(summer.calendar())
        .reviews(summer.reviews().orElseThrow(), summer.planStart().orElseThrow())
        .build();
    Ledger next = store.load(autumn);
    assertEquals(List.of(review), next.entries());
    assertEquals(LocalDate.parse("2027-01-24"), next.reviews(LocalDate.parse("2026-09-01")).get(0).dueOn());
  }

  @Test
  void aCorrectionIsANewEntryAndTheOriginalStays() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    Entry visit = LedgerFixtures.visit(p, 3);
    store.append(terms, List.of(visit));
    Entry reversal = Entry.reversal(EntryId.of("r1"), p, terms.from().plusDays(10), visit.id(), "recorded twice");
    store.append(terms, List.of(reversal));
    Ledger reloaded = store.load(terms);
    assertEquals(List.of(visit, reversal), reloaded.entries());
    assertTrue(reloaded.charges().isEmpty());
    assertEquals(Money.zero(), reloaded.balanceOn(terms.to()).spent());
    assertEquals(2, rows(p));
  }

  @Test
  void twoWritersOfTheSameBatchStoreItOnce() throws Exception {
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    List<Entry> batch = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      batch.add(LedgerFixtures.visit(p, n));
    }
    List<Integer> written = race(() -> store().append(terms, batch), () -> store().append(terms, batch));
    assertEquals(3000, written.get(0) + written.get(1), written::toString);
    assertTrue(written.contains(0), written::toString);
    assertEquals(3000, rows(p));
    assertEquals(batch, store().load(terms).entries());
  }

  @Test
  void twoWritersOfDifferentBatchesBothLand() throws Exception {
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    List<Entry> first = new ArrayList<>();
    List<Entry> second = new ArrayList<>();
    for (int n = 0; n < 2000; n++) {
      (n % 2 == 0 ? first : second).add(LedgerFixtures.visit(p, n));
    }
    List<Integer> written = race(() -> store().append(terms, first), () -> store().append(terms, second));
    assertEquals(List.of(1000, 1000), written);
    assertEquals(2000, rows(p));
    List<Entry> loaded = store().load(terms).entries();
    // One batch wholly before the other: writers take turns, they never interleave.
    assertTrue(loaded.equals(concat(first, second)) || loaded.equals(concat(second, first)));
  }

  @Test
  void ofTwoWritersGivingOneIdDifferentContentsOneIsRefused() throws Exception {
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    Entry a = Entry.oneOff(EntryId.of("same"), p, terms.from(), Money.parse("10.00"), "a kettle");
    Entry b = Entry.oneOff(EntryId.of("same"), p, terms.from(), Money.parse("99.00"), "a fridge");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      Future<Integer> fa = pool.submit(() -> {
        go.await();
        return store().append(terms, List.of(a));
      });
      Future<Integer> fb = pool.submit(() -> {
        go.await();
        return store().append(terms, List.of(b));
      });
      go.countDown();
      int refused = 0;
      for (Future<Integer> f : List.of(fa, fb)) {
        try {
          assertEquals(1, f.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(e.getCause() instanceof LedgerException, e::toString);
          refused++;
        }
      }
      assertEquals(1, refused);
      assertEquals(1, rows(p));
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Integer> race(Callable<Integer> one, Callable<Integer> two) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      Future<Integer> f1 = pool.submit(() -> {
        go.await();
        return one.call();
      });
      Future<Integer> f2 = pool.submit(() -> {
        go.await();
        return two.call();
      });
      go.countDown();
      return List.of(f1.get(120, TimeUnit.SECONDS), f2.get(120, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Entry> concat(List<Entry> a, List<Entry> b) {
    List<Entry> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
