package uk.ras.examples.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.ras.RasException;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.RuleSetRegistry;
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
import uk.ras.examples.report.PortfolioPage;
import uk.ras.examples.scenarios.BlockContractScenario;
import uk.ras.money.Money;
import uk.ras.portfolio.Portfolio;
import uk.ras.portfolio.PortfolioReport;
import uk.ras.ruleset.StreamId;

/**
 * {@code ras portfolio}: allocates every row of an assessments CSV, as {@code ras allocate} does, and
 * adds the budgets up by funding stream, by how they are held and by pooled fund: each stream's
 * liability against its envelope, committed spend and headroom, and each pool's contributions,
 * liabilities and cross-subsidy. Each budget counts against the streams, envelopes and pools of the rule
 * version it was allocated under; when the budgets come from several versions the summary shows each
 * version's figures and the whole portfolio's as their sums. Amounts are a year.
 */
public final class PortfolioCommand {
  static final List<String> CSV_COLUMNS = List.of("section", "item", "stream", "measure", "value");

  @Command(
      name = "portfolio",
      description = {
        "Allocates every row as allocate does and reports the budgets a year by funding stream "
            + "(liability, envelope, committed, headroom), by budget holding and by pooled fund "
            + "(contributions, liabilities, committed, cross-subsidy, reserve), and unfunded need; each "
            + "budget against its own rule version's envelopes. Each option left out takes its default. "
            + "See docs/funding.md."
      },
      footerHeading = "%n",
      footer = {
        "Exit codes: 0 every row in the portfolio; 1 some rows rejected; 2 usage or rule-file error."
      })
  public static final class Options implements Ras.Subcommand {
    @Option(
        names = "--rules",
        paramLabel = "FILE",
        converter = CliValues.File.class,
        description = {
          "A rule file (.yaml, .yml or .json); repeatable, as for allocate.",
          "Default: the bundled Northshire 2025 and 2026 rules."
        })
    List<Path> rules = new ArrayList<>();

    @Option(
        names = "--assessments",
        paramLabel = "FILE.csv",
        converter = CliValues.File.class,
        description = {"The assessments CSV, as for allocate.", "Default: the bundled sample of 250 assessments."})
    Path assessments;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        converter = CliValues.Text.class,
        description = {
          "Also write the report as CSV (section,item,stream,measure,value) to FILE ('-': standard output; "
              + "the summary then goes to standard error).",
          "Default: the summary only, on standard output."
        })
    String out;

    @Option(
        names = "--scenario",
        paramLabel = "NAME",
        converter = CliValues.Text.class,
        description = {
          "A bundled scenario with its own rules and assessments: " + BlockContractScenario.NAME
              + " (\"unpicking a block contract\", docs/funding.md); not with --rules or --assessments.",
          "Default: none."
        })
    String scenario;
    @Mixin CliValues.Sheet sheet;

    @Option(
        names = "--report",
        paramLabel = "DIR",
        converter = CliValues.Folder.class,
        description = {
          "Also write DIR/" + REPORT_HTML + ": each rule version's streams (envelope, committed, headroom) and "
              + "pooled funds (contributions against liabilities) as charts and tables, and the unfunded need "
              + "(DIR is made if need be).",
          "Default: none."
        })
    Path report;

    @Spec CommandSpec spec;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      if (scenario != null && !scenario.equals(BlockContractScenario.NAME)) {
        throw new ParameterException(spec.commandLine(),
            "unknown scenario '" + scenario + "'; the bundled one is " + BlockContractScenario.NAME);
      }
      if (scenario != null && (!rules.isEmpty() || assessments != null)) {
        throw new ParameterException(spec.commandLine(),
            "--scenario brings its own rules and assessments; leave out --rules and --assessments");
      }
      return new PortfolioCommand(this, out, err).run();
    }
  }

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;

  PortfolioCommand(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  int run() throws UsageException {
    RuleSetRegistry registry;
    try {
      registry =
          options.scenario != null
              ? BlockContractScenario.registry()
              : options.rules.isEmpty() ? RuleFiles.bundled() : RuleFiles.load(options.rules);
    } catch (RasException e) {
      err.println("ras: the rules cannot be used:");
      err.println(e.getMessage());
      return Ras.USAGE;
    }
    for (Calculator c : registry.all()) {
      if (c.ruleSet().streams().isEmpty()) {
        throw new UsageException(
            "rule set " + c.ruleSet().label() + " declares no funding streams; a portfolio needs them (docs/funding.md)");
      }
    }
    Path outFile = options.out == null || options.out.equals("-") ? null : Path.of(options.out);
    PrintStream report = "-".equals(options.out) ? err : out;
    AllocateCommand.Options allocateOptions = new AllocateCommand.Options();
    AllocateCommand allocator = new AllocateCommand(allocateOptions, out, err);
    Portfolio portfolio = Portfolio.of(registry);
    long read = 0;
    FirstProblems<AllocateCommand.Rejection> rejections = new FirstProblems<>();
    long rejectedRows = 0;
    String source;
    List<String> readNotes;
    try (OutputFile file = outFile == null ? null : openOutput(outFile);
        AssessmentCsv csv = open()) {
      source = csv.source();
      List<AllocateCommand.Rejection> problems = new ArrayList<>();
      for (AssessmentCsv.Row row = csv.next(); row != null; row = csv.next()) {
        read++;
        problems.clear();
        Budget budget;
        try {
          budget = allocator.allocate(registry, csv, row, problems);
          if (budget != null) {
            try {
              portfolio.add(budget);
            } catch (IllegalArgumentException e) {
              problems.add(
                  new AllocateCommand.Rejection(row.row(), row.line(), budget.person().value(), "", e.getMessage()));
              budget = null;
            }
          }
        } catch (RuntimeException e) {
          // A bad value of any size or form rejects its row and never stops the run.
          problems.clear();
          problems.add(new AllocateCommand.Rejection(row.row(), row.line(), "", "", "the row cannot be allocated: " + e));
          budget = null;
        }
        if (budget == null) {
          rejectedRows++;
          problems.forEach(rejections::add);
        }
      }
      readNotes = ReadNotes.of(csv.source(), csv.emptyRows(), csv.separator());
      PortfolioReport r = portfolio.report();
      if (file != null) {
        try (CsvOut csvOut = CsvOut.to(file.stream())) {
          writeCsv(r, csvOut);
          csvOut.flush();
          file.commit();
        }
      } else if ("-".equals(options.out)) {
        CsvOut csvOut = CsvOut.to(out);
        writeCsv(r, csvOut);
        csvOut.flush();
      }
    } catch (TableReader.MalformedTableException e) {
      err.println("ras: the assessments file is not CSV: " + e.getMessage());
      return Ras.USAGE;
    } catch (IOException e) {
      err.println("ras: " + (e.getMessage() == null ? FileChecks.plainReason(e) : Cells.escapeControls(e.getMessage())));
      return Ras.USAGE;
    }
    PortfolioReport r = portfolio.report();
    List<String> labels = registry.all().stream().map(c -> c.ruleSet().label()).toList();
    report.println(
        Cells.escapeControls(
            labels.size() == 1
                ? "Rules: " + labels.get(0) + " (streams, envelopes and pools)"
                : "Rules: " + String.join(", ", labels) + " (each budget against its own version's envelopes)"));
    report.println("Assessments: " + Cells.escapeControls(source));
    if (outFile != null) {
      report.println("Portfolio written to: " + Cells.escapeControls(options.out));
    }
    report.printf("Rows read: %,d; in the portfolio: %,d; rejected: %,d%n", read, r.people(), rejectedRows);
    readNotes.forEach(note -> report.println("  Read " + note));
    for (AllocateCommand.Rejection rej : rejections.kept()) {
      report.println("  " + rej.describe());
    }
    if (rejections.notKept() > 0) {
      report.printf("  ... and %,d more problems, not shown (the first %,d are)%n", rejections.notKept(), FirstProblems.KEPT);
    }
    report.println();
    report.print(Cells.escapeControlsButLineFeeds(summary(r)));
    int exit = rejectedRows > 0 ? Ras.ROWS_REJECTED : Ras.OK;
    return htmlReport(r, String.join(", ", labels), source, exit);
  }

  public static final String REPORT_HTML = "portfolio.html";

  /**
   * Writes DIR/portfolio.html for --report, through a temporary file moved into place; returns the exit code,
   * or {@link Ras#USAGE} with the reason on standard error if the page cannot be written.
   */
  private int htmlReport(PortfolioReport r, String rules, String source, int exit) throws UsageException {
    if (options.report == null) {
      return exit;
    }
    try {
      List<Path> inputs = new ArrayList<>(options.rules);
      inputs.add(options.assessments);
      OutputFile.writeText(options.report, REPORT_HTML,
          PortfolioPage.html(rules, source, r, pool -> poolNotes(r, pool)), inputs.toArray(Path[]::new));
      return exit;
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      err.println("ras: cannot write the report to " + Cells.escapeControls(options.report.toString()) + ": "
          + FileChecks.plainReason(e));
      return Ras.USAGE;
    }
  }

  /** Refuses an output that is an input, then locks it and opens its temporary file. */
  private OutputFile openOutput(Path outFile) throws IOException, UsageException {
    try {
      List<Path> inputs = new ArrayList<>(options.rules);
      inputs.add(options.assessments);
      FileChecks.notAnInput(outFile, inputs.toArray(Path[]::new));
      return OutputFile.open(outFile);
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private AssessmentCsv open() throws IOException, UsageException {
    String resource =
        options.scenario != null
            ? BlockContractScenario.ASSESSMENTS
            : options.assessments == null ? AllocateCommand.SAMPLE : null;
    if (resource != null) {
      String source =
          options.scenario != null
              ? BlockContractScenario.ASSESSMENTS + " (bundled scenario " + options.scenario + ")"
              : AllocateCommand.SAMPLE + " (bundled)";
      return AssessmentCsv.open(source, PortfolioCommand.class.getResourceAsStream(RuleFiles.RESOURCE_DIR + resource));
    }
    // As ras allocate reads it: bytes that are not UTF-8 reject their row, not the whole file.
    return AssessmentCsv.open(options.assessments, options.sheet.name);
  }

  /** The readable summary; never null. */
  static String summary(PortfolioReport r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "Portfolio: %,d people, %s a week, %s a year%n%n", r.people(), r.weekly(), r.annual()));
    boolean severalVersions = r.versions().size() > 1;
    if (severalVersions) {
      s.append("By rule version (a year): each budget counts against the envelopes of the version it was allocated under\n");
      for (PortfolioReport.VersionLine v : r.versions()) {
        s.append(
            String.format(
                "  %s (in force from %s): %,d people, %s a year%n",
                v.ruleSetLabel(), v.effectiveFrom(), v.people(), v.annual()));
        streamTable(s, v.streams(), "    ");
      }
      s.append('\n');
      s.append("By funding stream, all versions together (a year; envelopes and headroom are each version's, above)\n");
    } else {
      s.append("By funding stream (a year)\n");
    }
    streamTable(s, r.streams(), "  ");
    s.append("  (committed: liability less inactive virtual budgets; headroom: envelope less committed)\n\n");
    unfunded(s, r);
    s.append("By budget holding and stream (a year)\n");
    StringBuilder head = new StringBuilder(String.format("  %-26s %6s", "holding", "people"));
    for (PortfolioReport.StreamLine st : r.streams()) {
      head.append(String.format(" %18s", abbreviate(st.name(), 18)));
    }
    s.append(head).append(String.format(" %15s%n", "total"));
    for (PortfolioReport.HoldingLine h : r.holdings()) {
      s.append(String.format("  %-26s %,6d", holdingName(h.holding()), h.people()));
      for (Money m : h.byStream()) {
        s.append(String.format(" %18s", m));
      }
      s.append(String.format(" %15s%n", h.total()));
    }
    for (PortfolioReport.VersionLine v : r.versions()) {
      for (PortfolioReport.PoolLine pool : v.pools()) {
        poolSection(s, r, pool, severalVersions ? ", " + v.ruleSetLabel() : "");
      }
    }
    return s.toString();
  }

  private static void poolSection(StringBuilder s, PortfolioReport r, PortfolioReport.PoolLine pool, String version) {
    s.append('\n').append("Pooled fund: ").append(pool.name()).append(version).append(" (a year)\n");
    s.append(
        String.format("  %-28s %15s %15s %15s%n", "stream", "contribution", "liability", "cross-subsidy"));
    for (PortfolioReport.PoolShare share : pool.shares()) {
      s.append(
          String.format(
              "  %-28s %15s %15s %15s%n",
              streamName(r, share.stream()), share.contribution(), share.liability(), share.crossSubsidy()));
    }
    s.append(String.format("  %-28s %15s %15s %15s%n", "pool", pool.total(), pool.liability(), pool.headroom()));
    for (String sentence : poolNotes(r, pool)) {
      s.append("  ").append(sentence).append('\n');
    }
  }

  /** The sentences under a pool, in the text summary and on the --report page: committed, cross-subsidy, reserve. */
  static List<String> poolNotes(PortfolioReport r, PortfolioReport.PoolLine pool) {
    List<String> notes = new ArrayList<>();
    notes.add(String.format("Committed (less inactive virtual budgets): %s of the pool's %s.", pool.committed(), pool.total()));
    boolean anySurplus = false;
    for (PortfolioReport.PoolShare share : pool.shares()) {
      if (share.crossSubsidy().isGreaterThan(Money.zero())) {
        anySurplus = true;
        notes.add(crossSubsidyText(r, pool, share));
      }
    }
    if (!anySurplus && pool.headroom().isNegative()) {
      // Every stream is short of its own people's need: none carries another's.
      notes.add(String.format(
          "No stream puts in more than its own people's need, so none carries another's: the pool is %s short.",
          pool.headroom().negated()));
    }
    if (pool.reservedFor().isPresent()) {
      notes.add(String.format(
          "Reserve: %s%% (%s) for people funded by %s alone, whose budgets come to %s.",
          pool.reservePercent().stripTrailingZeros().toPlainString(),
          pool.reserve(),
          streamName(r, pool.reservedFor().get()),
          pool.reservedLiability()));
    }
    return notes;
  }

  /** Need no stream the person is eligible for pays: people and points, by domain and by stream named. */
  private static void unfunded(StringBuilder s, PortfolioReport r) {
    if (r.unfundedPeople() == 0) {
      s.append("Unfunded need: none (every assessed point is paid by a stream the person is eligible for)\n\n");
      return;
    }
    s.append(
        String.format(
            "Unfunded need (paid by no stream the person is eligible for, so not priced): %,d people, %s points%n",
            r.unfundedPeople(), r.unfundedPoints().toPlainString()));
    s.append(String.format("  %-28s %6s %10s%n", "domain", "people", "points"));
    for (PortfolioReport.DomainLine d : r.unfundedByDomain()) {
      s.append(String.format("  %-28s %,6d %10s%n", d.name(), d.people(), d.points().toPlainString()));
    }
    s.append(String.format("  %-28s %6s %10s%n", "stream the rules name", "people", "points"));
    for (PortfolioReport.StreamLine line : r.streams()) {
      if (line.unfundedPeople() > 0) {
        s.append(
            String.format(
                "  %-28s %,6d %10s%n", line.name(), line.unfundedPeople(), line.unfundedPoints().toPlainString()));
      }
    }
    s.append('\n');
  }

  private static void streamTable(StringBuilder s, List<PortfolioReport.StreamLine> streams, String indent) {
    s.append(
        String.format(
            "%s%-28s %6s %15s %15s %15s %15s%n",
            indent, "stream", "people", "envelope", "liability", "committed", "headroom"));
    for (PortfolioReport.StreamLine line : streams) {
      s.append(
          String.format(
              "%s%-28s %,6d %15s %15s %15s %15s%n",
              indent,
              line.name(),
              line.people(),
              line.envelope().map(Money::toString).orElse("-"),
              line.liability(),
              line.committed(),
              line.headroom().map(Money::toString).orElse("-")));
    }
  }

  static void writeCsv(PortfolioReport r, CsvOut csv) throws IOException {
    csv.row(CSV_COLUMNS);
    csv.row(List.of("total", "all", "", "people", Integer.toString(r.people())));
    csv.row(List.of("total", "all", "", "weekly", r.weekly().toPlainString()));
    csv.row(List.of("total", "all", "", "annual", r.annual().toPlainString()));
    for (PortfolioReport.StreamLine line : r.streams()) {
      streamRows(csv, "stream", line.stream().value(), line);
    }
    csv.row(List.of("unfunded", "all", "", "people", Integer.toString(r.unfundedPeople())));
    csv.row(List.of("unfunded", "all", "", "points", r.unfundedPoints().toPlainString()));
    for (PortfolioReport.DomainLine d : r.unfundedByDomain()) {
      csv.row(List.of("unfunded", d.domain().value(), "", "people", Integer.toString(d.people())));
      csv.row(List.of("unfunded", d.domain().value(), "", "points", d.points().toPlainString()));
    }
    for (PortfolioReport.VersionLine v : r.versions()) {
      String label = v.ruleSetLabel();
      csv.row(List.of("version", label, "", "effective_from", v.effectiveFrom().toString()));
      csv.row(List.of("version", label, "", "people", Integer.toString(v.people())));
      csv.row(List.of("version", label, "", "annual", v.annual().toPlainString()));
      for (PortfolioReport.StreamLine line : v.streams()) {
        streamRows(csv, "version", label, line);
      }
    }
    for (PortfolioReport.HoldingLine h : r.holdings()) {
      String item = holdingName(h.holding());
      csv.row(List.of("holding", item, "", "people", Integer.toString(h.people())));
      for (int i = 0; i < r.streams().size(); i++) {
        csv.row(List.of("holding", item, r.streams().get(i).stream().value(), "annual", h.byStream().get(i).toPlainString()));
      }
      csv.row(List.of("holding", item, "", "annual", h.total().toPlainString()));
    }
    for (PortfolioReport.VersionLine v : r.versions()) {
      for (PortfolioReport.PoolLine pool : v.pools()) {
        poolRows(csv, r.versions().size() == 1 ? pool.pool() : v.ruleSetLabel() + "/" + pool.pool(), pool);
      }
    }
    csv.flush();
  }

  /** A pool's rows; {@code item} names the pool, and its version when the budgets come from several. */
  private static void poolRows(CsvOut csv, String item, PortfolioReport.PoolLine pool) throws IOException {
    for (PortfolioReport.PoolShare share : pool.shares()) {
      String id = share.stream().value();
      csv.row(List.of("pool", item, id, "contribution", share.contribution().toPlainString()));
      csv.row(List.of("pool", item, id, "liability", share.liability().toPlainString()));
      csv.row(List.of("pool", item, id, "cross_subsidy", share.crossSubsidy().toPlainString()));
    }
    csv.row(List.of("pool", item, "", "total", pool.total().toPlainString()));
    csv.row(List.of("pool", item, "", "liability", pool.liability().toPlainString()));
    csv.row(List.of("pool", item, "", "committed", pool.committed().toPlainString()));
    csv.row(List.of("pool", item, "", "headroom", pool.headroom().toPlainString()));
    String reserved = pool.reservedFor().map(StreamId::value).orElse("");
    csv.row(List.of("pool", item, reserved, "reserve_percent", pool.reservePercent().toPlainString()));
    csv.row(List.of("pool", item, reserved, "reserve", pool.reserve().toPlainString()));
    csv.row(List.of("pool", item, reserved, "reserved_liability", pool.reservedLiability().toPlainString()));
  }

  private static void streamRows(CsvOut csv, String section, String item, PortfolioReport.StreamLine line)
      throws IOException {
    String id = line.stream().value();
    csv.row(List.of(section, item, id, "people", Integer.toString(line.people())));
    csv.row(List.of(section, item, id, "envelope", plain(line.envelope())));
    csv.row(List.of(section, item, id, "liability", line.liability().toPlainString()));
    csv.row(List.of(section, item, id, "committed", line.committed().toPlainString()));
    csv.row(List.of(section, item, id, "headroom", plain(line.headroom())));
    csv.row(List.of(section, item, id, "unfunded_people", Integer.toString(line.unfundedPeople())));
    csv.row(List.of(section, item, id, "unfunded_points", line.unfundedPoints().toPlainString()));
  }

  private static String plain(Optional<Money> m) {
    return m.map(Money::toPlainString).orElse("");
  }

  static String holdingName(Optional<uk.ras.assessment.BudgetHolding> h) {
    return h.map(FactColumns::name).orElse("not_recorded");
  }

  private static String streamName(PortfolioReport r, StreamId id) {
    return r.streams().stream()
        .filter(s -> s.stream().equals(id))
        .map(PortfolioReport.StreamLine::name)
        .findFirst()
        .orElse(id.value());
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }

  /**
   * What a stream's surplus in a pool means. It carries another stream's need only when another stream
   * of the pool puts in less than its own people's need, and then only its share of that shortfall
   * ({@link PortfolioReport.PoolShare#carried()}); the rest of the surplus is unspent.
   */
  static String crossSubsidyText(PortfolioReport r, PortfolioReport.PoolLine pool, PortfolioReport.PoolShare share) {
    String name = streamName(r, share.stream());
    List<String> shortOf = new ArrayList<>();
    for (PortfolioReport.PoolShare other : pool.shares()) {
      if (other.liability().isGreaterThan(other.contribution())) {
        shortOf.add(streamName(r, other.stream()));
      }
    }
    String surplus = name + " puts in " + share.crossSubsidy() + " more than its own people's need";
    if (shortOf.isEmpty()) {
      return surplus + "; no other stream of the pool is short, so it is unspent.";
    }
    Money unspent = share.crossSubsidy().minus(share.carried());
    return surplus + ": it carries " + share.carried() + " of " + String.join(" and ", shortOf) + "'s need"
        + (unspent.isZero() ? "." : "; the other " + unspent + " is unspent.");
  }

}
