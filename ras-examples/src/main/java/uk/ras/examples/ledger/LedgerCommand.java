package uk.ras.examples.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import uk.ras.RasException;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Rates;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.FirstProblems;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.examples.report.ProviderInvoicePage;
import uk.ras.examples.report.ReconciliationPage;
import uk.ras.examples.report.StatementPage;
import uk.ras.examples.ledger.Imported.Refused;
import uk.ras.examples.ledger.LedgerStore.Initialised;
import uk.ras.examples.ledger.LedgerStore.StoredSetup;
import uk.ras.ledger.Alert;
import uk.ras.ledger.Difference;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryKind;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.LedgerException;
import uk.ras.ledger.Reconciliation;
import uk.ras.ledger.ReviewDue;
import uk.ras.ledger.ReviewRules;
import uk.ras.ledger.ReviewStatus;
import uk.ras.ledger.Statement;
import uk.ras.ledger.StatementLine;
import uk.ras.money.Money;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.costing.CostingReader;
import uk.ras.rules.ledger.LedgerPerson;
import uk.ras.rules.ledger.LedgerSetup;
import uk.ras.rules.ledger.LedgerSetupReader;
import uk.ras.rules.ledger.Reassessment;

/**
 * {@code ras ledger}: the delivery ledger kept in a database in a folder (docs/ledger.md, "The command").
 * {@code init} stores the setup and rate files' texts in the database and records each person's planned
 * support; {@code record} and {@code import} record entries; {@code statement} prints a person's month or
 * what a provider should invoice; {@code reconcile} reconciles a provider's invoice and records it;
 * {@code reviews} lists the reviews due. Each writing command is one transaction. Without {@code
 * --ledger}, every command works on {@code target/ledger-floating-support}, set up from the bundled
 * scenario the first time it is used.
 */
public final class LedgerCommand {
  /** The bundled scenario's ledger folder, the default of {@code --ledger}. */
  static final Path DEFAULT_LEDGER = Path.of("target", "ledger-floating-support");

  static final String SCENARIO = "floating-support/";
  static final String RATES_RESOURCE = "/uk/ras/examples/costing/rates.yaml";

  static final String EXIT_CODES = "Exit codes: 0 done; 1 some rows or entries refused (the others are "
      + "recorded, each refusal on standard error), or invalid input; 2 usage error.";

  private LedgerCommand() {}

  /** {@code ras ledger}: only its subcommands. */
  @Command(
      name = "ledger",
      description = {"The delivery ledger: visits, banked hours, cancellations, mileage and direct payments, "
          + "kept in a database in a folder; statements, provider invoices reconciled, reviews due. See docs/ledger.md."},
      synopsisSubcommandLabel = "(init | record | import | statement | reconcile | reviews)",
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class Root {}

  /**
   * {@code ras ledger} and its subcommands, for {@link Ras} to register.
   *
   * @return the command line, never null
   */
  public static CommandLine commandLine() {
    CommandLine ledger = new CommandLine(new Root());
    ledger.addSubcommand(new InitCommand());
    ledger.addSubcommand(new RecordCommand());
    ledger.addSubcommand(new ImportCommand());
    ledger.addSubcommand(new StatementCommand());
    ledger.addSubcommand(new ReconcileCommand());
    ledger.addSubcommand(new ReviewsCommand());
    return ledger;
  }

  /** The {@code --ledger DIR} option every subcommand takes. */
  static final class LedgerOption {
    @Option(
        names = "--ledger",
        paramLabel = "DIR",
        converter = CliValues.Folder.class,
        description = {
          "The ledger's folder: an H2 database is kept in DIR/ledger.mv.db, made on first use.",
          "Default: target/ledger-floating-support, set up from the bundled scenario (ten people on floating "
              + "support, October to December 2026) the first time it is used."
        })
    Path dir;

    Path dir() {
      return dir == null ? DEFAULT_LEDGER : dir;
    }

    boolean isDefault() {
      return dir == null;
    }
  }

  /** A ledger opened: its store, and the setup and rates stored in it, read. */
  static final class Opened {
    final Path dir;
    final LedgerStore store;
    final StoredSetup stored;
    final LedgerSetup setup;
    final Rates rates;

    Opened(Path dir, LedgerStore store, StoredSetup stored, LedgerSetup setup, Rates rates) {
      this.dir = dir;
      this.store = store;
      this.stored = stored;
      this.setup = setup;
      this.rates = rates;
    }

    uk.ras.ledger.LedgerTerms terms(PersonId person) {
      return setup.terms(person, rates);
    }

    Ledger ledger(PersonId person) {
      return store.load(terms(person));
    }

    /** Each person of the setup's ledger, in the setup's order. */
    Map<PersonId, Ledger> ledgers() {
      Map<PersonId, Ledger> out = new LinkedHashMap<>();
      for (LedgerPerson p : setup.people()) {
        out.put(p.id(), ledger(p.id()));
      }
      return out;
    }

    PersonId person(String id) throws UsageException {
      PersonId p = PersonId.of(id);
      if (setup.person(p).isEmpty()) {
        throw new UsageException("--person " + Cells.escapeControls(id) + " is not in the ledger's setup; its people are "
            + String.join(", ", setup.people().stream().map(x -> x.id().value()).toList()));
      }
      return p;
    }
  }

  // ---- the bundled scenario ----

  static String resourceText(String name) {
    try (InputStream in = LedgerCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled resource " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StoredSetup bundledSetup() {
    return new StoredSetup(0, "floating-support/setup.yaml (bundled)", resourceText(SCENARIO + "setup.yaml"),
        "costing/rates.yaml (bundled)", resourceText(RATES_RESOURCE));
  }

  /** Reads a file of the ledger's in one of its CSV formats. */
  interface CsvFormat<T> {
    T read(TableReader table) throws IOException;
  }

  /**
   * Reads the CSV the user named, or the bundled scenario's file of that name, in {@code format}; a file
   * the format cannot take at all (no header it knows) is a usage error.
   */
  static <T> T readCsv(Path file, String bundled, String what, CsvFormat<T> format)
      throws IOException, UsageException, UnusableFileException {
    try (TableReader table = file == null ? bundledTable(bundled) : TableReader.open(file, what, null)) {
      return format.read(table);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static TableReader bundledTable(String name) throws IOException {
    return TableReader.csv(SCENARIO + name + " (bundled)",
        new ByteArrayInputStream(resourceText(SCENARIO + name).getBytes(StandardCharsets.UTF_8)));
  }

  /** The setup and rates of stored texts, read. */
  static LedgerSetup readSetup(StoredSetup s) {
    return LedgerSetupReader.create().read(s.setupSource(), s.setupText());
  }

  static Rates readRates(StoredSetup s) {
    return CostingReader.create().readRates(s.ratesSource(), s.ratesText());
  }

  /**
   * Opens the ledger in {@code option}'s folder. The default folder, never set up, is set up from the
   * bundled scenario (its setup, rates and entries), saying so.
   *
   * @throws UsageException if a folder the user named was never initialised
   */
  static Opened open(LedgerOption option, PrintStream out) throws UsageException {
    Path dir = option.dir();
    LedgerStore store = LedgerStore.inFolder(dir);
    Optional<StoredSetup> stored = store.setup();
    if (stored.isEmpty()) {
      if (!option.isDefault()) {
        throw new UsageException("the ledger in " + Cells.escapeControls(dir.toString())
            + " has no setup yet; run 'ras ledger init SETUP --ledger " + Cells.escapeControls(dir.toString()) + "' first");
      }
      setUpScenario(dir, store, out);
      stored = store.setup();
    }
    StoredSetup s = stored.orElseThrow();
    return new Opened(dir, store, s, readSetup(s), readRates(s));
  }

  /** Initialises the bundled scenario's ledger in {@code dir} and imports its entries. */
  static void setUpScenario(Path dir, LedgerStore store, PrintStream out) {
    StoredSetup s = bundledSetup();
    LedgerSetup setup = readSetup(s);
    Rates rates = readRates(s);
    Initialised init = store.init(s, 0, p -> setup.terms(p, rates), planned(setup));
    EntryCsv.Read read;
    try (TableReader table = bundledTable("entries.csv")) {
      read = EntryCsv.read(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!read.problems().isEmpty()) {
      throw new IllegalStateException("the bundled entries.csv has bad rows: " + read.problems().kept().get(0).describe());
    }
    Imported imported = store.importAll(p -> setup.terms(p, rates), read.entries());
    if (!imported.refused().isEmpty()) {
      throw new IllegalStateException("the bundled entries.csv has refused entries: " + imported.refused().get(0).reason());
    }
    out.println(Cells.escapeControls("Set up the ledger in " + dir + " from the bundled scenario: " + setup.people().size()
        + " people from " + setup.from() + " to " + setup.to() + ", " + init.planned().written() + " planned entries and "
        + imported.written() + " entries recorded."));
  }

  static List<Entry> planned(LedgerSetup setup) {
    List<Entry> planned = new ArrayList<>();
    for (LedgerPerson p : setup.people()) {
      planned.addAll(p.planned());
    }
    return planned;
  }

  /** Runs a command's body, turning the failures it can meet into one line (or one per problem) and an exit code. */
  interface Body {
    int run() throws UsageException, IOException, UnusableFileException;
  }

  static int guarded(PrintStream err, Body body) throws UsageException {
    try {
      return body.run();
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (RuleFileException e) {
      e.problems().forEach(p -> err.println(Cells.escapeControls(p.toString())));
      return Ras.ROWS_REJECTED;
    } catch (LedgerStoreException | RasException | IOException | IllegalArgumentException e) {
      err.println("ras: " + Cells.escapeControls(String.valueOf(e.getMessage())));
      return Ras.ROWS_REJECTED;
    }
  }

  /** Reads a file's text, UTF-8. */
  static String text(Path file, String what) throws UnusableFileException, IOException {
    FileChecks.readable(file, what);
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  // ---- init ----

  @Command(
      name = "init",
      description = {
        "Sets up a ledger: stores the setup file and the rate file in the ledger's database (so later commands "
            + "need only --ledger) and records each person's planned support. A later init with a changed setup "
            + "adds a version (the latest applies), but is refused if it lowers a person's weekly budget without a "
            + "reassessment of needs recorded under the person (reassessed: date and reference), since a budget may not be "
            + "cut without one; the same setup again changes nothing. See docs/ledger.md."
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class InitCommand implements Ras.Subcommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "SETUP",
        description = "The ledger's setup file (.yaml, .json). Default: the bundled floating-support scenario, "
            + "whose entries are then imported too.")
    Path setupFile;

    @Option(
        names = "--rates",
        paramLabel = "FILE",
        converter = CliValues.File.class,
        description = {"The rate file that prices the ledger's visits.", "Default: the bundled rates for 2025/26 and 2026/27."})
    Path ratesFile;

    @Mixin LedgerOption ledger;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      return guarded(err, () -> {
        StoredSetup given = new StoredSetup(0,
            setupFile == null ? bundledSetup().setupSource() : Cells.escapeControls(setupFile.toString()),
            setupFile == null ? bundledSetup().setupText() : text(setupFile, "the setup file"),
            ratesFile == null ? bundledSetup().ratesSource() : Cells.escapeControls(ratesFile.toString()),
            ratesFile == null ? bundledSetup().ratesText() : text(ratesFile, "the rate file"));
        LedgerSetup setup = readSetup(given);
        Rates rates = readRates(given);
        Path dir = ledger.dir();
        LedgerStore store = LedgerStore.inFolder(dir);
        Optional<StoredSetup> before = store.setup();
        if (before.isEmpty() && setupFile == null && ratesFile == null) {
          setUpScenario(dir, store, out);
          return Ras.OK;
        }
        List<String> lowered = new ArrayList<>();
        if (before.isPresent() && !before.get().sameTexts(given)) {
          List<String> refusals = changes(readSetup(before.get()), setup, rates, store, LocalDate.now(), lowered);
          if (!refusals.isEmpty()) {
            refusals.forEach(r -> err.println("ras: " + Cells.escapeControls(r)));
            err.println("ras: the setup was not changed");
            return Ras.ROWS_REJECTED;
          }
        }
        Initialised init = store.init(given, before.map(StoredSetup::version).orElse(0), p -> setup.terms(p, rates), planned(setup));
        String where = Cells.escapeControls(dir.toString());
        if (!init.changed()) {
          out.println("The ledger in " + where + " already has this setup (version " + init.version() + "): nothing changed.");
        } else {
          out.println(Cells.escapeControls("The ledger in " + where + " is set up (version " + init.version() + "): "
              + setup.people().size() + " people from " + setup.from() + " to " + setup.to() + ", from " + given.setupSource()
              + " and the rates " + given.ratesSource() + "; " + init.planned().written() + " planned entries recorded"
              + (init.planned().alreadyStored() > 0 ? ", " + init.planned().alreadyStored() + " already recorded" : "") + "."));
          lowered.forEach(l -> out.println(Cells.escapeControls(l)));
        }
        return Ras.OK;
      });
    }

    /**
     * What a new setup may not change in a ledger already kept: a person's weekly budget lowered without a
     * reassessment of needs ({@code ReviewRules.changeBudget}) held by {@code today} and newer than any the
     * kept setup records (one already recorded backed the budget kept, not a further cut), a person left
     * out, or entries already recorded that the new terms refuse. Each budget lowered on a reassessment is
     * said in {@code lowered}, to be printed once the new setup is stored.
     */
    private static List<String> changes(
        LedgerSetup old, LedgerSetup next, Rates rates, LedgerStore store, LocalDate today, List<String> lowered) {
      List<String> refusals = new ArrayList<>();
      for (LedgerPerson p : old.people()) {
        Optional<LedgerPerson> now = next.person(p.id());
        if (now.isEmpty()) {
          refusals.add(p.id() + " is in the ledger's setup but not in the new one: a person's ledger is kept, not removed");
          continue;
        }
        Optional<Reassessment> reassessed = now.get().reassessed();
        Optional<Reassessment> kept = p.reassessed();
        String unusable = null;
        if (reassessed.isPresent() && reassessed.get().date().isAfter(today)) {
          unusable = reassessed.get() + " is dated after today, " + today + ": a budget is lowered on a reassessment held, not one planned";
        } else if (reassessed.isPresent() && kept.isPresent() && !reassessed.get().date().isAfter(kept.get().date())) {
          unusable = reassessed.get() + " is not after " + kept.get() + ", which the ledger's setup already records for the budget of "
              + p.weeklyBudget() + ": a further cut needs a new reassessment";
        }
        try {
          ReviewRules.changeBudget(p.weeklyBudget(), now.get().weeklyBudget(),
              unusable == null ? reassessed.map(Reassessment::date) : Optional.empty());
          if (now.get().weeklyBudget().isLessThan(p.weeklyBudget())) {
            lowered.add(p.id() + ": the weekly budget is lowered from " + p.weeklyBudget() + " to " + now.get().weeklyBudget()
                + " on " + reassessed.orElseThrow() + ".");
          }
        } catch (LedgerException e) {
          refusals.add(p.id() + ": " + e.getMessage() + (unusable != null ? "; " + unusable
              : " (record the reassessment in the setup, under the person: reassessed: {date: YYYY-MM-DD, reference: ...})"));
        }
      }
      if (refusals.isEmpty()) {
        for (LedgerPerson p : next.people()) {
          try {
            store.load(next.terms(p.id(), rates));
          } catch (RasException e) {
            refusals.add(p.id() + ": the entries recorded do not fit the new setup: " + e.getMessage());
          }
        }
      }
      return refusals;
    }
  }

  // ---- import ----

  @Command(
      name = "import",
      description = {
        "Records the entries of an entries CSV (one row per entry: id, person, kind, date and the kind's columns) "
            + "in one transaction. A bad row is reported with its number and left out, an entry the ledger refuses "
            + "is reported with its reason, and the rest are recorded; entries already recorded are skipped, so "
            + "importing a file again changes nothing. See docs/ledger.md."
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class ImportCommand implements Ras.Subcommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "FILE",
        description = "The entries CSV. Default: the bundled scenario's entries.csv.")
    Path file;

    @Mixin LedgerOption ledger;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      return guarded(err, () -> {
        Opened opened = open(ledger, out);
        EntryCsv.Read read = readCsv(file, "entries.csv", "the entries file", EntryCsv::read);
        FirstProblems<RowProblem> problems = read.problems();
        List<Entry> known = new ArrayList<>();
        for (Entry e : read.entries()) {
          if (opened.setup.person(e.person()).isEmpty()) {
            RowProblem at = read.rowOf().get(e);
            problems.add(new RowProblem(at.row(), at.line(), "person " + e.person() + " is not in the ledger's setup"));
          } else {
            known.add(e);
          }
        }
        Imported imported = opened.store.importAll(opened::terms, known);
        report(out, err, file == null ? "the bundled entries.csv" : file.toString(), read.rows(), problems, imported,
            read.rowOf());
        return problems.isEmpty() && imported.refused().isEmpty() ? Ras.OK : Ras.ROWS_REJECTED;
      });
    }
  }

  static void report(PrintStream out, PrintStream err, String source, long rows, FirstProblems<RowProblem> problems,
      Imported imported, Map<Entry, RowProblem> rowOf) {
    out.printf("%,d rows read: %,d entries recorded, %,d already recorded (unchanged), %,d refused, %,d rows left out.%n",
        rows, imported.written(), imported.alreadyStored(), imported.refused().size(), problems.count());
    if (imported.written() == 0 && imported.refused().isEmpty() && problems.isEmpty()) {
      out.println("Every entry was recorded before: importing the file again changes nothing.");
    }
    // Rows left out and entries refused, in the file's order.
    List<RowProblem> all = new ArrayList<>(problems.kept());
    List<String> unplaced = new ArrayList<>();
    for (Refused r : imported.refused()) {
      RowProblem at = rowOf.get(r.entry());
      if (at == null) {
        unplaced.add(r.reason());
      } else {
        all.add(new RowProblem(at.row(), at.line(), r.reason()));
      }
    }
    all.sort(java.util.Comparator.comparingLong(RowProblem::row));
    all.forEach(p -> err.println("ras: " + p.describe(source)));
    unplaced.forEach(r -> err.println("ras: " + Cells.escapeControls(r)));
    if (problems.notKept() > 0) {
      err.printf("ras: ... and %,d more rows left out%n", problems.notKept());
    }
  }

  // ---- record ----

  @Command(
      name = "record",
      description = {
        "Records one entry given by options, as a row of the entries CSV would give it (--kind and the kind's "
            + "columns). Bare, it records the bundled scenario's last visit: P01's Thursday visit on 31 December "
            + "2026, 14:00 to 15:30 with Riverside Support; recording it again changes nothing. See docs/ledger.md."
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class RecordCommand implements Ras.Subcommand {
    @Option(names = "--id", paramLabel = "ID", description = {"The entry's id, unique for the person.", "Default: KIND-PERSON-DATE."})
    String id;

    @Option(names = "--person", paramLabel = "ID", description = {"The person.", "Default: none."})
    String person;

    @Option(names = "--kind", paramLabel = "KIND", description = {"visit, cancellation, banked, banked-used, hospital-stay, "
        + "mileage, one-off, direct-payment-receipt, direct-payment-spend, reversal, review, needs-changed or planned.",
        "Default: none; without it the bundled scenario's last visit is recorded."})
    String kind;

    @Option(names = "--date", paramLabel = "DATE", description = {"The entry's date, YYYY-MM-DD.", "Default: none."})
    String date;

    @Option(names = "--to", paramLabel = "DATE", description = {"A hospital stay's last day; a planned visit's last day.", "Default: none."})
    String to;

    @Option(names = "--day", paramLabel = "DAY", description = {"A planned visit's day of the week.", "Default: none."})
    String day;

    @Option(names = "--start", paramLabel = "HH:MM", description = {"A visit's start.", "Default: none."})
    String start;

    @Option(names = "--end", paramLabel = "HH:MM", description = {"A visit's end.", "Default: none."})
    String end;

    @Option(names = "--provider", paramLabel = "NAME", description = {"The provider.", "Default: none."})
    String provider;

    @Option(names = "--staff", paramLabel = "TYPE", description = {"The staff type, one of the rates'.", "Default: none."})
    String staff;

    @Option(names = "--cancelled-by", paramLabel = "WHO", description = {"person or provider.", "Default: none."})
    String cancelledBy;

    @Option(names = "--notified", paramLabel = "WHEN", description = {"When the provider was told of a cancellation, YYYY-MM-DD HH:MM.", "Default: none."})
    String notified;

    @Option(names = "--minutes", paramLabel = "N", description = {"Minutes banked or used.", "Default: none."})
    String minutes;

    @Option(names = "--miles", paramLabel = "N", description = {"Miles driven.", "Default: none."})
    String miles;

    @Option(names = "--amount", paramLabel = "POUNDS", description = {"An amount in pounds.", "Default: none."})
    String amount;

    @Option(names = "--reverses", paramLabel = "ID", description = {"The entry a reversal corrects.", "Default: none."})
    String reverses;

    @Option(names = "--review", paramLabel = "WHICH", description = {"The review held: care-plan or direct-payment.", "Default: none."})
    String review;

    @Option(names = "--note", paramLabel = "TEXT", description = {"A reason or description.", "Default: none."})
    String note;

    @Mixin LedgerOption ledger;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      return guarded(err, () -> {
        Map<String, String> cells = new LinkedHashMap<>();
        if (kind == null) {
          if (person != null || date != null || start != null || end != null || provider != null || staff != null) {
            throw new UsageException("--kind is needed to record an entry; bare, record records the bundled scenario's last visit");
          }
          cells.put("id", "v-P01-1231");
          cells.put("person", "P01");
          cells.put("kind", "visit");
          cells.put("date", "2026-12-31");
          cells.put("start", "14:00");
          cells.put("end", "15:30");
          cells.put("provider", "Riverside Support");
          cells.put("staff", "support-worker");
        } else {
          put(cells, "person", person);
          put(cells, "kind", kind);
          put(cells, "date", date);
          put(cells, "id", id == null && person != null && date != null ? kind.strip().toLowerCase(Locale.ROOT) + "-" + person.strip() + "-" + date.strip() : id);
          put(cells, "to", to);
          put(cells, "day", day);
          put(cells, "start", start);
          put(cells, "end", end);
          put(cells, "provider", provider);
          put(cells, "staff", staff);
          put(cells, "cancelled_by", cancelledBy);
          put(cells, "notified", notified);
          put(cells, "minutes", minutes);
          put(cells, "miles", miles);
          put(cells, "amount", amount);
          put(cells, "reverses", reverses);
          put(cells, "review", review);
          put(cells, "note", note);
        }
        Entry entry;
        try {
          // All at once: the entry's reader stops at the first empty column, which was one option a run.
          List<String> missing = EntryCsv.missing(new TableCells(cells));
          if (!missing.isEmpty()) {
            throw new UsageException("missing the required option" + (missing.size() == 1 ? "" : "s") + " for a "
                + kind.strip().toLowerCase(Locale.ROOT) + " entry: "
                + String.join(", ", missing.stream().map(c -> "--" + c.replace('_', '-')).toList()));
          }
          entry = EntryCsv.entry(new TableCells(cells));
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
          throw new UsageException(String.valueOf(e.getMessage()).replaceFirst("^column ([a-z_]+)", "--$1").replace("cancelled_by", "cancelled-by"));
        }
        Opened opened = open(ledger, out);
        opened.person(entry.person().value());
        Imported imported = opened.store.importAll(opened::terms, List.of(entry));
        if (!imported.refused().isEmpty()) {
          err.println("ras: " + Cells.escapeControls(imported.refused().get(0).reason()));
          return Ras.ROWS_REJECTED;
        }
        String what = Cells.escapeControls("entry " + entry.id() + " for " + entry.person() + " (" + EntryCsv.kindName(entry.kind())
            + " on " + entry.date() + ")");
        if (imported.written() == 0) {
          out.println("The " + what + " was recorded before: recording it again changes nothing.");
        } else {
          out.println("Recorded " + what + ".");
          Ledger after = opened.ledger(entry.person());
          after.charges(entry.id()).forEach(c -> out.println(Cells.escapeControls("  " + c.description())));
        }
        return Ras.OK;
      });
    }

    private static void put(Map<String, String> cells, String column, String value) {
      if (value != null && !value.isBlank()) {
        cells.put(column, value.strip());
      }
    }
  }

  // ---- statement ----

  /** {@code YYYY-MM}. */
  static final class Month implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a month YYYY-MM");
      }
    }
  }

  @Command(
      name = "statement",
      description = {
        "Prints each person's statement for a month in plain words, as a provider would send it (balances brought "
            + "forward, every charge with the spending to date, the closing balances) and the alerts at the month's "
            + "end; or, with --provider, what the provider should invoice for the month, visit by visit. See docs/ledger.md."
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class StatementCommand implements Ras.Subcommand {
    @Option(names = "--person", paramLabel = "ID", description = {"Only this person's statement.", "Default: every person of the setup."})
    String person;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = Month.class,
        description = {"The month.", "Default: the month of the latest entry recorded, planned support aside."})
    YearMonth month;

    @Option(names = "--provider", paramLabel = "NAME",
        description = {"Instead of statements, what this provider should invoice for the month.", "Default: none."})
    String provider;

    @Option(names = "--out", paramLabel = "DIR", converter = CliValues.Folder.class,
        description = {"Also write each person's statement as a page, DIR/statement-PERSON-YYYY-MM.html, and the "
            + "statements' lines to DIR/statement-YYYY-MM.csv; or, with --provider, what to invoice as a page, "
            + "DIR/invoice-YYYY-MM.html, and in the invoice format reconcile reads, DIR/invoice-YYYY-MM.csv.", "Default: none."})
    Path outDir;

    @Mixin LedgerOption ledger;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      return guarded(err, () -> {
        Opened opened = open(ledger, out);
        List<PersonId> people = new ArrayList<>();
        if (person != null) {
          people.add(opened.person(person));
        } else {
          opened.setup.people().forEach(p -> people.add(p.id()));
        }
        Map<PersonId, Ledger> ledgers = new LinkedHashMap<>();
        for (PersonId p : people) {
          ledgers.put(p, opened.ledger(p));
        }
        YearMonth m = month != null ? month : latestMonth(opened, ledgers.values());
        LocalDate from = m.atDay(1);
        LocalDate to = m.atEndOfMonth();
        if (provider != null) {
          return invoice(out, opened, ledgers, m, from, to);
        }
        LocalDate alertsOn = to.isAfter(opened.setup.to()) ? opened.setup.to() : to;
        List<List<String>> csv = new ArrayList<>();
        Map<String, String> pages = new LinkedHashMap<>();
        boolean first = true;
        for (Map.Entry<PersonId, Ledger> e : ledgers.entrySet()) {
          if (!first) {
            out.println();
          }
          first = false;
          Statement s = e.getValue().statement(m);
          s.text().forEach(line -> out.println(Cells.escapeControls(line)));
          // A budget lowered on a reassessment says so wherever it is shown, not only when the setup changed.
          opened.setup.person(e.getKey()).flatMap(LedgerPerson::reassessed).ifPresent(r -> out.println(Cells.escapeControls(
              "The weekly budget, " + opened.setup.person(e.getKey()).orElseThrow().weeklyBudget() + ", rests on " + r + ".")));
          List<Alert> alerts = from.isAfter(opened.setup.to()) || to.isBefore(opened.setup.from())
              ? List.of() : e.getValue().alerts(alertsOn, opened.setup.alerts(), Money.zero());
          out.println(alerts.isEmpty() ? "Alerts on " + alertsOn + ": none." : "Alerts on " + alertsOn + ":");
          alerts.forEach(a -> out.println(Cells.escapeControls("  " + a.kind() + ": " + a.message())));
          if (outDir != null) {
            pages.put("statement-" + fileName(e.getKey().value()) + "-" + m + ".html",
                StatementPage.of(s, e.getValue().charges()).alerts(alerts).html());
          }
          for (StatementLine l : s.lines()) {
            csv.add(List.of(e.getKey().value(), l.date().toString(), l.entry().value(), l.description(), l.amount().toPlainString(),
                Long.toString(l.bankedMinutes()), l.directPayment().toPlainString(), l.spentToDate().toPlainString(),
                Long.toString(l.bankedMinutesToDate()), l.directPaymentHeldToDate().toPlainString()));
          }
        }
        if (outDir != null) {
          Path target = write(outDir, "statement-" + m + ".csv", csvOut -> {
            csvOut.row("person", "date", "entry", "description", "amount", "banked_minutes", "direct_payment", "spent_to_date",
                "banked_minutes_to_date", "direct_payment_held_to_date");
            for (List<String> row : csv) {
              csvOut.row(row);
            }
          });
          for (Map.Entry<String, String> page : pages.entrySet()) {
            OutputFile.writeText(outDir, page.getKey(), page.getValue());
          }
          out.println();
          out.println(Cells.escapeControls("Statements' lines written to " + target + ", and " + pages.size()
              + (pages.size() == 1 ? " page" : " pages") + " to " + outDir.resolve("statement-*-" + m + ".html")));
        }
        return Ras.OK;
      });
    }

    private int invoice(PrintStream out, Opened opened, Map<PersonId, Ledger> ledgers, YearMonth m, LocalDate from, LocalDate to)
        throws IOException, UnusableFileException {
      List<InvoiceLine> lines = new ArrayList<>();
      for (Ledger l : ledgers.values()) {
        lines.addAll(l.invoiceLines(provider, from, to));
      }
      String who = Cells.escapeControls(provider);
      out.println("What " + who + " should invoice for " + from + " to " + to + ": " + lines.size() + " visits.");
      for (InvoiceLine l : lines) {
        out.println(Cells.escapeControls("  " + l.person() + "  " + l.date() + "  " + l.start() + "-" + l.end() + "  " + l.staffType()
            + "  " + l.amount()));
      }
      out.println("Total: " + Money.total(lines.stream().map(InvoiceLine::amount).toList()));
      if (outDir != null) {
        Path target = write(outDir, "invoice-" + m + ".csv",
            csvOut -> InvoiceCsv.write(csvOut, "expected-" + m, provider, from, to, lines));
        OutputFile.writeText(outDir, "invoice-" + m + ".html", ProviderInvoicePage.of(provider, from, to, lines).html());
        out.println(Cells.escapeControls("Written to " + target + " (invoice expected-" + m + ") and "
            + outDir.resolve("invoice-" + m + ".html")));
      }
      return Ras.OK;
    }
  }

  /** The month of the latest entry recorded other than planned support; the period's first month if none. */
  static YearMonth latestMonth(Opened opened, Iterable<Ledger> ledgers) {
    LocalDate latest = null;
    for (Ledger l : ledgers) {
      for (Entry e : l.entries()) {
        if (e.kind() != EntryKind.PLANNED && (latest == null || e.date().isAfter(latest))) {
          latest = e.date();
        }
      }
    }
    return YearMonth.from(latest == null ? opened.setup.from() : latest);
  }

  /** A name safe in a file name: letters, digits, dot, hyphen and underscore kept, anything else a hyphen. */
  static String fileName(String text) {
    return text.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  interface CsvBody {
    void write(CsvOut out) throws IOException;
  }

  static Path write(Path dir, String name, CsvBody body) throws IOException, UnusableFileException {
    Files.createDirectories(dir);
    Path target = dir.resolve(name);
    try (OutputFile file = OutputFile.open(target)) {
      CsvOut csv = CsvOut.to(file.stream());
      body.write(csv);
      csv.flush();
      file.commit();
    }
    return target;
  }

  // ---- reconcile ----

  @Command(
      name = "reconcile",
      description = {
        "Reconciles a provider's invoice CSV with the ledger, visit by visit, under the setup's tolerance and "
            + "rounding of times, prints every difference with its reason, and records the invoice as reconciled; "
            + "reconciling the same invoice again changes nothing and says so. An invoice with bad rows is "
            + "reconciled without them but not recorded. See docs/ledger.md."
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class ReconcileCommand implements Ras.Subcommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "FILE",
        description = "The invoice CSV. Default: the bundled scenario's invoice.csv, Riverside Support's for November 2026.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", converter = CliValues.Folder.class,
        description = {"Also write each person's reconciliation as a page, DIR/reconciliation-INVOICE-PERSON.html.",
            "Default: none."})
    Path outDir;

    @Mixin LedgerOption ledger;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      return guarded(err, () -> {
        Opened opened = open(ledger, out);
        InvoiceCsv.Read read = readCsv(file, "invoice.csv", "the invoice file", InvoiceCsv::read);
        FirstProblems<RowProblem> problems = read.problems();
        Invoice invoice = read.invoice();
        List<InvoiceLine> known = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
          InvoiceLine l = invoice.lines().get(i);
          if (opened.setup.person(l.person()).isEmpty()) {
            problems.add(new RowProblem(read.lineRows().get(i), read.lineLines().get(i), "person " + l.person() + " is not in the ledger's setup"));
          } else {
            known.add(l);
          }
        }
        if (known.size() < invoice.lines().size()) {
          invoice = Invoice.of(invoice.number(), invoice.provider(), invoice.from(), invoice.to(), known);
        }
        out.println(Cells.escapeControls("Invoice " + invoice.number() + " of " + invoice.provider() + " for " + invoice.from()
            + " to " + invoice.to() + ": " + invoice.lines().size() + (invoice.lines().size() == 1 ? " line." : " lines.")));
        List<Entry> record = new ArrayList<>();
        List<Money> invoiced = new ArrayList<>();
        List<Money> accepted = new ArrayList<>();
        List<Money> delivered = new ArrayList<>();
        int differences = 0;
        int pages = 0;
        boolean allBefore = true;
        for (LedgerPerson p : opened.setup.people()) {
          Reconciliation r = opened.ledger(p.id()).reconcile(invoice, opened.setup.reconciliation());
          if (r.invoiced().isZero() && r.delivered().isZero() && r.differences().isEmpty()) {
            continue;
          }
          out.println(Cells.escapeControls(p.id() + ": invoiced " + r.invoiced() + ", accepted " + r.accepted() + ", delivered "
              + r.delivered() + (r.differences().isEmpty() ? "; no difference." : "; " + r.differences().size()
              + (r.differences().size() == 1 ? " difference:" : " differences:"))));
          for (Difference d : r.differences()) {
            out.println(Cells.escapeControls("  " + d.kind() + ": " + d.reason()));
          }
          differences += r.differences().size();
          invoiced.add(r.invoiced());
          accepted.add(r.accepted());
          delivered.add(r.delivered());
          allBefore &= r.alreadyReconciled();
          record.add(r.entry());
          if (outDir != null) {
            OutputFile.writeText(outDir, "reconciliation-" + fileName(invoice.number()) + "-" + fileName(p.id().value()) + ".html",
                ReconciliationPage.of(r, invoice).html(), file);
            pages++;
          }
        }
        out.println(Cells.escapeControls("Total: invoiced " + Money.total(invoiced) + ", accepted " + Money.total(accepted)
            + ", delivered " + Money.total(delivered) + "; " + differences + (differences == 1 ? " difference." : " differences.")));
        String written = outDir == null ? null : Cells.escapeControls(pages + (pages == 1 ? " page" : " pages")
            + " written to " + outDir.resolve("reconciliation-" + fileName(invoice.number()) + "-*.html"));
        for (RowProblem pr : problems.kept()) {
          err.println("ras: " + pr.describe(file == null ? "the bundled invoice.csv" : file.toString()));
        }
        if (!problems.isEmpty()) {
          if (written != null) {
            out.println(written);
          }
          err.println("ras: the invoice has rows left out, so it was not recorded as reconciled; correct them and reconcile it again");
          return Ras.ROWS_REJECTED;
        }
        Imported imported = opened.store.importAll(opened::terms, record);
        if (!imported.refused().isEmpty()) {
          imported.refused().forEach(r -> err.println("ras: " + Cells.escapeControls(r.reason())));
          return Ras.ROWS_REJECTED;
        }
        if (allBefore && imported.written() == 0) {
          out.println("It was reconciled before: recording it again changes nothing.");
        } else {
          out.println("Recorded as reconciled for " + record.size() + (record.size() == 1 ? " person." : " people."));
        }
        if (written != null) {
          out.println(written);
        }
        return Ras.OK;
      });
    }
  }

  // ---- reviews ----

  @Command(
      name = "reviews",
      description = {
        "Lists each person's reviews on a date: the care plan review (first after the client group's declared weeks, "
            + "then every declared months after the last review recorded, sooner on a change of needs, a hospital stay or "
            + "an overspend) and, once a direct payment was received, the "
            + "direct-payment review (within 6 months of the first payment: Care and Support (Direct Payments) "
            + "Regulations 2014, reg. 7), each due, overdue or not yet. See docs/ledger.md."
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class ReviewsCommand implements Ras.Subcommand {
    @Option(names = "--on", paramLabel = "DATE", converter = CliValues.Date.class,
        description = {"The day to list them on.", "Default: today."})
    LocalDate on;

    @Option(names = "--all", description = {"List the reviews not yet due too.", "Default: only those due or overdue."})
    boolean all;

    @Mixin LedgerOption ledger;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      return guarded(err, () -> {
        Opened opened = open(ledger, out);
        LocalDate today = on == null ? LocalDate.now() : on;
        int listed = 0;
        out.println("Reviews on " + today + (all ? "" : ", due or overdue") + ":");
        for (LedgerPerson p : opened.setup.people()) {
          for (ReviewDue r : opened.ledger(p.id()).reviews(today)) {
            if (all || r.status() != ReviewStatus.NOT_YET) {
              out.println(Cells.escapeControls("  " + p.id() + "  " + r.status() + "  " + r.review() + " by " + r.dueOn() + ": " + r.reason()));
              listed++;
            }
          }
        }
        if (listed == 0) {
          out.println("  none.");
        }
        return Ras.OK;
      });
    }
  }
}
