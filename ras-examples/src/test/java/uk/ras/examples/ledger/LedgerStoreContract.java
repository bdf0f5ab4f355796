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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.examples.ledger.LedgerStore.Initialised;
import uk.ras.examples.ledger.LedgerStore.StoredSetup;
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

  /** The JDBC address, user and password of a new, empty database of the same kind. */
  abstract String[] freshDatabase() throws SQLException;

  LedgerStore store() {
    String[] db = database();
    return LedgerStore.open(db[0], db[1], db[2]);
  }

  static PersonId newPerson() {
    return PersonId.of("P" + PEOPLE.incrementAndGet() + "-" + System.nanoTime());
  }

  long rows(PersonId person) throws SQLException {
    return rows(database(), person);
  }

  static long rows(String[] db, PersonId person) throws SQLException {
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

  // ---- importAll: many people in one transaction ----

  private static List<Entry> visits(PersonId p, int from, int to) {
    List<Entry> out = new ArrayList<>();
    for (int n = from; n < to; n++) {
      out.add(LedgerFixtures.visit(p, n));
    }
    return out;
  }

  /**
   * Whatever the people and entries (generated ledgers of every kind of entry) and whatever their order in
   * the file, one import stores each person's ledger with exactly the balances the domain gives it, on
   * the last day of the period; the same import again writes nothing.
   */
  @Test
  void anImportInAnyOrderStoresTheDomainsBalancesAndAgainWritesNothing() {
    LedgerStore store = store();
    qt().withExamples(12).forAll(longs().all()).checkAssert(seed -> {
      Map<PersonId, Ledger> ledgers = new LinkedHashMap<>();
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Ledger ledger = LedgerFixtures.generate(seed + i, newPerson());
        ledgers.put(ledger.terms().person(), ledger);
        entries.addAll(ledger.entries());
      }
      Collections.shuffle(entries, new Random(seed));
      Imported imported = store.importAll(p -> ledgers.get(p).terms(), entries);
      assertEquals(List.of(), imported.refused());
      assertEquals(entries.size(), imported.written(), imported::toString);
      for (Ledger ledger : ledgers.values()) {
        LedgerTerms terms = ledger.terms();
        assertEquals(ledger.balanceOn(terms.to()), store.load(terms).balanceOn(terms.to()));
      }
      Imported again = store.importAll(p -> ledgers.get(p).terms(), entries);
      assertEquals(0, again.written(), again::toString);
      assertEquals(entries.size(), again.alreadyStored());
    });
  }

  @Test
  void anImportOfManyPeopleStoresEachOnesLedgerAndAgainChangesNothing() throws SQLException {
    LedgerStore store = store();
    List<PersonId> people = List.of(newPerson(), newPerson(), newPerson());
    List<Entry> entries = new ArrayList<>();
    // Interleaved, as a provider's file would list them: by date, not by person.
    for (int n = 0; n < 40; n++) {
      for (PersonId p : people) {
        entries.add(LedgerFixtures.visit(p, n));
      }
    }
    Imported first = store.importAll(LedgerFixtures::terms, entries);
    assertEquals(120, first.written(), first::toString);
    assertEquals(0, first.alreadyStored());
    assertEquals(List.of(), first.refused());
    for (PersonId p : people) {
      assertEquals(40, rows(p));
      assertEquals(visits(p, 0, 40), store.load(LedgerFixtures.terms(p)).entries());
    }
    Imported again = store.importAll(LedgerFixtures::terms, entries);
    assertEquals(0, again.written(), again::toString);
    assertEquals(120, again.alreadyStored());
    assertEquals(List.of(), again.refused());
    for (PersonId p : people) {
      assertEquals(40, rows(p));
    }
  }

  @Test
  void anImportLeavesOutWhatTheDomainRefusesWithTheReasonAndTheRestGoIn() throws SQLException {
    LedgerStore store = store();
    PersonId a = newPerson();
    PersonId b = newPerson();
    LedgerTerms ta = LedgerFixtures.terms(a);
    store.append(ta, List.of(Entry.oneOff(EntryId.of("kettle"), a, ta.from(), Money.parse("10.00"), "a kettle")));
    List<Entry> entries = new ArrayList<>(visits(a, 0, 5));
    // 60 minutes used of none banked: refused.
    entries.add(Entry.bankedUsed(EntryId.of("used"), a, ta.from(), LedgerFixtures.SW, 60, "a holiday"));
    // The id "kettle" stored with £10.00: given again at £12.00, refused.
    entries.add(Entry.oneOff(EntryId.of("kettle"), a, ta.from(), Money.parse("12.00"), "a kettle"));
    // Dated after the period ends on 30 August: refused.
    entries.add(Entry.oneOff(EntryId.of("late"), b, LocalDate.parse("2026-09-01"), Money.parse("5.00"), "a book"));
    entries.addAll(visits(b, 0, 5));
    // Banked on 2 June, used on 1 June: the day is what counts, not the order, and 1 June has none yet.
    entries.add(Entry.bankedUsed(EntryId.of("early-use"), b, LocalDate.parse("2026-06-01"), LedgerFixtures.SW, 30, "used"));
    entries.add(Entry.banked(EntryId.of("bank"), b, LocalDate.parse("2026-06-02"), LedgerFixtures.SW, 120, "saved"));
    entries.add(Entry.bankedUsed(EntryId.of("use"), b, LocalDate.parse("2026-06-03"), LedgerFixtures.SW, 90, "used"));

    Imported imported = store.importAll(LedgerFixtures::terms, entries);

    assertEquals(12, imported.written(), imported::toString);
    assertEquals(0, imported.alreadyStored());
    List<String> reasons = new ArrayList<>();
    for (Imported.Refused r : imported.refused()) {
      assertTrue(r.reason().startsWith("entry " + r.entry().id() + " refused: "), r::toString);
      reasons.add(r.entry().id().value());
    }
    assertEquals(4, reasons.size(), imported.refused()::toString);
    assertTrue(reasons.containsAll(List.of("used", "kettle", "late", "early-use")), reasons::toString);
    assertEquals(6, rows(a));
    assertEquals(7, rows(b));
    assertEquals(Money.parse("10.00"), store.load(ta).charges(EntryId.of("kettle")).get(0).amount());
    // 120 banked less 90 used.
    assertEquals(30, store.load(LedgerFixtures.terms(b)).balanceOn(LocalDate.parse("2026-06-30")).bankedMinutes());
  }

  @Test
  void anImportedReversalThatWouldOverdrawStoredBankedHoursIsRefusedByName() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    LedgerTerms t = LedgerFixtures.terms(p);
    store.append(t, List.of(
        Entry.banked(EntryId.of("bank"), p, LocalDate.parse("2026-06-02"), LedgerFixtures.SW, 120, "saved"),
        Entry.bankedUsed(EntryId.of("use"), p, LocalDate.parse("2026-06-10"), LedgerFixtures.SW, 120, "used")));
    // The ledger blames the stored use, not the reversal: the store finds the reversal by recording it alone.
    Entry undo = Entry.reversal(EntryId.of("undo"), p, LocalDate.parse("2026-06-12"), EntryId.of("bank"), "not agreed");
    Imported imported = store.importAll(LedgerFixtures::terms, List.of(LedgerFixtures.visit(p, 3), undo));
    assertEquals(1, imported.written(), imported::toString);
    assertEquals(1, imported.refused().size());
    assertEquals(undo, imported.refused().get(0).entry());
    assertTrue(imported.refused().get(0).reason().startsWith("entry undo refused: "), imported.refused()::toString);
    assertEquals(3, rows(p));
  }

  @Test
  void aFailureWhileImportingLeavesNothingOfAnyone() throws SQLException {
    String[] db = database();
    PersonId a = newPerson();
    PersonId b = newPerson();
    List<Entry> entries = new ArrayList<>(visits(a, 0, 1500));
    entries.addAll(visits(b, 0, 1500));
    // Fails at b's 1,001st row, after a's 1,500 and a chunk of b's have gone to the database.
    PersonId second = a.value().compareTo(b.value()) < 0 ? b : a;
    LedgerStore failing = LedgerStore.open(db[0], db[1], db[2], e -> {
      if (e.person().equals(second) && e.id().equals(EntryId.of("v1000"))) {
        throw new IllegalStateException("the disk is full");
      }
    });
    assertThrows(IllegalStateException.class, () -> failing.importAll(LedgerFixtures::terms, entries));
    assertEquals(0, rows(a));
    assertEquals(0, rows(b));
    assertEquals(3000, store().importAll(LedgerFixtures::terms, entries).written());
  }

  @Test
  void twoImportersOfOverlappingPeopleInOppositeOrdersNeitherDeadlockNorDoubleStore() throws Exception {
    List<PersonId> people = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      people.add(newPerson());
    }
    List<Entry> forward = new ArrayList<>();
    List<Entry> backward = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      forward.addAll(visits(people.get(n), 0, 300));
      // The second importer lists the people the other way round, and half of them only.
      if (n % 2 == 0) {
        backward.addAll(0, visits(people.get(n), 150, 450));
      }
    }
    List<Integer> written = race(() -> store().importAll(LedgerFixtures::terms, forward).written(),
        () -> store().importAll(LedgerFixtures::terms, backward).written());
    // 1,800 from the first; the second adds 150 new visits for each of three people (or all 300 if it went first).
    assertEquals(1800 + 3 * 150, written.get(0) + written.get(1), written::toString);
    for (int n = 0; n < 6; n++) {
      assertEquals(n % 2 == 0 ? 450 : 300, rows(people.get(n)));
    }
  }

  @Test
  void anImporterAndAnAppenderOfTheSamePersonTakeTurns() throws Exception {
    PersonId a = newPerson();
    PersonId b = newPerson();
    List<Entry> imported = new ArrayList<>(visits(a, 0, 1000));
    imported.addAll(visits(b, 0, 1000));
    List<Entry> appended = visits(b, 500, 1500);
    List<Integer> written = race(() -> store().importAll(LedgerFixtures::terms, imported).written(),
        () -> store().append(LedgerFixtures.terms(b), appended));
    assertEquals(2000 + 500, written.get(0) + written.get(1), written::toString);
    assertEquals(1000, rows(a));
    assertEquals(1500, rows(b));
  }

  // ---- the setup, stored by init ----

  @Test
  void initStoresTheSetupAsVersionsAndTheSameSetupAgainChangesNothing() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    Entry plan = Entry.planned(EntryId.of("plan-1"), p, LocalDate.parse("2026-06-01"), Optional.empty(), DayOfWeek.WEDNESDAY,
        LocalTime.parse("10:00"), LocalTime.parse("12:00"), LedgerFixtures.ACME, LedgerFixtures.SW);
    StoredSetup one = new StoredSetup(0, "setup.yaml", "people: [" + p + "]\n", "rates.yaml", "rates: x\n");
    Initialised first = store.init(one, version(store), LedgerFixtures::terms, List.of(plan));
    assertTrue(first.changed());
    assertEquals(1, first.planned().written());
    int version = first.version();
    assertEquals(Optional.of(new StoredSetup(version, "setup.yaml", one.setupText(), "rates.yaml", one.ratesText())), store.setup());

    Initialised again = store.init(new StoredSetup(0, "copy of setup.yaml", one.setupText(), "rates.yaml", one.ratesText()),
        version, LedgerFixtures::terms, List.of(plan));
    assertEquals(false, again.changed());
    assertEquals(version, again.version());
    assertEquals(1, again.planned().alreadyStored());
    assertEquals(1, rows(p));

    // A setup of millions of characters (a council's 20,000 people) is kept whole.
    String large = "people:\n" + "  - id: someone\n".repeat(200_000);
    Initialised second = store.init(new StoredSetup(0, "large.yaml", large, "rates.yaml", one.ratesText()),
        version, LedgerFixtures::terms, List.of(plan));
    assertTrue(second.changed());
    assertEquals(version + 1, second.version());
    assertEquals(large, store.setup().orElseThrow().setupText());

    // A planned entry the ledger refuses (a staff type the rates lack) leaves nothing of the init.
    PersonId q = newPerson();
    Entry cook = Entry.planned(EntryId.of("plan-1"), q, LocalDate.parse("2026-06-01"), Optional.empty(), DayOfWeek.MONDAY,
        LocalTime.parse("10:00"), LocalTime.parse("12:00"), LedgerFixtures.ACME, "cook");
    assertThrows(LedgerStoreException.class,
        () -> store.init(new StoredSetup(0, "third.yaml", "third", "rates.yaml", "r"), version + 1, LedgerFixtures::terms,
            List.of(cook)));
    assertEquals(version + 1, store.setup().orElseThrow().version());
    assertEquals(0, rows(q));
  }

  /** The version of the setup in force, 0 if none: what a caller checks a new setup against. */
  static int version(LedgerStore store) {
    return store.setup().map(StoredSetup::version).orElse(0);
  }

  /**
   * Two inits of different setups at the same moment, both checked against the same version: exactly
   * one stores the next version with its planned entry; the other writes nothing and says plainly that
   * another init changed the setup at the same moment. Five rounds, since which comes first (and whether
   * the second reads the setup before or after the first commits) is up to the threads; the outcome must
   * not depend on it.
   */
  @Test
  void ofTwoInitsOfDifferentSetupsAtOnceExactlyOneStoresTheNextVersion() throws Exception {
    // A database of its own: the shared one's setup holds another test's text of millions of characters.
    String[] db = freshDatabase();
    LedgerStore store = LedgerStore.open(db[0], db[1], db[2]);
    for (int round = 0; round < 5; round++) {
      int base = version(store);
      PersonId a = newPerson();
      PersonId b = newPerson();
      StoredSetup sa = new StoredSetup(0, "a.yaml", "people: [" + a + "]\n", "rates.yaml", "rates: x\n");
      StoredSetup sb = new StoredSetup(0, "b.yaml", "people: [" + b + "]\n", "rates.yaml", "rates: x\n");
      List<Object> outcomes = raceOutcomes(
          () -> LedgerStore.open(db[0], db[1], db[2]).init(sa, base, LedgerFixtures::terms, List.of(plan(a))),
          () -> LedgerStore.open(db[0], db[1], db[2]).init(sb, base, LedgerFixtures::terms, List.of(plan(b))));
      int winner = outcomes.get(0) instanceof Initialised ? 0 : 1;
      Initialised won = (Initialised) outcomes.get(winner);
      Object lost = outcomes.get(1 - winner);
      assertTrue(won.changed(), outcomes::toString);
      assertEquals(base + 1, won.version(), outcomes::toString);
      assertTrue(lost instanceof LedgerStoreException, outcomes::toString);
      assertEquals("another init changed the ledger's setup at the same moment (it is now at version " + (base + 1)
          + "): nothing was written; run the init again to check this setup against that one",
          ((LedgerStoreException) lost).getMessage());
      StoredSetup stored = store.setup().orElseThrow();
      assertEquals(base + 1, stored.version());
      assertEquals((winner == 0 ? sa : sb).setupText(), stored.setupText());
      assertEquals(winner == 0 ? 1 : 0, rows(db, a));
      assertEquals(winner == 0 ? 0 : 1, rows(db, b));
    }
  }

  /** Two inits of the same setup at the same moment: one stores it, the other finds it stored and changes nothing. */
  @Test
  void ofTwoInitsOfTheSameSetupAtOnceOneStoresItAndTheOtherChangesNothing() throws Exception {
    String[] db = freshDatabase();
    LedgerStore store = LedgerStore.open(db[0], db[1], db[2]);
    for (int round = 0; round < 5; round++) {
      int base = version(store);
      PersonId a = newPerson();
      StoredSetup s = new StoredSetup(0, "a.yaml", "people: [" + a + "]\n", "rates.yaml", "rates: x\n");
      List<Object> outcomes = raceOutcomes(
          () -> LedgerStore.open(db[0], db[1], db[2]).init(s, base, LedgerFixtures::terms, List.of(plan(a))),
          () -> LedgerStore.open(db[0], db[1], db[2]).init(s, base, LedgerFixtures::terms, List.of(plan(a))));
      Initialised one = (Initialised) outcomes.get(0);
      Initialised two = (Initialised) outcomes.get(1);
      assertEquals(List.of(base + 1, base + 1), List.of(one.version(), two.version()));
      assertTrue(one.changed() ^ two.changed(), outcomes::toString);
      assertEquals(1, one.planned().written() + two.planned().written(), outcomes::toString);
      assertEquals(base + 1, version(store));
      assertEquals(1, rows(db, a));
    }
  }

  // ---- the schema's migrations ----

  /**
   * A ledger stored under V3 (ordered by an IDENTITY column) keeps each person's order through V4, which
   * numbers each person's entries in that order, and what is recorded after it comes after them. The V3
   * rows are written in an order that is neither the ids' nor the people's: two people interleaved, ids
   * out of order.
   */
  @Test
  void aLedgerStoredUnderV3KeepsItsOrderThroughV4() throws SQLException {
    String[] db = freshDatabase();
    Flyway.configure().dataSource(db[0], db[1], db[2]).locations("classpath:db/migration/ledger")
        .table("ledger_schema_history").target("3").load().migrate();
    PersonId a = newPerson();
    PersonId b = newPerson();
    int[] order = {5, 3, 9, 1, 7};
    List<Entry> aEntries = new ArrayList<>();
    List<Entry> bEntries = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
        PreparedStatement person = c.prepareStatement("INSERT INTO ledger_person (person) VALUES (?)");
        PreparedStatement entry = c.prepareStatement("INSERT INTO ledger_entry (person, entry_id, kind, entry_date,"
            + " start_time, end_time, provider, staff_type, minutes, note) VALUES (?, ?, 'VISIT', ?, ?, ?, ?, ?, ?, '')")) {
      for (PersonId p : List.of(a, b)) {
        person.setString(1, p.value());
        person.executeUpdate();
      }
      for (int n : order) {
        for (PersonId p : List.of(b, a)) {
          Entry v = LedgerFixtures.visit(p, n);
          (p.equals(a) ? aEntries : bEntries).add(v);
          entry.setString(1, p.value());
          entry.setString(2, v.id().value());
          entry.setObject(3, v.date());
          entry.setObject(4, v.start().orElseThrow());
          entry.setObject(5, v.end().orElseThrow());
          entry.setString(6, v.provider().orElseThrow());
          entry.setString(7, v.staffType().orElseThrow());
          entry.setLong(8, v.minutes());
          entry.executeUpdate();
        }
      }
    }
    LedgerStore store = LedgerStore.open(db[0], db[1], db[2]);
    assertEquals(aEntries, store.load(LedgerFixtures.terms(a)).entries());
    assertEquals(bEntries, store.load(LedgerFixtures.terms(b)).entries());
    assertEquals(1, store.append(LedgerFixtures.terms(a), List.of(LedgerFixtures.visit(a, 2))));
    List<Entry> after = new ArrayList<>(aEntries);
    after.add(LedgerFixtures.visit(a, 2));
    assertEquals(after, store.load(LedgerFixtures.terms(a)).entries());
    // Numbered from 0 in the V3 order, the new entry next.
    List<String> numbered = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
        PreparedStatement s = c.prepareStatement("SELECT person_seq, entry_id FROM ledger_entry WHERE person = ? ORDER BY person_seq")) {
      s.setString(1, a.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          numbered.add(r.getLong(1) + " " + r.getString(2));
        }
      }
    }
    assertEquals(List.of("0 v5", "1 v3", "2 v9", "3 v1", "4 v7", "5 v2"), numbered);
  }

  // ---- NUL, which PostgreSQL cannot store in text ----

  /**
   * An entry's note, provider or staff type holding a NUL is refused before the database on every
   * database alike, naming the entry and the field, and nothing of its batch or import is written.
   */
  @Test
  void anEntryHoldingANulIsRefusedByFieldAndNothingIsWritten() throws SQLException {
    LedgerStore store = store();
    PersonId p = newPerson();
    PersonId q = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    Entry note = Entry.oneOff(EntryId.of("kettle"), p, terms.from(), Money.parse("10.00"), "a ket\u0000tle");
    IllegalArgumentException byNote = assertThrows(IllegalArgumentException.class,
        () -> store.append(terms, List.of(LedgerFixtures.visit(p, 1), note)));
    assertEquals("entry kettle of " + p + ": its note holds a NUL character (U+0000) at character 6, which the ledger's"
        + " database cannot store", byNote.getMessage());
    Entry provider = Entry.visit(EntryId.of("v1"), q, terms.from(), LocalTime.parse("10:00"), LocalTime.parse("11:00"),
        "\u0000Acme", LedgerFixtures.SW);
    IllegalArgumentException byProvider = assertThrows(IllegalArgumentException.class,
        () -> store.importAll(LedgerFixtures::terms, List.of(LedgerFixtures.visit(p, 1), provider)));
    assertTrue(byProvider.getMessage().startsWith("entry v1 of " + q + ": its provider holds a NUL"), byProvider::getMessage);
    Entry staff = Entry.visit(EntryId.of("v2"), q, terms.from(), LocalTime.parse("10:00"), LocalTime.parse("11:00"),
        LedgerFixtures.ACME, "support\u0000worker");
    IllegalArgumentException byStaff = assertThrows(IllegalArgumentException.class,
        () -> store.importAll(LedgerFixtures::terms, List.of(staff)));
    assertTrue(byStaff.getMessage().startsWith("entry v2 of " + q + ": its staff type holds a NUL"), byStaff::getMessage);
    assertEquals(0, rows(p));
    assertEquals(0, rows(q));
  }

  /** A setup's text holding a NUL is refused naming the file and the line, and the setup is unchanged. */
  @Test
  void aSetupHoldingANulIsRefusedByFileAndLine() {
    LedgerStore store = store();
    int before = version(store);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> new StoredSetup(0, "setup.yaml", "people:\n  - id: a\u0000b\n", "rates.yaml", "rates: x\n"));
    assertEquals("the setup file setup.yaml: line 2 holds a NUL character (U+0000), which the ledger's database cannot store",
        refused.getMessage());
    PersonId p = newPerson();
    Entry plan = Entry.planned(EntryId.of("plan-1"), p, LocalDate.parse("2026-06-01"), Optional.empty(), DayOfWeek.WEDNESDAY,
        LocalTime.parse("10:00"), LocalTime.parse("12:00"), LedgerFixtures.ACME, "support\u0000worker");
    assertThrows(IllegalArgumentException.class, () -> store.init(new StoredSetup(0, "s.yaml", "x", "r.yaml", "y"), before,
        LedgerFixtures::terms, List.of(plan)));
    assertEquals(before, version(store));
  }

  private static Entry plan(PersonId p) {
    return Entry.planned(EntryId.of("plan-1"), p, LocalDate.parse("2026-06-01"), Optional.empty(), DayOfWeek.WEDNESDAY,
        LocalTime.parse("10:00"), LocalTime.parse("12:00"), LedgerFixtures.ACME, LedgerFixtures.SW);
  }

  /** Runs both at once; each one's result, or what it threw. */
  private static List<Object> raceOutcomes(Callable<Object> one, Callable<Object> two) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> c : List.of(one, two)) {
        futures.add(pool.submit(() -> {
          go.await();
          try {
            return c.call();
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      go.countDown();
      List<Object> out = new ArrayList<>();
      for (Future<Object> f : futures) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
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
