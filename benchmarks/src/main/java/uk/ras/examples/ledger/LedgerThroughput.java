package uk.ras.examples.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.Reconciliation;
import uk.ras.ledger.ReconciliationRules;
import uk.ras.money.Money;

/**
 * The ledger's performance requirement (issue 22), measured plainly: a year of visits for a council's
 * people ({@link CouncilYear}: 20,000 people, about 7 million entries) imported into the command line's
 * store and reconciled, all in one H2 database in a temporary folder, in this JVM:
 *
 * <ol>
 *   <li>a bare JDBC batch insert of the same rows into the same tables (one prepared statement, batches
 *       of 1,000, each committed: in H2 one transaction of millions of rows is slower, its undo log
 *       growing): the floor;
 *   <li>the store's import of the same entries, after the tables are emptied ({@link
 *       LedgerStore#importAll}: one transaction for everyone, each person's entries checked and priced by
 *       the domain before any is written): the ceiling is 2x the floor;
 *   <li>every provider's invoice for November 2026 made from the stored ledgers ({@link
 *       Ledger#invoiceLines}), a few lines altered (the first and one in 1,000 after it overcharged by
 *       £1.00, one in 1,000 left out), and reconciled against the stored ledgers; every alteration must be found, and nothing else;
 *   <li>every person's statement for November 2026 from the store, for a quarter, a half and all of the
 *       people: the time a person must stay flat (linear in the number of people).
 * </ol>
 *
 * <p>Run (after {@code mvn -B -q -pl benchmarks -am package -DskipTests}):
 *
 * <pre>
 * java -Xmx14g -cp benchmarks/target/benchmarks.jar uk.ras.examples.ledger.LedgerThroughput [PEOPLE [RUNS]]
 * </pre>
 *
 * <p>PEOPLE defaults to 20,000 and RUNS (of the floor and the import, alternately) to 1. The entries are
 * generated before anything is timed and held in memory (20,000 people ran in a 14 GB heap). The database
 * folder is deleted at the end.
 *
 * <p>In package {@code uk.ras.examples.ledger} because {@link LedgerStore} is package-private there: the
 * store is the command line's, not a library API, and measuring it is no reason to widen it.
 */
public final class LedgerThroughput {
  private static final int BATCH = 1000;
  private static final YearMonth MONTH = YearMonth.of(2026, 11);

  private final CouncilYear council = CouncilYear.bundled();
  private final int people;
  private final PrintStream out;

  LedgerThroughput(int people, PrintStream out) {
    this.people = people;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path folder = Files.createTempDirectory("ras-ledger-bench");
    try {
      new LedgerThroughput(people, System.out).run(folder, runs);
    } finally {
      delete(folder);
    }
  }

  /** What a run found, for the smoke test: the counts the figures are of. */
  static final class Found {
    long entries;
    long bareRows;
    long storedRows;
    long altered;
    long differences;
    long statementLines;
  }

  Found run(Path folder, int runs) throws SQLException {
    Found found = new Found();
    long t0 = System.nanoTime();
    List<List<Entry>> entries = new ArrayList<>(people);
    for (int n = 0; n < people; n++) {
      List<Entry> e = council.entries(n);
      entries.add(e);
      found.entries += e.size();
    }
    out.printf("%,d people, %,d entries (%.1f a person) generated in %.1f s%n",
        people, found.entries, (double) found.entries / people, seconds(t0));

    LedgerStore store = LedgerStore.inFolder(folder);
    String url = LedgerStore.h2Address(folder);
    // Held open for the whole run: H2 closes a file database with its last connection, and the store
    // opens one a call; without this every person's load would reopen the database.
    try (Connection keep = DriverManager.getConnection(url, "", "")) {
      int warm = Math.min(people, 1000);
      bare(keep, entries.subList(0, warm));
      clear(keep);
      store(store, entries.subList(0, warm));
      clear(keep);

      double[] bare = new double[runs];
      double[] imported = new double[runs];
      double[] bareCpu = new double[runs];
      double[] importedCpu = new double[runs];
      for (int r = 0; r < runs; r++) {
        Timer t = new Timer();
        bare(keep, entries);
        bare[r] = t.wall();
        bareCpu[r] = t.cpu();
        found.bareRows = rows(keep);
        clear(keep);
        t = new Timer();
        store(store, entries);
        imported[r] = t.wall();
        importedCpu[r] = t.cpu();
        found.storedRows = rows(keep);
        if (r < runs - 1) {
          clear(keep);
        }
        out.printf("run %d: bare JDBC batch insert %.1f s (%.1f s CPU, %,d rows), store import %.1f s (%.1f s CPU,"
                + " %,d rows): %.2fx (CPU %.2fx)%n",
            r + 1, bare[r], bareCpu[r], found.bareRows, imported[r], importedCpu[r], found.storedRows,
            imported[r] / bare[r], importedCpu[r] / bareCpu[r]);
      }
      out.printf("import: bare JDBC %.1f s, store %.1f s: %.2fx; CPU %.1f s and %.1f s: %.2fx (ceiling 2x)%n",
          median(bare), median(imported), median(imported) / median(bare),
          median(bareCpu), median(importedCpu), median(importedCpu) / median(bareCpu));
      entries = null;

      reconcile(store, found);
      statements(store, found);
    }
    return found;
  }

  // ---- (a) the floor ----

  private static void bare(Connection c, List<List<Entry>> entries) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement person = c.prepareStatement("INSERT INTO ledger_person (person) VALUES (?)");
        PreparedStatement entry = c.prepareStatement(LedgerStore.INSERT)) {
      int pending = 0;
      for (List<Entry> batch : entries) {
        person.setString(1, batch.get(0).person().value());
        person.addBatch();
        if (++pending == BATCH) {
          person.executeBatch();
          c.commit();
          pending = 0;
        }
      }
      if (pending > 0) {
        person.executeBatch();
        c.commit();
      }
      pending = 0;
      for (List<Entry> batch : entries) {
        long position = 0;
        for (Entry e : batch) {
          LedgerStore.bind(entry, e, position++);
          entry.addBatch();
          if (++pending == BATCH) {
            entry.executeBatch();
            c.commit();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        entry.executeBatch();
        c.commit();
      }
    }
    c.setAutoCommit(true);
  }

  private static void clear(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("TRUNCATE TABLE ledger_entry");
      s.execute("DELETE FROM ledger_person");
    }
  }

  private static long rows(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ledger_entry")) {
      r.next();
      return r.getLong(1);
    }
  }

  // ---- (b) the store's import ----

  /** The store's import: every person's entries in one call, as {@code ras ledger import} makes it. */
  private void store(LedgerStore store, List<List<Entry>> entries) {
    List<Entry> all = new ArrayList<>();
    Map<PersonId, Integer> index = new HashMap<>();
    for (int n = 0; n < entries.size(); n++) {
      all.addAll(entries.get(n));
      index.put(CouncilYear.person(n), n);
    }
    Imported imported = store.importAll(p -> council.terms(index.get(p)), all);
    if (imported.written() != all.size() || !imported.refused().isEmpty()) {
      throw new IllegalStateException("the store wrote " + imported.written() + " of " + all.size() + " entries; refused: "
          + imported.refused().stream().limit(3).map(Imported.Refused::reason).toList());
    }
  }

  // ---- (c) reconciliation ----

  private void reconcile(LedgerStore store, Found found) {
    LocalDate from = MONTH.atDay(1);
    LocalDate to = MONTH.atEndOfMonth();
    Timer t = new Timer();
    Map<String, List<InvoiceLine>> invoiced = new HashMap<>();
    for (int n = 0; n < people; n++) {
      Ledger ledger = store.load(council.terms(n));
      for (String provider : CouncilYear.PROVIDERS) {
        invoiced.computeIfAbsent(provider, p -> new ArrayList<>()).addAll(ledger.invoiceLines(provider, from, to));
      }
    }
    double made = t.wall();
    double madeCpu = t.cpu();
    // Each provider's invoice, a few lines altered; split by person, as each person's ledger reconciles
    // the lines that are theirs (Ledger.reconcile counts the rest as other people's).
    long lines = 0;
    Map<String, Map<PersonId, List<InvoiceLine>>> byPerson = new HashMap<>();
    for (String provider : CouncilYear.PROVIDERS) {
      List<InvoiceLine> all = invoiced.get(provider);
      List<InvoiceLine> sent = new ArrayList<>(all.size());
      for (int i = 0; i < all.size(); i++) {
        InvoiceLine l = all.get(i);
        if (i % 1000 == 0) {
          sent.add(l.withAmount(l.amount().plus(Money.ofPence(100))));
          found.altered++;
        } else if (i % 1000 == 500) {
          found.altered++;
        } else {
          sent.add(l);
        }
      }
      Invoice invoice = Invoice.of(number(provider), provider, from, to, sent);
      lines += invoice.lines().size();
      Map<PersonId, List<InvoiceLine>> split = new HashMap<>();
      for (InvoiceLine l : invoice.lines()) {
        split.computeIfAbsent(l.person(), p -> new ArrayList<>()).add(l);
      }
      byPerson.put(provider, split);
    }
    ReconciliationRules rules = ReconciliationRules.of(5, 1);
    t = new Timer();
    for (int n = 0; n < people; n++) {
      Ledger ledger = store.load(council.terms(n));
      for (String provider : CouncilYear.PROVIDERS) {
        List<InvoiceLine> mine = byPerson.get(provider).getOrDefault(ledger.terms().person(), List.of());
        Reconciliation r = ledger.reconcile(Invoice.of(number(provider), provider, from, to, mine), rules);
        found.differences += r.differences().size();
      }
    }
    double reconciled = t.wall();
    double reconciledCpu = t.cpu();
    out.printf("reconciliation, %s: %d invoices of %,d lines in all made from the stored ledgers in %.1f s (%.1f s CPU);"
            + " reconciled against them (%,d ledgers loaded) in %.1f s (%.1f s CPU): %,d differences found, %,d lines"
            + " altered%n",
        MONTH, CouncilYear.PROVIDERS.size(), lines, made, madeCpu, people, reconciled, reconciledCpu,
        found.differences, found.altered);
  }

  private static String number(String provider) {
    return provider.replace(' ', '-').toUpperCase(java.util.Locale.ROOT) + "-" + MONTH;
  }

  // ---- (d) statements ----

  private void statements(LedgerStore store, Found found) {
    statementsOf(store, Math.min(people, 1000));
    for (int size : new int[] {people / 4, people / 2, people}) {
      if (size == 0) {
        continue;
      }
      Timer t = new Timer();
      long lines = statementsOf(store, size);
      double s = t.wall();
      double cpu = t.cpu();
      found.statementLines = lines;
      out.printf("statements, %s: %,d people in %.1f s (%.1f s CPU), %.0f µs a person (%.0f µs CPU) (%,d lines)%n",
          MONTH, size, s, cpu, s * 1e6 / size, cpu * 1e6 / size, lines);
    }
  }

  private long statementsOf(LedgerStore store, int size) {
    long lines = 0;
    for (int n = 0; n < size; n++) {
      lines += store.load(council.terms(n)).statement(MONTH).lines().size();
    }
    return lines;
  }

  // ----

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Wall time and the process's CPU time (every thread: H2's writer, the collector and the compiler too)
   * since it was made: on a machine shared with other work the CPU seconds move less than the wall.
   */
  private static final class Timer {
    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long wall = System.nanoTime();
    private final long cpu = OS.getProcessCpuTime();

    double wall() {
      return (System.nanoTime() - wall) / 1e9;
    }

    double cpu() {
      return (OS.getProcessCpuTime() - cpu) / 1e9;
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
