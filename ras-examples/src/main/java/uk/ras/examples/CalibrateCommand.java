package uk.ras.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ras.RasException;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.calibration.Calibration;
import uk.ras.calibration.CalibrationResult;
import uk.ras.calibration.CostAccumulator;
import uk.ras.calibration.CostSample;
import uk.ras.calibration.DegenerateDataException;
import uk.ras.calibration.EnvelopeException;
import uk.ras.calibration.PersonChange;
import uk.ras.calibration.PointsFit;
import uk.ras.calibration.TransitionPlan;
import uk.ras.calibration.TransitionalProtection;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.examples.report.CalibrationReport;
import uk.ras.money.Money;
import uk.ras.rules.RuleSetReader;
import uk.ras.rules.RuleSetWriter;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.RuleSet;

/**
 * {@code ras calibrate}: reads a rule set, assessments and current package costs, runs the library's
 * {@link Calibration} (fit, take-up, envelope, price choice, impact, transitional protection, version),
 * and writes the recalibrated rule file, a per-person CSV, a self-contained HTML report and a summary.
 * Every figure comes from the {@link CalibrationResult}; this class only reads, calls and writes. With
 * no options it runs the bundled "pilot council" scenario.
 */
final class CalibrateCommand {
  static final String RULES_FILE_PREFIX = "calibrated-";
  static final String PEOPLE_CSV = "people.csv";
  static final String REPORT_HTML = "report.html";
  static final List<String> PEOPLE_COLUMNS = List.of(
      "person_id", "client_group", "total_points", "current_weekly", "fitted_weekly", "proposed_weekly",
      "change_weekly", "change_percent", "year1_weekly", "year1_grant_annual", "year_reached");

  static final class Options {
    Path rules;
    Path assessments;
    Path currentCosts;
    Money envelope;
    BigDecimal contingencyPercent;
    BigDecimal takeUp;
    BigDecimal protectPercent;
    Integer protectYears;
    LocalDate effectiveFrom;
    String version;
    Path out;
    boolean scenario;
    /** The sheet of .xlsx inputs to read; null for the first. */
    String sheet;

    static Options parse(String[] args) throws UsageException {
      CommandLine line =
          CommandLine.parse(
              args,
              Set.of("--rules", "--assessments", "--current-costs", "--envelope", "--contingency", "--take-up",
                  "--protect", "--protect-years", "--effective-from", "--version", "--out", "--sheet"),
              Set.of("--scenario"));
      Options o = new Options();
      o.scenario = line.isEmpty() || line.has("--scenario");
      o.rules = line.one("--rules").map(Path::of).orElse(null);
      o.assessments = line.one("--assessments").map(Path::of).orElse(null);
      o.currentCosts = line.one("--current-costs").map(Path::of).orElse(null);
      o.out = line.one("--out").map(Path::of).orElse(null);
      o.version = line.one("--version").orElse(null);
      o.sheet = line.one("--sheet").orElse(null);
      Optional<String> envelope = line.one("--envelope");
      if (envelope.isPresent()) {
        o.envelope = money("--envelope", envelope.get());
      }
      Optional<String> contingency = line.one("--contingency");
      if (contingency.isPresent()) {
        o.contingencyPercent = percent("--contingency", contingency.get(), false);
      }
      Optional<String> takeUp = line.one("--take-up");
      if (takeUp.isPresent()) {
        o.takeUp = percent("--take-up", takeUp.get(), false).movePointLeft(2);
      }
      Optional<String> protect = line.one("--protect");
      if (protect.isPresent()) {
        o.protectPercent = percent("--protect", protect.get(), true);
      }
      Optional<String> years = line.one("--protect-years");
      if (years.isPresent()) {
        o.protectYears = whole("--protect-years", years.get());
        if (o.protectYears < 1 || o.protectYears > TransitionalProtection.MAX_YEARS) {
          throw new UsageException("option --protect-years must be from 1 to " + TransitionalProtection.MAX_YEARS);
        }
      }
      Optional<String> from = line.one("--effective-from");
      if (from.isPresent()) {
        try {
          o.effectiveFrom = LocalDate.parse(from.get());
        } catch (DateTimeParseException e) {
          throw new UsageException("option --effective-from needs a date YYYY-MM-DD, not '" + from.get() + "'");
        }
      }
      if (o.scenario) {
        if (o.envelope == null) {
          o.envelope = Money.parse(PilotCouncil.ENVELOPE);
        }
        if (o.contingencyPercent == null) {
          o.contingencyPercent = percent("--contingency", PilotCouncil.CONTINGENCY, false);
        }
        if (o.protectPercent == null) {
          o.protectPercent = percent("--protect", PilotCouncil.PROTECT, true);
          if (o.protectYears == null) {
            o.protectYears = PilotCouncil.PROTECT_YEARS;
          }
        }
        if (o.out == null) {
          o.out = Path.of("target", "calibration-pilot-council");
        }
      } else {
        for (Object[] required : new Object[][] {
            {o.assessments, "--assessments"}, {o.currentCosts, "--current-costs"}, {o.envelope, "--envelope"},
            {o.out, "--out"}}) {
          if (required[0] == null) {
            throw new UsageException("calibrate needs " + required[1] + " (or no options at all for the bundled scenario)");
          }
        }
      }
      if (o.contingencyPercent == null) {
        o.contingencyPercent = BigDecimal.ZERO;
      }
      return o;
    }

    private static Money money(String name, String value) throws UsageException {
      try {
        return Money.parse(value.replace(",", "").replace("£", ""));
      } catch (NumberFormatException | ArithmeticException e) {
        throw new UsageException("option " + name + " needs an amount in pounds such as 9300000, not '" + value + "'");
      }
    }

    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)%?(/year)?");

    private static BigDecimal percent(String name, String value, boolean perYear) throws UsageException {
      Matcher m = PERCENT.matcher(value.strip());
      if (!m.matches() || (m.group(2) != null && !perYear)) {
        throw new UsageException("option " + name + " needs a percentage such as "
            + (perYear ? "10%/year" : "5%") + ", not '" + value + "'");
      }
      return new BigDecimal(m.group(1));
    }

    private static int whole(String name, String value) throws UsageException {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new UsageException("option " + name + " needs a whole number, not '" + value + "'");
      }
    }
  }


  private final Options options;
  private final PrintStream out;
  private final PrintStream err;

  CalibrateCommand(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  int run() throws UsageException {
    RuleSet rules;
    try {
      rules = options.rules == null ? RuleFiles.bundledRuleSet(PilotCouncil.RULES) : readRules(options.rules);
    } catch (RasException e) {
      err.println("ras: the rules cannot be used:");
      err.println(e.getMessage());
      return Ras.USAGE;
    }
    Calibration calibration = configure(rules);
    Path rulesFile;
    Path peopleFile = options.out.resolve(PEOPLE_CSV);
    Path reportFile = options.out.resolve(REPORT_HTML);
    try {
      for (Path output : List.of(peopleFile, reportFile)) {
        FileChecks.notAnInput(output, options.rules, options.assessments, options.currentCosts);
      }
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    }
    List<String> warnings = new ArrayList<>();
    CalibrationResult result;
    try (AssessmentCsv assessments = openAssessments();
        TableReader costs = openCosts()) {
      result = calibration.run(read(rules, assessments, costs, warnings));
    } catch (TableReader.MalformedTableException e) {
      err.println("ras: " + e.getMessage());
      return Ras.USAGE;
    } catch (IOException e) {
      err.println("ras: cannot read the input: " + FileChecks.plainReason(e));
      return Ras.USAGE;
    } catch (DegenerateDataException e) {
      err.println("ras: the data cannot be calibrated (" + e.reason() + "): " + e.getMessage());
      return Ras.USAGE;
    } catch (EnvelopeException e) {
      err.println("ras: no price fits the envelope (" + e.kind() + "): " + e.getMessage());
      return Ras.USAGE;
    }
    String title = options.scenario ? "A pilot council: calibration of " + rules.label() : "Calibration of " + rules.label();
    try {
      Files.createDirectories(options.out);
      rulesFile = options.out.resolve(RULES_FILE_PREFIX + rules.id() + "-" + result.proposed().version() + ".yaml");
      FileChecks.notAnInput(rulesFile, options.rules, options.assessments, options.currentCosts);
      // Each file is whole or, if the run fails before it is moved into place, the previous one.
      write(rulesFile, RuleSetWriter.create().toYaml(result.proposed()));
      try (OutputFile file = OutputFile.open(peopleFile);
          CsvOut csv = CsvOut.to(file.stream())) {
        writePeople(result, csv);
        csv.flush();
        file.commit();
      }
      write(reportFile, CalibrationReport.html(new CalibrationReport.Inputs(title, result,
          rulesFile.getFileName().toString(), PEOPLE_CSV, warnings.size())));
      printSummary(title, result, rulesFile, reportFile);
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      err.println("ras: cannot write to " + options.out + ": " + FileChecks.plainReason(e));
      return Ras.USAGE;
    }
    warnings.forEach(w -> err.println("ras: warning: " + Cells.escapeControls(w)));
    return warnings.isEmpty() ? Ras.OK : Ras.ROWS_REJECTED;
  }

  /** Writes text to a file through a temporary file moved into place. */
  private static void write(Path file, String text) throws IOException, UnusableFileException {
    try (OutputFile out = OutputFile.open(file)) {
      out.stream().write(text.getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
  }

  private AssessmentCsv openAssessments() throws IOException, UsageException {
    if (options.assessments == null) {
      byte[] bytes = RuleFiles.resource(PilotCouncil.ASSESSMENTS).getBytes(StandardCharsets.UTF_8);
      return AssessmentCsv.open(PilotCouncil.ASSESSMENTS + " (bundled)", new ByteArrayInputStream(bytes));
    }
    return AssessmentCsv.open(options.assessments, options.sheet);
  }

  private TableReader openCosts() throws IOException, UsageException {
    if (options.currentCosts == null) {
      byte[] bytes = RuleFiles.resource(PilotCouncil.COSTS).getBytes(StandardCharsets.UTF_8);
      return TableReader.csv(PilotCouncil.COSTS + " (bundled)", new ByteArrayInputStream(bytes));
    }
    try {
      return TableReader.open(options.currentCosts, "current costs file", options.sheet);
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static RuleSet readRules(Path file) throws UsageException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("rule file not found: " + file);
    }
    try {
      return RuleSetReader.create().read(file);
    } catch (IOException e) {
      throw new UsageException("cannot read the rule file: " + e);
    }
  }

  /** The options as a calibration of the rules; a value the library refuses is a usage error naming its option. */
  private Calibration configure(RuleSet rules) throws UsageException {
    // The library's defaults for cross-validation (10 folds, seed 20270401), outliers and cliff edges.
    Calibration calibration = Calibration.of(rules);
    String option = "--envelope";
    try {
      calibration = calibration.envelope(options.envelope);
      option = "--contingency";
      calibration = calibration.contingency(options.contingencyPercent);
      option = "--take-up";
      if (options.takeUp != null) {
        calibration = calibration.takeUp(options.takeUp);
      }
      option = "--protect";
      if (options.protectPercent != null) {
        TransitionalProtection rule = TransitionalProtection.limitingFallTo(options.protectPercent);
        if (options.protectYears != null) {
          rule = rule.endingAfter(options.protectYears);
        }
        calibration = calibration.protect(rule);
      }
      option = "--effective-from";
      if (options.effectiveFrom != null) {
        calibration = calibration.effectiveFrom(options.effectiveFrom);
      }
      option = "--version";
      if (options.version != null) {
        calibration = calibration.version(options.version);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("option " + option + ": " + e.getMessage());
    }
    return calibration;
  }

  /** Each person with both an assessment and a current cost, allocated under the rules. */
  private static CostSample read(
      RuleSet rules, AssessmentCsv csv, TableReader costsTable, List<String> warnings)
      throws IOException, UsageException {
    String costsName = costsTable.source();
    String assessmentsName = csv.source();
    CurrentCosts costs = CurrentCosts.read(costsTable);
    warnings.addAll(costs.problems);
    Calculator calculator = Calculator.compile(rules);
    List<DomainId> domains = rules.domains().stream().map(d -> d.id()).toList();
    CostAccumulator people = CostAccumulator.forDomains(domains);
    Set<String> seen = new HashSet<>();
    {
      for (AssessmentCsv.Row row = csv.next(); row != null; row = csv.next()) {
        String where = assessmentsName + " row " + row.row() + " (line " + row.line() + ")";
        String person = csv.person(row);
        Assessment assessment =
            csv.assessment(
                row,
                p -> warnings.add(where + (person.isEmpty() ? "" : ", person " + person) + (p.column().isEmpty() ? "" : ", column " + p.column()) + ": " + p.reason()));
        if (assessment == null) {
          continue;
        }
        CurrentCosts.Cost cost = costs.byPerson.get(person);
        if (cost == null) {
          warnings.add(where + ", person " + person + ": no current cost; left out of the calibration");
          continue;
        }
        seen.add(person);
        Budget budget;
        try {
          budget = calculator.allocate(assessment, Detail.FIGURES);
        } catch (RasException e) {
          warnings.add(where + ", person " + person + ": " + e.getMessage().replace('\n', ' '));
          continue;
        }
        people.add(budget, cost.group(), cost.weekly());
      }
    }
    for (String person : costs.byPerson.keySet()) {
      if (!seen.contains(person)) {
        warnings.add(costsName + ": person " + person + " has a current cost but no assessment; left out");
      }
    }
    if (people.count() == 0 && !warnings.isEmpty()) {
      throw new UsageException("no person has both an assessment and a current cost (" + warnings.size()
          + " problems; the first: " + warnings.get(0) + ")");
    }
    return people.snapshot();
  }

  /** Writes people.csv's header and rows. */
  static void writePeople(CalibrationResult r, CsvOut csv) throws IOException {
    csv.row(PEOPLE_COLUMNS);
    PointsFit fit = r.fit();
    for (int i = 0; i < r.impact().people().size(); i++) {
      PersonChange c = r.impact().people().get(i);
      int index = i;
      Optional<TransitionPlan.PersonPath> path = r.plan().map(p -> p.people().get(index));
      List<String> cells = new ArrayList<>();
      cells.add(c.person().person().value());
      cells.add(CurrentCosts.code(c.person().group()));
      cells.add(Integer.toString(c.person().totalPoints()));
      cells.add(c.currentWeekly().toPlainString());
      cells.add(BigDecimal.valueOf(fit.predictedWeekly(c.person())).setScale(2, RoundingMode.HALF_UP).toPlainString());
      cells.add(c.proposedWeekly().toPlainString());
      cells.add(c.change().toPlainString());
      cells.add(c.changePercent().map(BigDecimal::toPlainString).orElse(""));
      cells.add(path.map(p -> p.weeklyIn(1).toPlainString()).orElse(c.proposedWeekly().toPlainString()));
      cells.add(path.map(p -> r.proposed().weeksPerYear().annual(p.weeklyGrantIn(1), r.proposed().rounding()).toPlainString())
          .orElse("0.00"));
      cells.add(path.map(p -> Integer.toString(p.yearReached())).orElse("1"));
      csv.row(cells);
    }
  }

  private void printSummary(String title, CalibrationResult r, Path rulesFile, Path report) {
    out.println(title);
    out.printf("  People calibrated:        %,d%n", r.sample().count());
    out.printf("  Fitted price per point:   £%s (R² %.3f)%n", r.fittedPrice().toPlainString(), r.fit().rSquared());
    r.largestPriceThatFits().ifPresent(m -> out.println("  Largest price that fits:  £" + m.toPlainString()));
    out.println("  Chosen:                   " + r.priceChoiceExplanation());
    out.println("  Envelope:                 " + r.envelope().annual() + " a year, "
        + r.envelope().contingencyPercent().toPlainString() + "% contingency ("
        + r.envelope().contingencyHeldBack() + "), take-up "
        + r.takeUp().movePointRight(2).stripTrailingZeros().toPlainString() + "%" + (r.takeUpEstimated() ? " (estimated)" : ""));
    out.println("  Forecast spend:           " + r.proposedForecast().forecast() + " (headroom " + r.proposedForecast().headroom()
        + "; current rules would forecast " + r.currentForecast().forecast() + ")");
    out.println("  Current weekly total:     " + r.impact().currentWeeklyTotal());
    out.println("  Proposed weekly total:    " + r.impact().proposedWeeklyTotal());
    r.plan().ifPresent(p -> out.println("  Transitional grants:      " + p.grantCostByYear().get(0) + " in year 1, "
        + p.totalGrantCost() + " over " + p.years() + " years (" + p.cutShortCount() + " people's protection cut short)"));
    out.println("Rule file written to:  " + rulesFile);
    out.println("People CSV written to: " + options.out.resolve(PEOPLE_CSV));
    out.println("Report written to:     " + report.toAbsolutePath().normalize());
  }
}
