package uk.ras.examples.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import uk.ras.RasException;
import uk.ras.examples.ledger.Imported.Refused;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.CancelledBy;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.EntryKind;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.LedgerException;
import uk.ras.ledger.LedgerTerms;
import uk.ras.ledger.ReviewKind;
import uk.ras.money.Money;

/**
 * People's ledgers kept in a SQL database over plain JDBC: H2 in a folder for the command line, or any
 * PostgreSQL server; the schema comes from Flyway's versioned migrations in {@code db/migration/ledger},
 * which run unchanged on both.
 *
 * <p>Append only: rows are inserted, never updated or deleted (a correction is a reversal entry). Each
 * {@link #append} is one transaction: the batch is checked against everything committed for the person
 * by the domain ({@link Ledger#of(LedgerTerms, List)}) and written whole, or not at all. Writers to the
 * same person take turns on a row lock, and a unique key on (person, entry id) means an entry is never
 * stored twice whatever happens; an entry given again, identical, is skipped (the domain counts it once).
 *
 * <p>The store keeps no connection open between calls; it is safe to use from several threads and
 * processes at once.
 */
final class LedgerStore {
  private static final int CHUNK = 1000;
  /** U+0000, which PostgreSQL refuses in text. */
  private static final char NUL = '\u0000';
  private static final String COLUMNS =
      "person, entry_id, kind, entry_date, until_date, day_of_week, start_time, end_time, provider, staff_type,"
          + " cancelled_by, notified, minutes, miles, amount_pence, reverses, note, review_kind";
  private static final String LOCK = "SELECT person FROM ledger_person WHERE person = ? FOR UPDATE";
  /**
   * The insert of one entry row, its parameters set by {@link #bind}; package-private so that benchmark
   * 6's bare insert writes the same rows.
   */
  static final String INSERT = "INSERT INTO ledger_entry (" + COLUMNS + ", person_seq)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String READ = "SELECT " + COLUMNS + " FROM ledger_entry WHERE person = ? ORDER BY person_seq";

  /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final String url;
  private final String user;
  private final String password;

  /** Called with each entry just before it is written; tests use it to fail a batch part way through. */
  private final Consumer<Entry> beforeWrite;

  private LedgerStore(String url, String user, String password, Consumer<Entry> beforeWrite) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.beforeWrite = beforeWrite;
  }

  /**
   * The command line's store: an H2 database {@code ledger} in {@code folder}, both created on first use,
   * migrated to the current schema.
   *
   * @param folder the folder the user names
   * @return the store
   * @throws LedgerStoreException if the folder cannot be created or the database opened or migrated
   */
  static LedgerStore inFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new LedgerStoreException("cannot create the ledger folder " + folder + ": " + e.getMessage(), e);
    }
    return open(h2Address(folder), "", "");
  }

  /**
   * The JDBC address of the H2 database in a ledger folder: a writer waits up to a minute for another's
   * lock on the same ledger rather than H2's 1 second.
   */
  static String h2Address(Path folder) {
    return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("ledger") + ";LOCK_TIMEOUT=60000";
  }

  /**
   * A store at a JDBC address (H2 or PostgreSQL), migrated to the current schema.
   *
   * @param url the JDBC address
   * @param user the database user
   * @param password the user's password
   * @return the store
   * @throws LedgerStoreException if the database cannot be reached or migrated
   */
  static LedgerStore open(String url, String user, String password) {
    return open(url, user, password, entry -> {});
  }

  static LedgerStore open(String url, String user, String password, Consumer<Entry> beforeWrite) {
    try {
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration/ledger")
          .table("ledger_schema_history")
          // Flyway reports each migration through whatever logging it finds (java.util.logging, on
          // stderr, on the command line): the store reports what matters itself, so Flyway stays silent.
          .loggers(SilentLogs.class.getName())
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new LedgerStoreException(openElsewhere(url, e)
          .orElse("cannot prepare the ledger database " + url + ": " + e.getMessage()), e);
    }
    return new LedgerStore(url, user, password, Objects.requireNonNull(beforeWrite, "beforeWrite"));
  }

  /**
   * The person's ledger for the terms' period: every entry stored for {@code terms.person()} dated in the
   * period, and the reviews and changes of needs dated before it (not undone), in the order recorded.
   *
   * @param terms the ledger's terms
   * @return the ledger
   * @throws LedgerException if the stored entries are refused under these terms
   * @throws LedgerStoreException if the database fails
   */
  Ledger load(LedgerTerms terms) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      List<Entry> entries = inPeriod(read(c, terms.person()), terms);
      c.commit();
      return Ledger.of(terms, entries);
    } catch (SQLException e) {
      throw failed("read the ledger of " + terms.person(), e);
    }
  }

  /**
   * Records a batch of entries for the terms' person in one transaction: all of them or, if any is
   * refused or anything fails, none. Entries already stored, identical, are skipped.
   *
   * @param terms the ledger's terms; every entry must be for its person
   * @param batch the entries, in the order to record them
   * @return how many entries were written (0 when every one was already stored)
   * @throws LedgerException naming the first entry the domain refuses, with the reason
   * @throws IllegalArgumentException if an entry holds a character the database cannot store (see {@link
   *     #checkStorable})
   * @throws LedgerStoreException if an entry id is already stored with different contents outside the
   *     period, or the database fails
   */
  int append(LedgerTerms terms, List<Entry> batch) {
    List<Entry> given = List.copyOf(batch);
    given.forEach(LedgerStore::checkStorable);
    PersonId person = terms.person();
    ensurePerson(person);
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        lock(c, person);
        List<Entry> stored = read(c, person);
        Map<EntryId, Entry> byId = new LinkedHashMap<>();
        for (Entry e : stored) {
          byId.put(e.id(), e);
        }
        List<Entry> fresh = new ArrayList<>();
        for (Entry e : given) {
          Entry old = byId.get(e.id());
          if (old == null) {
            byId.put(e.id(), e);
            fresh.add(e);
          } else if (!old.equals(e) && !terms.covers(old.date())) {
            throw new LedgerStoreException(
                "entry " + e.id() + " of " + person + " is already stored with different contents: " + old);
          }
        }
        List<Entry> all = new ArrayList<>(inPeriod(stored, terms));
        all.addAll(given);
        // The domain refuses what the whole ledger cannot hold (an id reused with other contents, banked
        // hours overdrawn, a reversal of an unknown entry) before anything is written.
        Ledger.of(terms, all);
        insert(c, fresh, new HashMap<>(Map.of(person, (long) stored.size())));
        commit(c);
        return fresh.size();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failed("record " + given.size() + " entries for " + person, e);
    }
  }

  /**
   * Records the entries of many people in one transaction, as an import does: the people are locked in
   * the order of their ids (so two importers, or an importer and an {@link #append}, never wait on each
   * other in a circle), each person's entries are checked against everything committed for them, and
   * what the domain accepts is written, all together or, if the database fails, not at all.
   *
   * <p>Unlike {@link #append}, a refused entry does not stop the import: it is left out and reported
   * with the reason, and the others go in. Entries already stored, identical, are skipped and counted;
   * an entry given twice, identical, counts once. The domain judges each person's entries as a set (the
   * ledger's balances do not depend on the order entries are recorded in), so a visit paid from banked
   * hours may come before the banking in the list.
   *
   * @param terms each person's terms; called once per person in the list
   * @param entries the entries, of any people, in the order to record them
   * @return what was written, what was already stored, and what was refused and why
   * @throws LedgerException if the entries already stored for a person are refused under their terms
   * @throws IllegalArgumentException if an entry holds a character the database cannot store (see {@link
   *     #checkStorable}); nothing is written then
   * @throws LedgerStoreException if the database fails; nothing is written then
   */
  Imported importAll(Function<PersonId, LedgerTerms> terms, List<Entry> entries) {
    Map<PersonId, List<Entry>> byPerson = byPerson(entries);
    entries.forEach(LedgerStore::checkStorable);
    Map<PersonId, LedgerTerms> termsOf = termsOf(byPerson.keySet(), terms);
    ensurePeople(byPerson.keySet());
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        Imported imported = importIn(c, byPerson, termsOf);
        commit(c);
        return imported;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failed("import " + entries.size() + " entries for " + byPerson.size() + " people", e);
    }
  }

  /**
   * Refuses an entry that one of the databases the store runs on cannot hold as given: PostgreSQL refuses
   * the character U+0000 (NUL) in text, where H2 would store it. Refused before anything is written, on
   * every database alike; a file's reader calls this for each row, so that the row is named.
   *
   * @param e the entry
   * @throws IllegalArgumentException naming the entry and its field that holds a NUL
   */
  static void checkStorable(Entry e) {
    noNul(e, "person", e.person().value());
    noNul(e, "id", e.id().value());
    e.provider().ifPresent(v -> noNul(e, "provider", v));
    e.staffType().ifPresent(v -> noNul(e, "staff type", v));
    e.reverses().ifPresent(v -> noNul(e, "reversed entry's id", v.value()));
    noNul(e, "note", e.note());
  }

  private static void noNul(Entry e, String field, String value) {
    int at = value.indexOf(NUL);
    if (at >= 0) {
      throw new IllegalArgumentException("entry " + e.id() + " of " + e.person() + ": its " + field + " holds a NUL character"
          + " (U+0000) at character " + (at + 1) + ", which the ledger's database cannot store");
    }
  }

  /** Groups entries by person, in id order, with each one's terms. */
  private static Map<PersonId, List<Entry>> byPerson(List<Entry> entries) {
    Map<PersonId, List<Entry>> byPerson = new TreeMap<>();
    for (Entry e : entries) {
      byPerson.computeIfAbsent(Objects.requireNonNull(e, "entry").person(), k -> new ArrayList<>()).add(e);
    }
    return byPerson;
  }

  private static Map<PersonId, LedgerTerms> termsOf(Set<PersonId> people, Function<PersonId, LedgerTerms> terms) {
    Map<PersonId, LedgerTerms> termsOf = new LinkedHashMap<>();
    for (PersonId p : people) {
      LedgerTerms t = Objects.requireNonNull(terms.apply(p), "terms of " + p);
      if (!t.person().equals(p)) {
        throw new IllegalArgumentException("the terms given for " + p + " are " + t.person() + "'s");
      }
      termsOf.put(p, t);
    }
    return termsOf;
  }

  /** The import's work inside the caller's transaction: lock, check, write; the caller commits. */
  private Imported importIn(Connection c, Map<PersonId, List<Entry>> byPerson, Map<PersonId, LedgerTerms> termsOf)
      throws SQLException {
    try (PreparedStatement lock = c.prepareStatement(LOCK);
        PreparedStatement read = c.prepareStatement(READ)) {
      int already = 0;
      List<Refused> refused = new ArrayList<>();
      List<Entry> fresh = new ArrayList<>();
      Map<PersonId, Long> next = new HashMap<>();
      for (Map.Entry<PersonId, List<Entry>> person : byPerson.entrySet()) {
        lock(lock, person.getKey());
        List<Entry> stored = read(read, person.getKey());
        next.put(person.getKey(), (long) stored.size());
        Sorted sorted = sort(termsOf.get(person.getKey()), stored, person.getValue());
        already += sorted.already;
        refused.addAll(sorted.refused);
        fresh.addAll(sorted.accepted);
      }
      insert(c, fresh, next);
      return new Imported(fresh.size(), already, refused);
    }
  }

  /**
   * The setup the ledger was last initialised with: the texts of its setup and rate files, as given.
   *
   * @return the latest version, or empty if the ledger was never initialised
   * @throws LedgerStoreException if the database fails
   */
  Optional<StoredSetup> setup() {
    try (Connection c = connect()) {
      c.setReadOnly(true);
      return latest(c);
    } catch (SQLException e) {
      throw failed("read the ledger's setup", e);
    }
  }

  private static Optional<StoredSetup> latest(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version, setup_source, setup_text, rates_source, rates_text"
            + " FROM ledger_setup ORDER BY version DESC")) {
      if (!r.next()) {
        return Optional.empty();
      }
      return Optional.of(new StoredSetup(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
    }
  }

  /**
   * Initialises the ledger, in one transaction: stores the setup as a new version when it differs from
   * the latest, and records every person's planned entries. Nothing is written if any planned entry is
   * refused.
   *
   * <p>The caller checked the setup against version {@code basedOn} (whether it may replace it). If
   * another init stored a version since (two inits at the same moment), this one stores nothing and is
   * refused, so that it can be run again and checked against what is now in force; unless the other
   * stored these very texts, when nothing needs to change. Of two inits at the same moment exactly one
   * stores the next version.
   *
   * @param setup the setup file's name and text, and the rate file's
   * @param basedOn the version the caller read before checking the setup, 0 if the ledger had none
   * @param terms each person's terms under this setup
   * @param planned the planned entries of every person in the setup
   * @return the version now in force, whether it is new, and what the planned entries gave
   * @throws LedgerException naming the first planned entry refused, with the reason
   * @throws IllegalArgumentException if a planned entry holds a character the database cannot store
   * @throws LedgerStoreException if another init changed the setup since {@code basedOn}, or a planned
   *     entry is refused, or the database fails
   */
  Initialised init(StoredSetup setup, int basedOn, Function<PersonId, LedgerTerms> terms, List<Entry> planned) {
    planned.forEach(LedgerStore::checkStorable);
    Map<PersonId, List<Entry>> byPerson = byPerson(planned);
    Map<PersonId, LedgerTerms> termsOf = termsOf(byPerson.keySet(), terms);
    ensurePeople(byPerson.keySet());
    try {
      return initOnce(setup, basedOn, byPerson, termsOf);
    } catch (SetupRace race) {
      // Both inits read the same latest version and stored the next: the setup's key let the other in.
      // Once more, now seeing the other's version: these texts again (nothing to change) or a refusal.
      try {
        return initOnce(setup, basedOn, byPerson, termsOf);
      } catch (SetupRace again) {
        throw concurrentInit(again.version);
      }
    }
  }

  private Initialised initOnce(StoredSetup setup, int basedOn, Map<PersonId, List<Entry>> byPerson,
      Map<PersonId, LedgerTerms> termsOf) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        Optional<StoredSetup> before = latest(c);
        boolean same = before.isPresent() && before.get().sameTexts(setup);
        int latest = before.map(StoredSetup::version).orElse(0);
        if (latest != basedOn && !same) {
          throw concurrentInit(latest);
        }
        int version = same ? latest : latest + 1;
        if (!same) {
          try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_setup (version, stored_at, setup_source,"
              + " setup_text, rates_source, rates_text) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setInt(1, version);
            s.setObject(2, LocalDateTime.now(), Types.TIMESTAMP);
            s.setString(3, setup.setupSource());
            s.setString(4, setup.setupText());
            s.setString(5, setup.ratesSource());
            s.setString(6, setup.ratesText());
            s.executeUpdate();
          } catch (SQLException e) {
            // The key (version) is taken: another init stored this version after this one read the latest.
            // Both databases make this insert wait for the other's commit, then refuse it as a duplicate.
            if ("23505".equals(e.getSQLState())) {
              throw new SetupRace(version);
            }
            throw e;
          }
        }
        Imported imported = importIn(c, byPerson, termsOf);
        if (!imported.refused().isEmpty()) {
          throw new LedgerStoreException("the setup's planned support cannot be recorded: " + imported.refused().get(0).reason()
              + (imported.refused().size() > 1 ? " (and " + (imported.refused().size() - 1) + " more)" : ""));
        }
        commit(c);
        return new Initialised(version, !same, imported);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failed("initialise the ledger", e);
    }
  }

  private static LedgerStoreException concurrentInit(int version) {
    return new LedgerStoreException("another init changed the ledger's setup at the same moment (it is now at version "
        + version + "): nothing was written; run the init again to check this setup against that one");
  }

  /** Another init took the setup version this one was storing. */
  private static final class SetupRace extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int version;

    SetupRace(int version) {
      super(null, null, false, false);
      this.version = version;
    }
  }

  /**
   * A version of the ledger's setup: the setup file's name and text, and the rate file's.
   *
   * @param version 1 for the first init, then one more for each change (0 for one not yet stored)
   */
  record StoredSetup(int version, String setupSource, String setupText, String ratesSource, String ratesText) {
    /**
     * Checks the texts.
     *
     * @throws IllegalArgumentException if a name or text holds a NUL (U+0000), which PostgreSQL cannot
     *     store: naming the file and the line
     */
    StoredSetup {
      noNul("the name of the setup file " + setupSource, Objects.requireNonNull(setupSource, "setupSource"));
      noNul("the setup file " + setupSource, Objects.requireNonNull(setupText, "setupText"));
      noNul("the name of the rate file " + ratesSource, Objects.requireNonNull(ratesSource, "ratesSource"));
      noNul("the rate file " + ratesSource, Objects.requireNonNull(ratesText, "ratesText"));
    }

    private static void noNul(String what, String text) {
      int at = text.indexOf(NUL);
      if (at >= 0) {
        long line = 1 + text.substring(0, at).chars().filter(ch -> ch == '\n').count();
        throw new IllegalArgumentException(what + ": line " + line + " holds a NUL character (U+0000), which the ledger's"
            + " database cannot store");
      }
    }

    /** Whether the two files' texts are the same (their names may differ: the contents are what apply). */
    boolean sameTexts(StoredSetup other) {
      return setupText.equals(other.setupText) && ratesText.equals(other.ratesText);
    }
  }

  /**
   * What an init did.
   *
   * @param version the setup version now in force
   * @param changed whether this init stored a new version
   * @param planned what recording the planned entries gave
   */
  record Initialised(int version, boolean changed, Imported planned) {}

  /** One person's given entries sorted into those already stored, those refused and those to write. */
  private static final class Sorted {
    int already;
    final List<Refused> refused = new ArrayList<>();
    final List<Entry> accepted = new ArrayList<>();
  }

  private static Sorted sort(LedgerTerms terms, List<Entry> stored, List<Entry> given) {
    Sorted out = new Sorted();
    Map<EntryId, Entry> storedById = new HashMap<>();
    for (Entry e : stored) {
      storedById.put(e.id(), e);
    }
    Map<EntryId, Entry> candidates = new LinkedHashMap<>();
    for (Entry e : given) {
      Entry old = storedById.get(e.id());
      if (old != null) {
        if (old.equals(e)) {
          out.already++;
        } else {
          out.refused.add(new Refused(e, "entry " + e.id() + " refused: its id is already stored with different contents: " + old));
        }
        continue;
      }
      Entry before = candidates.putIfAbsent(e.id(), e);
      if (before != null && !before.equals(e)) {
        out.refused.add(new Refused(e, "entry " + e.id() + " refused: its id is given twice with different contents: " + before));
      }
    }
    List<Entry> kept = inPeriod(stored, terms);
    // The common case, everything accepted, costs one build of the ledger. A refusal that names an entry
    // given takes that entry out and builds again; one that names a stored entry (a reversal given that
    // would leave stored banked hours overdrawn) or none (no rates in force) is found by recording the
    // rest one by one, each refusal then blamed on the entry recorded.
    List<Entry> trying = new ArrayList<>(candidates.values());
    while (true) {
      List<Entry> all = new ArrayList<>(kept);
      all.addAll(trying);
      try {
        Ledger.of(terms, all);
        out.accepted.addAll(trying);
        return out;
      } catch (LedgerException e) {
        EntryId named = e.entry().orElse(null);
        Entry culprit = named == null ? null : candidates.get(named);
        if (culprit == null || !trying.remove(culprit)) {
          break;
        }
        out.refused.add(new Refused(culprit, e.getMessage()));
      } catch (RasException e) {
        break;
      }
    }
    Ledger ledger = Ledger.of(terms, kept);
    for (Entry e : trying) {
      try {
        ledger = ledger.record(e);
        out.accepted.add(e);
      } catch (LedgerException refusal) {
        out.refused.add(new Refused(e, refusal.getMessage()));
      } catch (RasException refusal) {
        out.refused.add(new Refused(e, "entry " + e.id() + " refused: " + refusal.getMessage()));
      }
    }
    return out;
  }

  /** The lock rows of many people, each in a transaction of its own, before the import's transaction. */
  private void ensurePeople(Set<PersonId> people) {
    Set<PersonId> missing = new TreeSet<>(people);
    try (Connection c = connect()) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT person FROM ledger_person")) {
        while (r.next()) {
          missing.remove(PersonId.of(r.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw failed("list the people stored", e);
    }
    for (PersonId p : missing) {
      ensurePerson(p);
    }
  }

  /**
   * Commits a writing command's transaction, and on H2 has the commit written to the file before the
   * command goes on to say it is recorded. H2 writes everything when its last connection closes, as each
   * of this store's calls does; but while another connection holds the database open (another thread's
   * command, a caller's pool) it writes commits in the background, up to half a second later (its
   * WRITE_DELAY), so a process killed just after a command reported its entries recorded could lose them.
   * CHECKPOINT writes them now. (WRITE_DELAY=0 would too, but it stops the background writer, which writes
   * a large import's pages while the import goes on: the import took half as long again.) PostgreSQL's
   * commit is written before it returns.
   */
  private void commit(Connection c) throws SQLException {
    c.commit();
    if (url.startsWith("jdbc:h2:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT");
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** The person's lock row, in its own transaction: a failed insert must not spoil the writer's one. */
  private void ensurePerson(PersonId person) {
    try (Connection c = connect()) {
      c.setAutoCommit(true);
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO ledger_person (person) SELECT ? WHERE NOT EXISTS"
              + " (SELECT 1 FROM ledger_person WHERE person = ?)")) {
        s.setString(1, person.value());
        s.setString(2, person.value());
        s.executeUpdate();
      } catch (SQLException e) {
        // Another writer inserted the row between the check and the insert: it exists, as needed.
        if (!"23505".equals(e.getSQLState())) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw failed("register " + person, e);
    }
  }

  private static void lock(Connection c, PersonId person) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(LOCK)) {
      lock(s, person);
    }
  }

  private static void lock(PreparedStatement s, PersonId person) throws SQLException {
    s.setString(1, person.value());
    try (ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new SQLException("the ledger row of " + person + " is missing");
      }
    }
  }

  /**
   * The entries of the terms' period, and the reviews and changes of needs before it (they decide when
   * the next review falls due, whichever budget they were recorded under), less those a reversal outside
   * the period undid: that reversal cannot be loaded with them.
   */
  private static List<Entry> inPeriod(List<Entry> entries, LedgerTerms terms) {
    Set<EntryId> undoneEarlier = new HashSet<>();
    for (Entry e : entries) {
      if (e.kind() == EntryKind.REVERSAL && !terms.covers(e.date())) {
        undoneEarlier.add(e.reverses().orElseThrow());
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      boolean personal = e.kind() == EntryKind.REVIEW || e.kind() == EntryKind.NEEDS_CHANGED;
      if (terms.covers(e.date())
          || (personal && e.date().isBefore(terms.from()) && !undoneEarlier.contains(e.id()))) {
        out.add(e);
      }
    }
    return out;
  }


  /**
   * Writes the entries; each person's are numbered on from {@code next}, the count of their entries
   * stored, which the caller read holding the person's lock (so no other writer can take the numbers).
   */
  private void insert(Connection c, List<Entry> entries, Map<PersonId, Long> next) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      int pending = 0;
      for (Entry e : entries) {
        beforeWrite.accept(e);
        long position = next.merge(e.person(), 1L, Long::sum) - 1;
        bind(s, e, position);
        s.addBatch();
        if (++pending == CHUNK) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  /**
   * Sets {@link #INSERT}'s parameters to an entry's columns.
   *
   * @param position the entry's place in its person's ledger: 0 for their first entry, then one more for
   *     each entry recorded after it (the order a reloaded ledger lists them in)
   */
  static void bind(PreparedStatement s, Entry e, long position) throws SQLException {
    s.setString(1, e.person().value());
    s.setString(2, e.id().value());
    s.setString(3, e.kind().name());
    s.setObject(4, e.date());
    s.setObject(5, e.until().orElse(null), Types.DATE);
    if (e.day().isPresent()) {
      s.setShort(6, (short) e.day().get().getValue());
    } else {
      s.setNull(6, Types.SMALLINT);
    }
    s.setObject(7, e.start().orElse(null), Types.TIME);
    s.setObject(8, e.end().orElse(null), Types.TIME);
    s.setString(9, e.provider().orElse(null));
    s.setString(10, e.staffType().orElse(null));
    s.setString(11, e.cancelledBy().map(Enum::name).orElse(null));
    s.setObject(12, e.notified().orElse(null), Types.TIMESTAMP);
    s.setLong(13, e.minutes());
    s.setBigDecimal(14, e.miles().orElse(null));
    if (e.amount().isPresent()) {
      s.setLong(15, e.amount().get().pence());
    } else {
      s.setNull(15, Types.BIGINT);
    }
    s.setString(16, e.reverses().map(EntryId::value).orElse(null));
    s.setString(17, e.note());
    s.setString(18, e.reviewKind().map(Enum::name).orElse(null));
    s.setLong(19, position);
  }

  private static List<Entry> read(Connection c, PersonId person) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(READ)) {
      return read(s, person);
    }
  }

  private static List<Entry> read(PreparedStatement s, PersonId person) throws SQLException {
    List<Entry> out = new ArrayList<>();
    s.setString(1, person.value());
    s.setFetchSize(CHUNK);
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(entry(r, person));
      }
    }
    return out;
  }

  /** Rebuilds an entry through its kind's factory, so a stored row passes the same checks as a new one. */
  private static Entry entry(ResultSet r, PersonId person) throws SQLException {
    EntryId id = EntryId.of(r.getString("entry_id"));
    EntryKind kind = EntryKind.valueOf(r.getString("kind"));
    LocalDate date = r.getObject("entry_date", LocalDate.class);
    LocalDate until = r.getObject("until_date", LocalDate.class);
    LocalTime start = r.getObject("start_time", LocalTime.class);
    LocalTime end = r.getObject("end_time", LocalTime.class);
    String provider = r.getString("provider");
    String staff = r.getString("staff_type");
    long minutes = r.getLong("minutes");
    BigDecimal miles = r.getBigDecimal("miles");
    long pence = r.getLong("amount_pence");
    Money amount = r.wasNull() ? null : Money.ofPence(pence);
    String note = r.getString("note");
    switch (kind) {
      case PLANNED:
        return Entry.planned(id, person, date, Optional.ofNullable(until), DayOfWeek.of(r.getShort("day_of_week")),
            start, end, provider, staff);
      case VISIT:
        return Entry.visit(id, person, date, start, end, provider, staff);
      case CANCELLATION:
        return Entry.cancellation(id, person, date, start, end, provider, staff,
            CancelledBy.valueOf(r.getString("cancelled_by")), r.getObject("notified", LocalDateTime.class));
      case BANKED:
        return Entry.banked(id, person, date, staff, minutes, note);
      case BANKED_USED:
        return Entry.bankedUsed(id, person, date, staff, minutes, note);
      case HOSPITAL_STAY:
        return Entry.hospitalStay(id, person, date, until);
      case MILEAGE:
        return Entry.mileage(id, person, date, provider, miles);
      case ONE_OFF:
        return Entry.oneOff(id, person, date, amount, note);
      case DIRECT_PAYMENT_RECEIPT:
        return Entry.directPaymentReceipt(id, person, date, amount);
      case DIRECT_PAYMENT_SPEND:
        return Entry.directPaymentSpend(id, person, date, amount, note);
      case INVOICE:
        return Entry.invoice(id, person, date, provider, note, amount);
      case REVIEW:
        return Entry.review(id, person, date, ReviewKind.valueOf(r.getString("review_kind")), note);
      case NEEDS_CHANGED:
        return Entry.needsChanged(id, person, date, note);
      case REVERSAL:
        return Entry.reversal(id, person, date, EntryId.of(r.getString("reverses")), note);
      default:
        throw new SQLException("entry " + id + " has an unknown kind " + kind);
    }
  }

  private LedgerStoreException failed(String what, SQLException e) {
    return new LedgerStoreException(openElsewhere(url, e).orElse("cannot " + what + " in " + url + ": " + e.getMessage()), e);
  }

  /**
   * H2 lets one program at a time open a file database, and refuses a second at once (its error 90020,
   * "Database may be already in use"): said plainly here, rather than as Flyway's and H2's reports.
   */
  private static Optional<String> openElsewhere(String url, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException && ((SQLException) t).getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return Optional.of("the ledger database " + url + " is open in another program (another ras command, or a"
            + " database tool), and H2 lets one program at a time use it: nothing was done; run this again when"
            + " that one has finished");
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "LedgerStore[" + url + "]";
  }

  /** Flyway's logs, silenced; public because Flyway makes it by its name. */
  public static final class SilentLogs implements LogCreator {
    /** Made by Flyway. */
    public SilentLogs() {}

    @Override
    public Log createLogger(Class<?> type) {
      return Silent.LOG;
    }
  }

  /** Flyway's log, silenced. */
  private static final class Silent implements Log {
    static final Silent LOG = new Silent();

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(String message) {}

    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void error(String message) {}

    @Override
    public void error(String message, Exception e) {}

    @Override
    public void notice(String message) {}
  }
}
