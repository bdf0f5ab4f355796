package uk.ras.examples.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.ras.RasException;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.assessment.Assessment;
import uk.ras.comparison.Comparison;
import uk.ras.comparison.ComparisonResult;
import uk.ras.comparison.NeedSpend;
import uk.ras.comparison.PersonComparison;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Costing;
import uk.ras.costing.CostingProblem;
import uk.ras.costing.InvalidCostingException;
import uk.ras.costing.NoRatesInForceException;
import uk.ras.costing.Rates;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.AssessmentCsv;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.examples.report.ComparisonReport;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;

/**
 * {@code ras compare}: each person's RAS figure (their assessment under the rules) beside their cost figure
 * (their cost plan under the rates), written as {@code DIR/comparison.csv} and {@code DIR/comparison.html}
 * (docs/costing.md). Bad assessment rows are reported with their row numbers and the rest go on. Exit
 * codes: 0 done; 1 done, with input problems reported (rejected rows, people in only one of the inputs,
 * invalid plans); 2 a usage or rule-file error.
 */
@Command(
    name = "compare",
    description = {
      "Sets each person's RAS figure beside the cost figure of their cost plan: the difference in pounds and "
          + "percent, a tolerance flag, what the plan spends most on, how well points predict cost, and who "
          + "differs most. Writes DIR/comparison.csv and DIR/comparison.html. See docs/costing.md."
    },
    footerHeading = "%n",
    footer = {
      "Exit codes: 0 done; 1 done, with input problems on standard error (rejected rows, people in only one "
          + "input, invalid plans); 2 usage or rule-file error."
    })
public final class CompareCommand implements Ras.Subcommand {
  static final String BUNDLED_ASSESSMENTS = "costing/rowan-house-assessments.csv";
  static final String CSV = "comparison.csv";
  public static final String HTML = "comparison.html";
  static final List<String> COLUMNS =
      List.of(
          "person_id", "plan", "points", "ras_weekly", "cost_weekly", "difference_weekly", "difference_percent",
          "within_tolerance", "top_needs");

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      converter = CliValues.File.class,
      description = {
        "A rule file (repeatable: each assessment is allocated by the rules in force on its date).",
        "Default: the bundled Northshire rules, 2025 and 2026."
      })
  List<Path> rules = new ArrayList<>();

  @Option(
      names = "--assessments",
      paramLabel = "FILE",
      converter = CliValues.File.class,
      description = {"The assessments CSV or .xlsx workbook.", "Default: the bundled assessments of Rowan House's six."})
  Path assessments;

  @Option(
      names = "--plans",
      paramLabel = "FILE",
      converter = CliValues.File.class,
      description = {"A cost-plan file (repeatable: a person's or a house's).", "Default: the bundled Rowan House."})
  List<Path> plans = new ArrayList<>();

  @Option(
      names = "--rates",
      paramLabel = "FILE",
      converter = CliValues.File.class,
      description = {"A rate file (repeatable), as for cost.", "Default: the bundled rates for 2025/26 and 2026/27."})
  List<Path> rates = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = CliValues.Date.class,
      description = {"Cost the plans under the rates in force on this date.", "Default: today."})
  LocalDate date;

  @Option(
      names = "--tolerance",
      paramLabel = "PERCENT",
      converter = CliValues.Percent.class,
      description = {"A difference within this share of the RAS figure, either way, is within tolerance.", "Default: 10%%."})
  BigDecimal tolerance = BigDecimal.TEN;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      converter = CliValues.Folder.class,
      description = {"The directory to write comparison.csv and comparison.html to (made if need be).",
        "Default: target/comparison."})
  Path out = Path.of("target", "comparison");

  @Override
  public int run(PrintStream stdout, PrintStream err) throws UsageException {
    LocalDate on = date != null ? date : LocalDate.now();
    List<String> warnings = new ArrayList<>();
    RuleSetRegistry registry;
    try {
      registry = rules.isEmpty() ? RuleFiles.bundled() : RuleFiles.load(rules);
    } catch (RasException e) {
      err.println("ras: the rules cannot be used:");
      err.println(e.getMessage());
      return Ras.USAGE;
    }
    Path csvFile = out.resolve(CSV);
    Path htmlFile = out.resolve(HTML);
    try {
      for (Path output : List.of(csvFile, htmlFile)) {
        List<Path> inputs = new ArrayList<>(rules);
        inputs.addAll(plans);
        inputs.addAll(rates);
        inputs.add(assessments);
        FileChecks.notAnInput(output, inputs.toArray(Path[]::new));
      }
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    }
    List<Costing> costings = new ArrayList<>();
    try {
      Rates r = CostCommand.readRates(rates);
      List<Path> planFiles = plans.isEmpty() ? java.util.Collections.singletonList((Path) null) : plans;
      for (Path planFile : planFiles) {
        String source = planFile == null ? "rowan-house.yaml (bundled)" : planFile.toString();
        try {
          CostPlan plan = CostCommand.readPlan(planFile);
          costings.add(plan.cost(r, on));
        } catch (RuleFileException e) {
          e.problems().stream().map(RuleFileProblem::toString).forEach(warnings::add);
        } catch (InvalidCostingException e) {
          for (CostingProblem p : e.problems()) {
            warnings.add(source + " " + p);
          }
        }
      }
    } catch (RuleFileException e) {
      for (RuleFileProblem p : e.problems()) {
        err.println(p);
      }
      return Ras.USAGE;
    } catch (NoRatesInForceException e) {
      err.println("ras: --date: " + e.getMessage());
      return Ras.USAGE;
    }
    List<Budget> budgets = new ArrayList<>();
    try (AssessmentCsv csv = openAssessments()) {
      for (AssessmentCsv.Row row = csv.next(); row != null; row = csv.next()) {
        String where = csv.source() + " row " + row.row() + " (line " + row.line() + ")";
        String person = csv.person(row);
        Assessment assessment =
            csv.assessment(
                row,
                p -> warnings.add(where + (person.isEmpty() ? "" : ", person " + person)
                    + (p.column().isEmpty() ? "" : ", column " + p.column()) + ": " + p.reason()));
        if (assessment == null) {
          continue;
        }
        try {
          Calculator calculator = registry.inForceOn(assessment.date().orElse(on));
          budgets.add(calculator.allocate(assessment, Detail.FIGURES));
        } catch (RasException e) {
          warnings.add(where + ", person " + person + ": " + e.getMessage().replace('\n', ' '));
        }
      }
    } catch (TableReader.MalformedTableException e) {
      err.println("ras: " + e.getMessage());
      return Ras.USAGE;
    } catch (IOException e) {
      err.println("ras: cannot read the assessments: " + FileChecks.plainReason(e));
      return Ras.USAGE;
    }
    ComparisonResult result;
    try {
      result = Comparison.of(budgets, costings, tolerance);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    result.costedNotAssessed().forEach(p -> warnings.add("person " + p + " is in a plan but has no assessment"));
    result.assessedNotCosted().forEach(p -> warnings.add("person " + p + " is assessed but in no plan"));
    String basis =
        "Rules: " + registry.all().stream().map(c -> c.ruleSet().label()).collect(Collectors.joining(", "))
            + ". Plans costed on " + on + " under \"" + (costings.isEmpty() ? "-" : costings.get(0).rates().ratesName())
            + "\": " + costings.stream().map(Costing::planName).collect(Collectors.joining(", ")) + ".";
    try {
      Files.createDirectories(out);
      try (OutputFile file = OutputFile.open(csvFile);
          CsvOut csv = CsvOut.to(file.stream())) {
        writeCsv(result, csv);
        csv.flush();
        file.commit();
      }
      try (OutputFile file = OutputFile.open(htmlFile)) {
        file.stream().write(
            ComparisonReport.html(new ComparisonReport.Inputs("RAS and cost, side by side", result, basis, CSV, warnings.size()))
                .getBytes(StandardCharsets.UTF_8));
        file.commit();
      }
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      err.println("ras: cannot write to " + out + ": " + FileChecks.plainReason(e));
      return Ras.USAGE;
    }
    for (String line : result.explanation()) {
      stdout.println(Cells.escapeControls(line));
    }
    stdout.println("Wrote " + csvFile + " and " + htmlFile + ".");
    warnings.forEach(w -> err.println("ras: warning: " + Cells.escapeControls(w)));
    return warnings.isEmpty() ? Ras.OK : Ras.ROWS_REJECTED;
  }

  private AssessmentCsv openAssessments() throws IOException, UsageException {
    if (assessments == null) {
      byte[] bytes = RuleFiles.resource(BUNDLED_ASSESSMENTS).getBytes(StandardCharsets.UTF_8);
      return AssessmentCsv.open("rowan-house-assessments.csv (bundled)", new ByteArrayInputStream(bytes));
    }
    return AssessmentCsv.open(assessments, null);
  }

  private static void writeCsv(ComparisonResult result, CsvOut csv) throws IOException {
    csv.row(COLUMNS);
    for (PersonComparison p : result.people()) {
      csv.row(
          p.person().value(),
          p.plan(),
          Integer.toString(p.points()),
          p.ras().toPlainString(),
          p.cost().toPlainString(),
          p.difference().toPlainString(),
          p.differencePercent().map(BigDecimal::toPlainString).orElse(""),
          Boolean.toString(p.withinTolerance()),
          p.needs().stream().limit(3).map(NeedSpend::domain).collect(Collectors.joining(";")));
    }
  }
}
