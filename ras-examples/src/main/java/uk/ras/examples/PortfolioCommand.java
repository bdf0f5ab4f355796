package uk.ras.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.ras.RasException;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.FirstProblems;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.allocation.Budget;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.ruleset.FundingStream;
import uk.ras.portfolio.Portfolio;
import uk.ras.portfolio.PortfolioReport;
import uk.ras.ruleset.StreamId;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/**
 * {@code ras portfolio}: allocates every row of an assessments CSV, as {@code ras allocate} does, and
 * adds the budgets up by funding stream, by how they are held and by pooled fund: each stream's
 * liability against its envelope, committed spend and headroom, and each pool's contributions,
 * liabilities and cross-subsidy. Streams, envelopes and pools are those of the latest rule set; budgets
 * allocated under an older version count towards the same stream ids. Amounts are a year.
 */
final class PortfolioCommand {
  static final List<String> CSV_COLUMNS = List.of("section", "item", "stream", "measure", "value");

  @Command(
      name = "portfolio",
      description = {
        "Allocates every row as allocate does and reports the budgets a year by funding stream "
            + "(liability, envelope, committed, headroom), by budget holding and by pooled fund "
            + "(contributions, liabilities, cross-subsidy, reserve). Streams, envelopes and pools are the "
            + "latest rules'. Each option left out takes its default. See docs/funding.md."
      },
      footerHeading = "%n",
      footer = {
        "Exit codes: 0 every row in the portfolio; 1 some rows rejected; 2 usage or rule-file error."
      })
  static final class Options implements Ras.Subcommand {
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
    RuleSet rules = registry.latest().ruleSet();
    if (rules.streams().isEmpty()) {
      throw new UsageException(
          "rule set " + rules.label() + " declares no funding streams; a portfolio needs them (docs/funding.md)");
    }
    Path outFile = options.out == null || options.out.equals("-") ? null : Path.of(options.out);
    PrintStream report = "-".equals(options.out) ? err : out;
    AllocateCommand.Options allocateOptions = new AllocateCommand.Options();
    AllocateCommand allocator = new AllocateCommand(allocateOptions, out, err);
    Portfolio portfolio = Portfolio.of(rules);
    long read = 0;
    FirstProblems<AllocateCommand.Rejection> rejections = new FirstProblems<>();
    long rejectedRows = 0;
    String source;
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
      PortfolioReport r = portfolio.report();
      if (file != null) {
        try (CsvOut csvOut = CsvOut.to(file.stream())) {
          writeCsv(r, rules, csvOut);
          csvOut.flush();
          file.commit();
        }
      } else if ("-".equals(options.out)) {
        CsvOut csvOut = CsvOut.to(out);
        writeCsv(r, rules, csvOut);
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
    report.println(Cells.escapeControls("Rules: " + rules.label() + " (streams, envelopes and pools)"));
    report.println("Assessments: " + Cells.escapeControls(source));
    if (outFile != null) {
      report.println("Portfolio written to: " + Cells.escapeControls(options.out));
    }
    report.printf("Rows read: %,d; in the portfolio: %,d; rejected: %,d%n", read, r.people(), rejectedRows);
    for (AllocateCommand.Rejection rej : rejections.kept()) {
      report.println("  " + rej.describe());
    }
    if (rejections.notKept() > 0) {
      report.printf("  ... and %,d more problems, not shown (the first %,d are)%n", rejections.notKept(), FirstProblems.KEPT);
    }
    report.println();
    report.print(Cells.escapeControlsButLineFeeds(summary(r, rules)));
    return rejectedRows > 0 ? Ras.ROWS_REJECTED : Ras.OK;
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
  static String summary(PortfolioReport r, RuleSet rules) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "Portfolio: %,d people, %s a week, %s a year%n%n", r.people(), r.weekly(), r.annual()));
    s.append("By funding stream (a year)\n");
    s.append(
        String.format(
            "  %-28s %6s %15s %15s %15s %15s%n",
            "stream", "people", "envelope", "liability", "committed", "headroom"));
    for (PortfolioReport.StreamLine line : r.streams()) {
      s.append(
          String.format(
              "  %-28s %,6d %15s %15s %15s %15s%n",
              line.name(),
              line.people(),
              line.envelope().map(Money::toString).orElse("-"),
              line.liability(),
              line.committed(),
              line.headroom().map(Money::toString).orElse("-")));
    }
    s.append("  (committed: liability less inactive virtual budgets; headroom: envelope less committed)\n\n");
    s.append("By budget holding and stream (a year)\n");
    StringBuilder head = new StringBuilder(String.format("  %-26s %6s", "holding", "people"));
    for (FundingStream st : rules.streams()) {
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
    for (PortfolioReport.PoolLine pool : r.pools()) {
      s.append('\n').append("Pooled fund: ").append(pool.name()).append(" (a year)\n");
      s.append(
          String.format("  %-28s %15s %15s %15s%n", "stream", "contribution", "liability", "cross-subsidy"));
      for (PortfolioReport.PoolShare share : pool.shares()) {
        s.append(
            String.format(
                "  %-28s %15s %15s %15s%n",
                streamName(rules, share.stream()), share.contribution(), share.liability(), share.crossSubsidy()));
      }
      s.append(String.format("  %-28s %15s %15s %15s%n", "pool", pool.total(), pool.liability(), pool.headroom()));
      s.append(
          String.format(
              "  Committed (less inactive virtual budgets): %s of the pool's %s.%n", pool.committed(), pool.total()));
      for (PortfolioReport.PoolShare share : pool.shares()) {
        if (share.crossSubsidy().isGreaterThan(Money.zero())) {
          s.append(String.format("  %s%n", crossSubsidyText(rules, pool, share)));
        }
      }
      if (pool.reservedFor().isPresent()) {
        s.append(
            String.format(
                "  Reserve: %s%% (%s) for people funded by %s alone, whose budgets come to %s.%n",
                pool.reservePercent().stripTrailingZeros().toPlainString(),
                pool.reserve(),
                streamName(rules, pool.reservedFor().get()),
                pool.reservedLiability()));
      }
    }
    return s.toString();
  }

  static void writeCsv(PortfolioReport r, RuleSet rules, CsvOut csv) throws IOException {
    csv.row(CSV_COLUMNS);
    csv.row(List.of("total", "all", "", "people", Integer.toString(r.people())));
    csv.row(List.of("total", "all", "", "weekly", r.weekly().toPlainString()));
    csv.row(List.of("total", "all", "", "annual", r.annual().toPlainString()));
    for (PortfolioReport.StreamLine line : r.streams()) {
      String id = line.stream().value();
      csv.row(List.of("stream", id, id, "people", Integer.toString(line.people())));
      csv.row(List.of("stream", id, id, "envelope", plain(line.envelope())));
      csv.row(List.of("stream", id, id, "liability", line.liability().toPlainString()));
      csv.row(List.of("stream", id, id, "committed", line.committed().toPlainString()));
      csv.row(List.of("stream", id, id, "headroom", plain(line.headroom())));
    }
    for (PortfolioReport.HoldingLine h : r.holdings()) {
      String item = holdingName(h.holding());
      csv.row(List.of("holding", item, "", "people", Integer.toString(h.people())));
      for (int i = 0; i < rules.streams().size(); i++) {
        csv.row(List.of("holding", item, rules.streams().get(i).id().value(), "annual", h.byStream().get(i).toPlainString()));
      }
      csv.row(List.of("holding", item, "", "annual", h.total().toPlainString()));
    }
    for (PortfolioReport.PoolLine pool : r.pools()) {
      for (PortfolioReport.PoolShare share : pool.shares()) {
        String id = share.stream().value();
        csv.row(List.of("pool", pool.pool(), id, "contribution", share.contribution().toPlainString()));
        csv.row(List.of("pool", pool.pool(), id, "liability", share.liability().toPlainString()));
        csv.row(List.of("pool", pool.pool(), id, "cross_subsidy", share.crossSubsidy().toPlainString()));
      }
      csv.row(List.of("pool", pool.pool(), "", "total", pool.total().toPlainString()));
      csv.row(List.of("pool", pool.pool(), "", "liability", pool.liability().toPlainString()));
      csv.row(List.of("pool", pool.pool(), "", "committed", pool.committed().toPlainString()));
      csv.row(List.of("pool", pool.pool(), "", "headroom", pool.headroom().toPlainString()));
      csv.row(List.of("pool", pool.pool(), pool.reservedFor().map(StreamId::value).orElse(""), "reserve_percent",
          pool.reservePercent().toPlainString()));
      csv.row(List.of("pool", pool.pool(), pool.reservedFor().map(StreamId::value).orElse(""), "reserve",
          pool.reserve().toPlainString()));
      csv.row(List.of("pool", pool.pool(), pool.reservedFor().map(StreamId::value).orElse(""), "reserved_liability",
          pool.reservedLiability().toPlainString()));
    }
    csv.flush();
  }

  private static String plain(Optional<Money> m) {
    return m.map(Money::toPlainString).orElse("");
  }

  static String holdingName(Optional<uk.ras.assessment.BudgetHolding> h) {
    return h.map(FactColumns::name).orElse("not_recorded");
  }

  private static String streamName(RuleSet rules, StreamId id) {
    return rules.streams().stream().filter(s -> s.id().equals(id)).map(FundingStream::name).findFirst().orElse(id.value());
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }

  /**
   * What a stream's surplus in a pool means. It carries another stream's need only when another stream
   * of the pool puts in less than its own people's need; when none does, the surplus is unspent.
   */
  static String crossSubsidyText(RuleSet rules, PortfolioReport.PoolLine pool, PortfolioReport.PoolShare share) {
    String name = streamName(rules, share.stream());
    Money shortfall = Money.zero();
    java.util.List<String> shortOf = new java.util.ArrayList<>();
    for (PortfolioReport.PoolShare other : pool.shares()) {
      if (!other.stream().equals(share.stream()) && other.liability().isGreaterThan(other.contribution())) {
        shortfall = shortfall.plus(other.liability().minus(other.contribution()));
        shortOf.add(streamName(rules, other.stream()));
      }
    }
    if (shortfall.isZero()) {
      return name + " puts in " + share.crossSubsidy()
          + " more than its own people's need; no other stream of the pool is short, so it is unspent.";
    }
    return name + " puts in " + share.crossSubsidy() + " more than its own people's need: it carries "
        + Money.min(share.crossSubsidy(), shortfall) + " of " + String.join(" and ", shortOf) + "'s need.";
  }
}
