package uk.ras.examples.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.ras.RasException;
import uk.ras.allocation.AnswerSheet;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.ColumnEncoder;
import uk.ras.allocation.Detail;
import uk.ras.allocation.DomainPoints;
import uk.ras.allocation.Explanation;
import uk.ras.allocation.NoRuleSetInForceException;
import uk.ras.allocation.PersonalBudget;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.BudgetHolding;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.AssessmentCsv;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FactColumns;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.FirstProblems;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.examples.report.AllocateReport;
import uk.ras.examples.report.Table;
import uk.ras.funding.StreamAmount;
import uk.ras.money.Money;
import uk.ras.pricing.BudgetFlag;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.StreamId;

/**
 * {@code ras allocate}: streams an assessments CSV through a registry of rule sets, writes one budget
 * row per allocated assessment and reports every rejected row with its row number, person, column and
 * reason. A bad row never stops the others.
 */
public final class AllocateCommand {
  public static final String SAMPLE = "assessments-sample.csv";

  /**
   * The longest cell accepted: ids and option names are short, and a longer cell is a broken or hostile
   * file, rejected rather than echoed into the report.
   */
  static final int MAX_CELL_LENGTH = 1_000;

  /** The options; a null path means "use the bundled default". */
  @Command(
      name = "allocate",
      description = {
        "Allocates a budget for every row of an assessments CSV, writes the budgets and reports every "
            + "rejected row with its row number, person, column and reason. Each option left out takes "
            + "its default. See docs/cli.md."
      },
      footerHeading = "%n",
      footer = {
        "Exit codes: 0 every row allocated; 1 some rows rejected (the others are still written), or an "
            + "--explain person had no allocated row; 2 usage or rule-file error (nothing allocated)."
      })
  public static final class Options implements Ras.Subcommand {
    @Option(
        names = "--rules",
        paramLabel = "FILE",
        converter = CliValues.File.class,
        description = {
          "A rule file (.yaml, .yml or .json); repeat it for several versions: a row with an "
              + "assessment_date uses the rules in force on that date, a row without one the latest.",
          "Default: the bundled Northshire 2025 and 2026 rules."
        })
    List<Path> rules = new ArrayList<>();

    @Option(
        names = "--assessments",
        paramLabel = "FILE.csv",
        converter = CliValues.File.class,
        description = {
          "The assessments CSV: person_id, optional assessment_date (YYYY-MM-DD), then one column per "
              + "question id holding an option id (blank: not answered).",
          "Default: the bundled sample of 250 synthetic assessments."
        })
    Path assessments;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        converter = CliValues.Text.class,
        description = {
          "Write the budgets CSV to FILE ('-' for standard output; the report then goes to standard "
              + "error).",
          "Default: a readable table on standard output, no CSV."
        })
    String out;

    @Option(
        names = "--explain",
        paramLabel = "PERSON_ID",
        converter = CliValues.Text.class,
        description = {
          "Also print the full explanation of that person's budget (repeatable).",
          "Default: none."
        })
    Set<String> explain = new LinkedHashSet<>();

    @Option(
        names = "--progress-every",
        paramLabel = "N",
        description = {"A progress line on standard error every N rows (at least 1).", "Default: 10000."})
    int progressEvery = 10_000;

    @Option(
        names = "--ignore-dates",
        description = {
          "Allocate every row under the latest rules, whatever its date (to see what new rules would "
              + "do to a whole caseload).",
          "Default: off."
        })
    boolean ignoreDates;
    @Mixin CliValues.Sheet sheet;

    @Option(
        names = "--report",
        paramLabel = "DIR",
        converter = CliValues.Folder.class,
        description = {
          "Also write DIR/allocate.html: the distribution of the weekly budgets by rule version (DIR is "
              + "made if need be; 8 bytes kept per allocated row).",
          "Default: none."
        })
    Path report;

    @Spec CommandSpec spec;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      if (progressEvery < 1) {
        throw new ParameterException(spec.commandLine(), "option --progress-every must be at least 1, not " + progressEvery);
      }
      return new AllocateCommand(this, out, err).run();
    }
  }

  /** One reason a row was rejected; column is empty when the row as a whole is wrong. */
  record Rejection(long row, long line, String person, String column, String reason) {
    /** The rejection in words, control characters escaped so that it is safe to print. */
    String describe() {
      return Cells.escapeControls("row "
          + row
          + " (line "
          + line
          + ")"
          + (person.isEmpty() ? "" : ", person " + Cells.forMessage(person))
          + (column.isEmpty() ? "" : ", column " + Cells.forMessage(column))
          + ": "
          + reason);
    }
  }

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;
  /** Why reading stopped before the end of the file, or null. */
  /** Each rule set's encoder for the columns of the file {@link #encodersFor}. */
  private final Map<Calculator, ColumnEncoder> encoders = new IdentityHashMap<>();
  private AssessmentCsv encodersFor;

  AllocateCommand(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  int run() throws UsageException {
    RuleSetRegistry registry;
    try {
      registry = options.rules.isEmpty() ? RuleFiles.bundled() : RuleFiles.load(options.rules);
    } catch (RasException e) {
      err.println("ras: the rules cannot be used:");
      err.println(e.getMessage());
      return Ras.USAGE;
    }
    Path outFile = options.out == null || options.out.equals("-") ? null : Path.of(options.out);
    if (outFile != null) {
      try {
        List<Path> inputs = new ArrayList<>(options.rules);
        inputs.add(options.assessments);
        FileChecks.notAnInput(outFile, inputs.toArray(Path[]::new));
      } catch (UnusableFileException e) {
        throw new UsageException(e.getMessage());
      }
    }
    // With the CSV on standard output, the report goes to standard error so the two do not mix.
    PrintStream report = "-".equals(options.out) ? err : out;
    try (AssessmentCsv csv = openAssessments(AssessmentCsv.optionIds(registry))) {
      if (outFile == null) {
        CsvOut budgets = "-".equals(options.out) ? CsvOut.to(out) : null;
        Outcome outcome = allocateAll(registry, csv, budgets, report);
        if (budgets != null) {
          budgets.flush();
        }
        return htmlReport(registry, csv, outcome, report(registry, csv, outcome, report));
      }
      Outcome outcome;
      // The budgets go to a temporary file, moved into place only when every row is written: a failed
      // or killed run leaves the previous file as it was.
      try (OutputFile file = OutputFile.open(outFile);
          CsvOut budgets = CsvOut.to(file.stream())) {
        outcome = allocateAll(registry, csv, budgets, report);
        budgets.flush();
        file.commit();
      }
      return htmlReport(registry, csv, outcome, report(registry, csv, outcome, report));
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      err.println("ras: " + (e.getMessage() == null ? FileChecks.plainReason(e) : Cells.escapeControls(e.getMessage())));
      return Ras.USAGE;
    }
  }

  /**
   * Opens the assessments; a cell that is one of {@code optionIds} is read as that string itself, so that
   * a million rows' answers are matched to their options by identity, with no string made for each.
   */
  AssessmentCsv openAssessments(Collection<String> optionIds) throws IOException, UsageException {
    if (options.assessments == null) {
      return AssessmentCsv.open(
          SAMPLE + " (bundled)",
          AllocateCommand.class.getResourceAsStream(RuleFiles.RESOURCE_DIR + SAMPLE));
    }
    // Bytes that are not UTF-8 are read as U+FFFD, so that the row holding them is rejected, where a
    // strict decoder would throw at the first and lose the rest of the batch.
    return AssessmentCsv.open(options.assessments, options.sheet.name, optionIds);
  }

  /** What reading and allocating every row came to, for the report. */
  private record Outcome(
      long read, long rejectedRows, FirstProblems<Rejection> rejections, Totals totals, String unreadable) {}

  private Outcome allocateAll(
      RuleSetRegistry registry, AssessmentCsv csv, CsvOut budgets, PrintStream report) throws IOException {
    List<DomainId> domains = domainColumns(registry);
    List<String> columns = new ArrayList<>(List.of("person_id", "assessment_date", "rule_set"));
    domains.forEach(d -> columns.add(d.value()));
    columns.addAll(List.of("total_points", "weekly", "annual", "flags"));
    List<FundingStream> streams = streamColumns(registry);
    for (FundingStream st : streams) {
      columns.add(st.id().value() + "_weekly");
      columns.add(st.id().value() + "_annual");
    }
    columns.addAll(STATUTORY_COLUMNS);
    if (budgets != null) {
      // The header is written as a row of its own, so that a file with no allocated rows still has it.
      budgets.row(columns);
    }
    Table table = budgets == null ? new Table(report) : null;
    warnAboutUnknownColumns(registry, csv);

    long read = 0;
    long rejectedRows = 0;
    FirstProblems<Rejection> rejections = new FirstProblems<>();
    List<Rejection> problems = new ArrayList<>();
    BudgetRows rows = new BudgetRows(domains, streams);
    Totals totals = new Totals(new StreamTotals(streams, rows));
    totals.weekly = options.report == null ? null : new AllocateReport.Budgets();
    String unreadable = null;
    // One loop: read a row, allocate it, write it. A bad value of any size or form rejects its row only.
    while (true) {
      AssessmentCsv.Row row;
      try {
        row = csv.next();
      } catch (TableReader.MalformedTableException e) {
        unreadable =
            "Unreadable after line " + csv.lastLineRead() + ": " + e.getMessage() + "; the rest of the file was not read";
        break;
      }
      if (row == null) {
        break;
      }
      read++;
      problems.clear();
      Budget budget;
      try {
        budget = allocate(prepare(registry, csv, row), problems);
        if (budget != null) {
          totals.add(budget);
        }
      } catch (RuntimeException e) {
        budget = null;
        problems.clear();
        problems.add(reject(row, safePerson(csv, row), "", "the row cannot be allocated: " + e));
      }
      if (budget == null) {
        rejectedRows++;
        problems.forEach(rejections::add);
      } else if (budgets != null) {
        rows.write(budget, budgets);
      } else {
        table.add(budget);
      }
      // Once the row is counted, so that the line's rejections include it, as its rows read do.
      if (read % options.progressEvery == 0) {
        err.printf("ras: %,d rows read, %,d rejected so far%n", read, rejectedRows);
      }
    }
    return new Outcome(read, rejectedRows, rejections, totals, unreadable);
  }

  /** The row's person, if the row has one short enough to show; else "". */
  private static String safePerson(AssessmentCsv csv, AssessmentCsv.Row row) {
    String person = csv.person(row);
    return person.length() <= MAX_CELL_LENGTH ? person : "";
  }

  private int report(RuleSetRegistry registry, AssessmentCsv csv, Outcome outcome, PrintStream report) {
    Totals totals = outcome.totals();
    report.println();
    report.println(Cells.escapeControls("Rules: " + registry.all().stream()
        .map(c -> c.ruleSet().label() + " (in force from " + c.ruleSet().effectiveFrom() + ")")
        .collect(Collectors.joining(", "))));
    report.println("Assessments: " + Cells.escapeControls(csv.source()));
    if (options.out != null && !options.out.equals("-")) {
      report.println("Budgets written to: " + Cells.escapeControls(options.out));
    }
    report.println();
    report.println("Summary");
    report.printf("  Rows read:          %,d%n", outcome.read());
    report.printf("  Allocated:          %,d%n", totals.allocated);
    report.printf("  Rejected:           %,d%n", outcome.rejectedRows());
    if (csv.emptyRows() > 0) {
      report.printf("  Empty rows skipped: %,d%n", csv.emptyRows());
    }
    if (csv.separator() != ',') {
      report.println("  Separator:          '" + csv.separator() + "' (read as such)");
    }
    if (outcome.unreadable() != null) {
      report.println();
      report.println(outcome.unreadable());
    }
    FirstProblems<Rejection> rejections = outcome.rejections();
    if (!rejections.isEmpty()) {
      report.println();
      report.println("Rejected rows (row = data row counted from 1 after the header; line = line in the file)");
      for (Rejection r : rejections.kept()) {
        report.println("  " + r.describe());
      }
      if (rejections.notKept() > 0) {
        report.printf(
            "  ... and %,d more problems, not shown (the first %,d are)%n", rejections.notKept(), FirstProblems.KEPT);
      }
    }
    report.println();
    report.println("Totals over the allocated rows");
    report.println("  Weekly budgets:     " + Money.ofPence(totals.weeklyPence));
    report.println("  Annual budgets:     " + Money.ofPence(totals.annualPence));
    report.printf("  Referred to panel:  %,d%n", totals.flagged[BudgetFlag.REFERRED_TO_PANEL.ordinal()]);
    report.printf("  Floor applied:      %,d%n", totals.flagged[BudgetFlag.FLOOR_APPLIED.ordinal()]);
    report.printf("  Ceiling applied:    %,d%n", totals.flagged[BudgetFlag.CEILING_APPLIED.ordinal()]);
    report.printf("  Unfunded need:      %,d%n", totals.flagged[BudgetFlag.UNFUNDED_NEED.ordinal()]);
    report.printf(
        "  Personally controlled above the budget: %,d (in effect: the weekly budget)%n",
        totals.personallyControlledAboveBudget);
    totals.byRuleSet.sorted().forEach((label, n) -> report.printf("  Under %s: %,d%n", Cells.escapeControls(label), n));
    totals.streams.print(report);

    boolean explainMissing = false;
    for (String text : totals.explanations) {
      report.println();
      report.print(Cells.escapeControlsButLineFeeds(text));
    }
    for (String person : options.explain) {
      if (!totals.explained.contains(person)) {
        explainMissing = true;
        report.println();
        report.println("--explain " + Cells.escapeControls(person) + ": no allocated row for this person");
      }
    }
    return outcome.rejectedRows() > 0 || explainMissing || outcome.unreadable() != null ? Ras.ROWS_REJECTED : Ras.OK;
  }

  public static final String REPORT_HTML = "allocate.html";

  /**
   * Writes DIR/allocate.html for --report, through a temporary file moved into place; returns the exit code,
   * or {@link Ras#USAGE} with the reason on standard error if the page cannot be written.
   */
  private int htmlReport(RuleSetRegistry registry, AssessmentCsv csv, Outcome outcome, int exit) throws UsageException {
    if (options.report == null) {
      return exit;
    }
    String rules = registry.all().stream().map(c -> c.ruleSet().label()).collect(Collectors.joining(", "));
    try {
      List<Path> inputs = new ArrayList<>(options.rules);
      inputs.add(options.assessments);
      OutputFile.writeText(options.report, REPORT_HTML,
          AllocateReport.html(rules, csv.source(), outcome.totals().weekly), inputs.toArray(Path[]::new));
      return exit;
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      err.println("ras: cannot write the report to " + Cells.escapeControls(options.report.toString()) + ": "
          + FileChecks.plainReason(e));
      return Ras.USAGE;
    }
  }

  /**
   * A row made ready for allocation: encoded for the rule set in force on its date,
   * or rejected with every problem found.
   */
  private record Prepared(
      AssessmentCsv.Row row,
      String person,
      Calculator calculator,
      AnswerSheet sheet,
      Detail detail,
      List<Rejection> problems) {}

  /** Each holding's name as a fact column writes it, made once rather than once per row. */
  private static final String[] HOLDING_NAMES =
      Arrays.stream(BudgetHolding.values()).map(FactColumns::name).toArray(String[]::new);

  static String holdingName(BudgetHolding holding) {
    return HOLDING_NAMES[holding.ordinal()];
  }

  /**
   * How many times each of a few names was seen, reported in name order. The names (rule-set labels,
   * holdings) are the same few strings row after row, so each is found by identity in a short array
   * before by its text, with no hashing or boxing per row.
   */
  private static final class Tally {
    private String[] names = new String[0];
    private long[] counts = new long[0];

    void add(String name) {
      String[] known = names;
      for (int i = 0; i < known.length; i++) {
        if (known[i] == name) {
          counts[i]++;
          return;
        }
      }
      addByText(name);
    }

    private void addByText(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          counts[i]++;
          return;
        }
      }
      names = Arrays.copyOf(names, names.length + 1);
      counts = Arrays.copyOf(counts, counts.length + 1);
      names[names.length - 1] = name;
      counts[counts.length - 1] = 1;
    }

    Map<String, Long> sorted() {
      Map<String, Long> sorted = new TreeMap<>();
      for (int i = 0; i < names.length; i++) {
        sorted.put(names[i], counts[i]);
      }
      return sorted;
    }
  }

  /** The report's totals over the allocated rows, and the explanations asked for. */
  private static final class Totals {
    long allocated;
    // In pence, added exactly (an overflow throws, as Money.plus would): no Money made per row.
    long weeklyPence;
    long annualPence;
    final Tally byRuleSet = new Tally();
    final StreamTotals streams;
    /** By the flag's ordinal. */
    final long[] flagged = new long[BudgetFlag.values().length];
    /** Mixes whose stated personally controlled amount is above the weekly budget. */
    long personallyControlledAboveBudget;
    final List<String> explanations = new ArrayList<>();
    final Set<String> explained = new LinkedHashSet<>();
    /** Every weekly budget, for --report only. */
    AllocateReport.Budgets weekly;

    Totals(StreamTotals streams) {
      this.streams = streams;
    }

    void add(Budget budget) {
      allocated++;
      if (weekly != null) {
        weekly.add(budget.ruleSetLabel(), budget.weekly());
      }
      weeklyPence = Math.addExact(weeklyPence, budget.weekly().pence());
      annualPence = Math.addExact(annualPence, budget.annual().pence());
      byRuleSet.add(budget.ruleSetLabel());
      streams.add(budget);
      Money given = budget.personallyControlledAsGiven().orElse(null);
      if (given != null && given.isGreaterThan(budget.weekly())) {
        personallyControlledAboveBudget++;
      }
      Set<BudgetFlag> flags = budget.flags();
      if (!flags.isEmpty()) {
        for (BudgetFlag f : flags) {
          flagged[f.ordinal()]++;
        }
      }
      Explanation explanation = budget.explanation().orElse(null);
      if (explanation != null) {
        explained.add(budget.person().value());
        explanations.add(explanation.toText());
      }
    }
  }

  /** Allocates one row, or returns null and adds its problems. */
  Budget allocate(
      RuleSetRegistry registry, AssessmentCsv csv, AssessmentCsv.Row row, List<Rejection> problems) {
    return allocate(prepare(registry, csv, row), problems);
  }

  /** Allocates a row made ready by {@link #prepare}, or returns null and adds its problems. */
  private static Budget allocate(Prepared row, List<Rejection> problems) {
    if (row.sheet() == null) {
      problems.addAll(row.problems());
      return null;
    }
    try {
      return row.calculator().allocate(row.sheet(), row.detail());
    } catch (RasException e) {
      problems.add(reject(row.row(), row.person(), "", e.getMessage()));
      return null;
    }
  }

  /**
   * Checks a row's cells, reads its facts and encodes its answers for the rule set in force on its date;
   * everything a row needs before the allocation itself.
   */
  private Prepared prepare(RuleSetRegistry registry, AssessmentCsv csv, AssessmentCsv.Row row) {
    // The reader tells the longest cell and any U+FFFD of the row: cell by cell only for a row to reject.
    if (row.longestCell() > MAX_CELL_LENGTH || row.holdsReplacement() || row.unread().isPresent()) {
      Prepared unfit = unfit(csv, row);
      if (unfit != null) {
        return unfit;
      }
    }
    String person = csv.person(row);
    List<Rejection> problems = new ArrayList<>(1);
    Assessment facts = csv.facts(row, p -> problems.add(reject(row, person, p.column(), p.reason())));
    if (facts == null) {
      return new Prepared(row, person, null, null, null, problems);
    }
    LocalDate date = facts.date().orElse(null);
    try {
      Calculator calculator =
          date == null || options.ignoreDates ? registry.latest() : registry.inForceOn(date);
      // Empty unless --explain was given: asked first, so that no row's person is hashed for nothing.
      Detail detail = !options.explain.isEmpty() && options.explain.contains(person) ? Detail.EXPLAINED : Detail.FIGURES;
      // The columns are matched to each rule set's questions once per file, not once per row.
      if (encodersFor != csv) {
        encoders.clear();
        encodersFor = csv;
      }
      ColumnEncoder encoder =
          encoders.computeIfAbsent(calculator, c -> c.encoder(csv.answerColumns()));
      AnswerSheet sheet = encoder.encode(facts, csv.answerCells(row));
      return new Prepared(row, person, calculator, sheet, detail, List.of());
    } catch (NoRuleSetInForceException e) {
      problems.add(reject(row, person, AssessmentCsv.ASSESSMENT_DATE, e.getMessage()));
    } catch (InvalidAssessmentException e) {
      for (AssessmentProblem p : e.problems()) {
        String column =
            p.question().map(q -> q.value()).orElseGet(() -> FactColumns.attributionColumn(p.domain().orElseThrow()));
        String reason =
            p.kind() == AssessmentProblem.Kind.UNKNOWN_QUESTION
                ? "unknown column: " + e.ruleSetLabel() + " has no question '" + Cells.forMessage(column) + "'"
                    + " (the row answers '" + Cells.forMessage(p.value()) + "')"
                : p.message() + " (under " + e.ruleSetLabel() + ")";
        problems.add(reject(row, person, column, reason));
      }
    } catch (RasException e) {
      problems.add(reject(row, person, "", e.getMessage()));
    }
    return new Prepared(row, person, null, null, null, problems);
  }

  /**
   * The rejection of a row too big to read whole, or with a cell too long or not UTF-8 text (for the first
   * such cell); null if none is.
   */
  private static Prepared unfit(AssessmentCsv csv, AssessmentCsv.Row row) {
    List<String> cells = row.cells();
    List<String> header = csv.header();
    String personCell =
        csv.personColumn() < cells.size() && cells.get(csv.personColumn()) != null
            ? cells.get(csv.personColumn())
            : "";
    // The person is named in the rejection only when the cell is fit to print.
    String shownPerson =
        personCell.length() <= MAX_CELL_LENGTH && personCell.indexOf(AssessmentCsv.REPLACEMENT) < 0
            ? personCell.strip()
            : "";
    if (row.unread().isPresent()) {
      return rejected(row, shownPerson, reject(row, shownPerson, "", row.unread().get()));
    }
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c) == null ? "" : cells.get(c);
      if (cell.length() > MAX_CELL_LENGTH) {
        String column = c < header.size() ? header.get(c) : "";
        return rejected(row, shownPerson, reject(row, shownPerson, column,
            String.format("a value of %,d characters; at most %,d are allowed", cell.length(), MAX_CELL_LENGTH)));
      }
      if (cell.indexOf(AssessmentCsv.REPLACEMENT) >= 0) {
        return rejected(row, shownPerson, reject(row, shownPerson, "",
            "the row is not UTF-8 text (bytes that are not UTF-8 are shown as \uFFFD); save the file as UTF-8"));
      }
    }
    return null;
  }

  private static Prepared rejected(AssessmentCsv.Row row, String person, Rejection problem) {
    return new Prepared(row, person, null, null, null, List.of(problem));
  }

  private static Rejection reject(AssessmentCsv.Row row, String person, String column, String reason) {
    return new Rejection(row.row(), row.line(), person, column, reason);
  }

  private static String trim(String cell) {
    return cell == null ? "" : cell.strip();
  }

  /** Every domain of every rule set, in questionnaire order, the oldest rule set's first. */
  private static List<DomainId> domainColumns(RuleSetRegistry registry) {
    Set<DomainId> ids = new LinkedHashSet<>();
    for (Calculator c : registry.all()) {
      c.ruleSet().domains().forEach(d -> ids.add(d.id()));
    }
    return List.copyOf(ids);
  }

  private void warnAboutUnknownColumns(RuleSetRegistry registry, AssessmentCsv csv) {
    Set<String> known = new LinkedHashSet<>(List.of(AssessmentCsv.PERSON_ID, AssessmentCsv.ASSESSMENT_DATE));
    known.addAll(FactColumns.ALL);
    known.add(FactColumns.SECTION_117);
    for (Calculator c : registry.all()) {
      c.questions().forEach(q -> known.add(q.value()));
    }
    List<String> unknown =
        csv.header().stream()
            .filter(h -> !known.contains(h) && !h.startsWith(FactColumns.ATTRIBUTION))
            .map(Cells::forMessage)
            .collect(Collectors.toList());
    Set<String> header = new LinkedHashSet<>(csv.header());
    Set<String> missing = new LinkedHashSet<>();
    for (Calculator c : registry.all()) {
      c.ruleSet().domains().forEach(d -> d.questions().stream()
          .filter(q -> q.required() && !header.contains(q.id().value()))
          .forEach(q -> missing.add(q.id().value())));
    }
    if (!missing.isEmpty()) {
      err.println(Cells.escapeControls(
          "ras: warning: the header has no column for the required question(s) " + missing
              + "; every row allocated under rules that ask them is rejected"));
    }
    if (!unknown.isEmpty()) {
      err.println(Cells.escapeControls(
          "ras: warning: no rule set has the question(s) " + unknown
              + "; a row that answers one is rejected"));
    }
  }

  /** The columns after the per-stream ones: the statutory figures and how the budget is held. */
  static final List<String> STATUTORY_COLUMNS =
      List.of(
          "unfunded_points", "cost", "person_contribution", "council_contribution", "holding",
          "personally_controlled", "personally_controlled_in_effect");

  /** Every stream of every rule set, by id, the oldest rule set's first (its name is the latest's). */
  static List<FundingStream> streamColumns(RuleSetRegistry registry) {
    Map<StreamId, FundingStream> ids = new LinkedHashMap<>();
    for (Calculator c : registry.all()) {
      c.ruleSet().streams().forEach(s -> ids.put(s.id(), s));
    }
    return List.copyOf(ids.values());
  }

  static List<String> budgetRow(Budget budget, List<DomainId> domains, List<FundingStream> streams) {
    return new BudgetRows(domains, streams).row(budget);
  }

  /**
   * The output rows: one column per domain and two per stream of every rule set. Where each rule set's
   * domains and streams go is worked out from its first budget and kept, so a row is filled by position.
   * Not thread-safe: one thread writes the rows.
   */
  static final class BudgetRows {
    private final List<DomainId> domains;
    private final List<FundingStream> streams;
    private final int width;
    /** The layout of each rule set met so far. */
    private Layout[] layouts = new Layout[0];

    /**
     * Where one rule set's domains and streams go.
     *
     * @param label the rule set's label, as its budgets give it
     * @param streamIndexes the stream column of each of the rule set's streams, in its budgets' order
     * @param domainOfColumn for each domain column, the index of that domain in the rule set's budgets, or
     *     -1 when the rule set has no such domain
     * @param streamOfColumn likewise for each stream column
     */
    private record Layout(String label, int[] streamIndexes, int[] domainOfColumn, int[] streamOfColumn) {}

    BudgetRows(List<DomainId> domains, List<FundingStream> streams) {
      this.domains = domains;
      this.streams = streams;
      this.width = 3 + domains.size() + 4 + 2 * streams.size() + STATUTORY_COLUMNS.size();
    }

    /** Where the budget's rule set's streams are in {@code streams}, in the order of {@code budget.streams()}. */
    int[] streamIndexes(Budget budget) {
      return layout(budget).streamIndexes();
    }

    /**
     * The layout of the budget's rule set, worked out from its first budget. Found by the identity of the
     * label: a budget gives its calculator's own string, so there is one per calculator, and a map's
     * hashing and comparing of it made {@link #hold} costlier for the JIT to compile.
     */
    private Layout layout(Budget budget) {
      String label = budget.ruleSetLabel();
      Layout[] known = layouts;
      for (Layout layout : known) {
        if (layout.label() == label) {
          return layout;
        }
      }
      List<DomainId> budgetDomains = budget.domains().stream().map(DomainPoints::domain).toList();
      List<StreamId> budgetStreams = budget.streams().stream().map(StreamAmount::stream).toList();
      List<StreamId> ids = streams.stream().map(FundingStream::id).toList();
      Layout layout =
          new Layout(
              label,
              budgetStreams.stream().mapToInt(ids::indexOf).toArray(),
              domains.stream().mapToInt(budgetDomains::indexOf).toArray(),
              ids.stream().mapToInt(budgetStreams::indexOf).toArray());
      layouts = Arrays.copyOf(known, known.length + 1);
      layouts[known.length] = layout;
      return layout;
    }

    /** The row's cells as text, in column order: one definition of the row for every use. */
    List<String> row(Budget budget) {
      String[] cells = new String[width];
      try {
        hold(
            budget,
            new RowCells() {
              int c;

              @Override
              public void text(String cell) {
                cells[c++] = cell;
              }

              @Override
              public void number(long n) {
                cells[c++] = Long.toString(n);
              }

              @Override
              public void money(Money m) {
                cells[c++] = m.toPlainString();
              }
            });
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // never: nothing is written
      }
      return Arrays.asList(cells);
    }

    /** Writes the row to {@code csv}: the cells of {@link #row}, numbers written as such, not checked as text. */
    void write(Budget budget, CsvOut csv) throws IOException {
      CsvOut.Row out = csv.startRow();
      hold(
          budget,
          new RowCells() {
            @Override
            public void text(String cell) throws IOException {
              out.text(cell);
            }

            @Override
            public void number(long n) throws IOException {
              out.number(n);
            }

            @Override
            public void money(Money m) throws IOException {
              out.money(m);
            }
          });
      out.end();
    }

    /** Where a row's cells go, in column order. */
    private interface RowCells {
      void text(String cell) throws IOException;

      void number(long n) throws IOException;

      void money(Money m) throws IOException;

      default void date(LocalDate date) throws IOException {
        text(date == null ? "" : date.toString());
      }
    }

    private void hold(Budget budget, RowCells out) throws IOException {
      Layout layout = layout(budget);
      out.text(budget.person().value());
      out.date(budget.assessmentDate().orElse(null));
      out.text(budget.ruleSetLabel());
      // Domains by column: a rule set may lack some of the columns' domains.
      List<DomainPoints> points = budget.domains();
      for (int d : layout.domainOfColumn()) {
        if (d < 0) {
          out.text("");
        } else {
          out.number(points.get(d).points());
        }
      }
      out.number(budget.totalPoints());
      out.money(budget.weekly());
      out.money(budget.annual());
      out.text(flags(budget));
      List<StreamAmount> amounts = budget.streams();
      for (int a : layout.streamOfColumn()) {
        if (a < 0) {
          out.text("");
          out.text("");
        } else {
          out.money(amounts.get(a).weekly());
          out.money(amounts.get(a).annual());
        }
      }
      BigDecimal unfunded = budget.unfundedPoints();
      if (amounts.isEmpty()) {
        out.text("");
      } else if (unfunded.scale() == 0 && unfunded.precision() < 19) {
        // Whole points, the usual case: digits of a long, not BigDecimal's strings (8% of writing a row).
        out.number(unfunded.longValue());
      } else {
        out.text(unfunded.signum() == 0 ? "0" : unfunded.stripTrailingZeros().toPlainString());
      }
      PersonalBudget pb = budget.personalBudget();
      out.money(pb.cost());
      out.money(pb.personContribution());
      out.money(pb.councilContribution());
      BudgetHolding holding = budget.holding().orElse(null);
      out.text(holding == null ? "" : holdingName(holding));
      // As given, then in effect (never above the weekly budget): a mix whose stated amount is above
      // the budget is written with both, so the file shows what was asked and what applies.
      Money given = budget.personallyControlledAsGiven().orElse(null);
      if (given != null) {
        out.money(given);
      } else {
        out.text("");
      }
      if (holding == BudgetHolding.DIRECT_PAYMENT || given != null) {
        out.money(budget.personallyControlled());
      } else {
        out.text("");
      }
    }
  }

  static String flags(Budget budget) {
    return flagsText(budget.flags());
  }

  /** The flags' names in declaration order, separated by spaces; "" for none. */
  static String flagsText(Set<BudgetFlag> flags) {
    if (flags.isEmpty()) {
      return "";
    }
    int set = 0;
    for (BudgetFlag flag : flags) {
      set |= 1 << flag.ordinal();
    }
    return FLAG_TEXTS[set];
  }

  /**
   * The text of every set of flags, by the bits of their ordinals: names in declaration order, spaced.
   * Made once; a row's flags were joined by a stream each time, the costliest part of the row to compile.
   */
  private static final String[] FLAG_TEXTS = new String[1 << BudgetFlag.values().length];

  static {
    for (int set = 0; set < FLAG_TEXTS.length; set++) {
      StringJoiner text = new StringJoiner(" ");
      for (BudgetFlag flag : BudgetFlag.values()) {
        if ((set & (1 << flag.ordinal())) != 0) {
          text.add(flag.name());
        }
      }
      FLAG_TEXTS[set] = text.toString();
    }
  }

  /** Totals by stream and the statutory figures, for the report. */
  static final class StreamTotals {
    private final List<FundingStream> streams;
    private final long[] weekly;
    private final long[] annual;
    private final int[] people;
    // Weekly pence, added exactly.
    private long cost;
    private long person;
    private long council;
    private final Tally byHolding = new Tally();

    private final BudgetRows rows;

    StreamTotals(List<FundingStream> streams, BudgetRows rows) {
      this.streams = streams;
      this.rows = rows;
      this.weekly = new long[streams.size()];
      this.annual = new long[streams.size()];
      this.people = new int[streams.size()];
    }

    void add(Budget b) {
      int[] index = rows.streamIndexes(b);
      List<StreamAmount> amounts = b.streams();
      for (int i = 0; i < amounts.size(); i++) {
        StreamAmount a = amounts.get(i);
        int s = index[i];
        weekly[s] = Math.addExact(weekly[s], a.weekly().pence());
        annual[s] = Math.addExact(annual[s], a.annual().pence());
        people[s] += a.weekly().isZero() ? 0 : 1;
      }
      PersonalBudget personal = b.personalBudget();
      cost = Math.addExact(cost, personal.cost().pence());
      person = Math.addExact(person, personal.personContribution().pence());
      council = Math.addExact(council, personal.councilContribution().pence());
      BudgetHolding holding = b.holding().orElse(null);
      byHolding.add(holding == null ? "(not recorded)" : holdingName(holding));
    }

    void print(PrintStream report) {
      report.println("  Cost of meeting needs (weekly):    " + Money.ofPence(cost));
      report.println("  People's contributions (weekly):   " + Money.ofPence(person));
      report.println("  Council's contributions (weekly):  " + Money.ofPence(council));
      if (!streams.isEmpty()) {
        report.println();
        report.println("By funding stream");
        for (int s = 0; s < streams.size(); s++) {
          report.printf(
              "  %-28s %,6d people  %14s a week  %16s a year%n",
              streams.get(s).name(), people[s], Money.ofPence(weekly[s]), Money.ofPence(annual[s]));
        }
      }
      report.println();
      report.println("By budget holding");
      byHolding.sorted().forEach((h, n) -> report.printf("  %-28s %,6d%n", h, n));
    }
  }

  /** The readable table printed when no --out is given. */
  private static final class Table {
    private final PrintStream out;

    Table(PrintStream out) {
      this.out = out;
      out.printf("%-12s %-10s %-22s %6s %10s %11s  %s%n",
          "person", "date", "rules", "points", "weekly", "annual", "flags");
    }

    void add(Budget b) {
      String person = b.person().value();
      out.printf("%-12s %-10s %-22s %6d %10s %11s  %s%n",
          Cells.escapeControls(person.length() > 12 ? person.substring(0, 11) + "~" : person),
          b.assessmentDate().map(LocalDate::toString).orElse("-"),
          Cells.escapeControls(b.ruleSetLabel()),
          b.totalPoints(),
          b.weekly(),
          b.annual(),
          flags(b));
    }
  }
}
