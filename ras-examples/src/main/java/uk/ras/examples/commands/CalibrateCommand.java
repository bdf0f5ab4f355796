package uk.ras.examples.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
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
import uk.ras.calibration.Envelope;
import uk.ras.calibration.EnvelopeException;
import uk.ras.calibration.PersonChange;
import uk.ras.calibration.PointsFit;
import uk.ras.calibration.TransitionPlan;
import uk.ras.calibration.TransitionalProtection;
import uk.ras.calibration.YearForecast;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.AssessmentCsv;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.CurrentCosts;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.examples.report.CalibrationReport;
import uk.ras.examples.scenarios.PilotCouncil;
import uk.ras.money.Money;
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
public final class CalibrateCommand {
  static final String RULES_FILE_PREFIX = "calibrated-";
  static final String PEOPLE_CSV = "people.csv";
  public static final String REPORT_HTML = "report.html";
  static final String DOMAIN_WEIGHTS_CSV = "domain-weights.csv";
  static final List<String> PEOPLE_COLUMNS = List.of(
      "person_id", "client_group", "total_points", "priced_points", "unfunded_points", "current_weekly",
      "fitted_weekly", "proposed_weekly",
      "change_weekly", "change_percent", "year1_weekly", "year1_grant_annual", "year_reached");

  /** The longest transitional protection the command offers, in years. */
  static final int MAX_PROTECT_YEARS = 10;
  /** Where the bundled scenario is written when --out is left out. */
  public static final Path SCENARIO_OUT = Path.of("target", "calibration-pilot-council");

  /**
   * The options. Every one left out takes its default; with neither --assessments nor --current-costs the
   * data are the bundled "pilot council" scenario's, and so are the envelope, contingency and protection.
   */
  @Command(
      name = "calibrate",
      description = {
        "Fits points to current package costs, solves the largest price per point (or banding scale) at "
            + "which every year's budgets and transitional grants fit that year's envelope, phases losses in with transitional protection, and writes "
            + "DIR/calibrated-ID-VERSION.yaml, DIR/people.csv and DIR/report.html. See docs/calibration.md.",
        "",
        "Without --assessments and --current-costs it runs the bundled 'pilot council' scenario (1,000 "
            + "people; envelopes " + PilotCouncil.ENVELOPES_TEXT + " for years 1 to 3 and then flat, contingency "
            + "5%%, protection 10%%/year for at most 5 years); any option given replaces the scenario's. With your own data, --assessments, --current-costs, --envelope and "
            + "--out are all needed."
      },
      footerHeading = "%n",
      footer = {
        "Percentages are written with %%: 5%%, 12.5%%, 10%%/year. A bare number is read as percent only "
            + "when it is 0 or more than 1: 0.1 or 1 is refused, as it could mean 10%% or 100%%.",
        "Exit codes: 0 done; 1 done, but some input rows were reported and left out; 2 usage error, "
            + "unusable rules, degenerate data or an envelope nothing fits."
      })
  public static final class Options implements Ras.Subcommand {
    @Option(
        names = "--rules",
        paramLabel = "FILE",
        converter = CliValues.File.class,
        description = {"The current rule file.", "Default: the bundled northshire-mh-2026.yaml."})
    Path rules;

    @Option(
        names = "--assessments",
        paramLabel = "FILE.csv",
        converter = CliValues.File.class,
        description = {
          "Assessments CSV, as for allocate (dates are ignored: everyone is scored under --rules).",
          "Default: the scenario's 1,000 people; needed with --current-costs."
        })
    Path assessments;

    @Option(
        names = "--current-costs",
        paramLabel = "FILE.csv",
        converter = CliValues.File.class,
        description = {
          "person_id,current_weekly[,client_group]; groups learning_disability, older_people, "
              + "mental_health, physical_sensory, transition or blank.",
          "Default: the scenario's; needed with --assessments."
        })
    Path currentCosts;

    @Option(
        names = "--envelope",
        paramLabel = "AMOUNT",
        converter = CliValues.Pounds.class,
        description = {
          "The annual budget envelope of year 1 in pounds, such as 9300000 or £9,300,000; repeat it for "
              + "years 2, 3, ..: every year's budgets plus transitional grants must fit that year's envelope "
              + "less contingency.",
          "Default: the scenario's " + PilotCouncil.ENVELOPES_TEXT + "; needed with your own data."
        })
    List<Money> envelopes;

    @Option(
        names = "--uplift",
        paramLabel = "PERCENT/year",
        converter = CliValues.SignedPercentPerYear.class,
        description = {
          "How the envelope changes each year after the last one given, such as 2%%/year, or -11%%/year "
              + "for a cut; rounded down to the penny.",
          "Default: 0%%/year, a flat cash envelope (the scenario: " + PilotCouncil.UPLIFT + "%%/year)."
        })
    BigDecimal upliftPercent;

    @Option(
        names = "--contingency",
        paramLabel = "PERCENT",
        converter = CliValues.Percent.class,
        description = {
          "Share of the envelope held back for exceptions, such as 5%%.",
          "Default: 0%% (the scenario: " + PilotCouncil.CONTINGENCY + "%%)."
        })
    BigDecimal contingencyPercent;

    @Option(
        names = "--take-up",
        paramLabel = "PERCENT",
        converter = CliValues.Share.class,
        description = {
          "Share of the indicative allocation people actually spend, such as 90%%, for every client group.",
          "Default: estimated for each client group: its current spend / its indicative allocations under "
              + "the current rules, at most 100%%, with a 95%% bootstrap interval (1,000 resamples, seed "
              + Calibration.DEFAULT_SEED + ")."
        })
    /** A share (0.9), not a percentage. */
    BigDecimal takeUp;

    @Option(
        names = "--group-take-up",
        paramLabel = "GROUP=PERCENT",
        converter = CliValues.GroupPercent.class,
        description = {
          "One client group's take-up, such as older_people=85%%; repeat it for other groups. It replaces "
              + "--take-up and the estimate for that group.",
          "Default: none."
        })
    List<CliValues.GroupShare> groupTakeUp;

    @Option(
        names = "--price-from",
        paramLabel = "fit|percentile:P",
        description = {
          "Where the price per point comes from before the envelope caps it: the least-squares fit through "
              + "the origin, or the percentile approach, such as percentile:50 for the median of each "
              + "person's current cost per point priced.",
          "Default: fit."
        })
    String priceFrom;

    @Option(
        names = "--domain-weights",
        description = {
          "Also write DIR/domain-weights.csv: a weight per domain (£ a week per assessed point, the "
              + "per-domain least-squares fit) with its standard error.",
          "Default: not written (the report shows the weights in any case)."
        })
    boolean domainWeights;

    @Option(
        names = "--protect",
        paramLabel = "PERCENT/year",
        converter = CliValues.PercentPerYear.class,
        description = {
          "Transitional protection: nobody's budget falls by more than this share of the previous "
              + "year's amount in a year, such as 10%%/year.",
          "Default: none (the scenario: " + PilotCouncil.PROTECT + "%%/year)."
        })
    BigDecimal protectPercent;

    @Option(
        names = "--protect-years",
        paramLabel = "N",
        description = {
          "Protection ends in year N at the latest (1 to " + MAX_PROTECT_YEARS + "): everyone is at their "
              + "new budget then, or sooner when the limit gets them there. Only with protection.",
          "Default: " + MAX_PROTECT_YEARS + " (the scenario: " + PilotCouncil.PROTECT_YEARS + ")."
        })
    Integer protectYears;

    @Option(
        names = "--effective-from",
        paramLabel = "YYYY-MM-DD",
        converter = CliValues.Date.class,
        description = {"When the new rule file comes into force.", "Default: one year after the current rules."})
    LocalDate effectiveFrom;

    @Option(
        names = "--new-version",
        paramLabel = "V",
        converter = CliValues.Text.class,
        description = {
          "The new rule file's version (before issue 18 this was --version V).",
          "Default: the current version with its last number plus one."
        })
    String version;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        converter = CliValues.Folder.class,
        description = {
          "The directory to write the three files to (made if need be).",
          "Default: target/calibration-pilot-council for the scenario; needed with your own data."
        })
    Path out;

    @Option(
        names = "--scenario",
        description = {
          "Take the scenario's envelope, contingency and protection even with your own files.",
          "Default: only without --assessments and --current-costs."
        })
    boolean scenarioDefaults;

    /** Whether the scenario's defaults apply: worked out by {@link #resolve}. */
    boolean scenario;
    @Option(
        names = "--sheet",
        paramLabel = "NAME",
        converter = CliValues.Text.class,
        description = {
          "Read this sheet of .xlsx assessments and current-costs workbooks.",
          "Default: the first sheet."
        })
    String sheet;

    @Spec CommandSpec spec;

    @Override
    public int run(PrintStream stdout, PrintStream err) throws UsageException {
      resolve();
      return new CalibrateCommand(this, stdout, err).run();
    }

    /** Fills in the defaults; every missing needed option is reported in one message. */
    void resolve() {
      scenario = scenarioDefaults || (assessments == null && currentCosts == null);
      if (scenario) {
        if (envelopes == null) {
          envelopes = PilotCouncil.ENVELOPES.stream().map(Money::parse).toList();
        }
        if (upliftPercent == null) {
          upliftPercent = new BigDecimal(PilotCouncil.UPLIFT);
        }
        if (contingencyPercent == null) {
          contingencyPercent = new BigDecimal(PilotCouncil.CONTINGENCY);
        }
        if (protectPercent == null) {
          protectPercent = new BigDecimal(PilotCouncil.PROTECT);
        }
        if (protectYears == null) {
          protectYears = PilotCouncil.PROTECT_YEARS;
        }
        if (out == null) {
          out = SCENARIO_OUT;
        }
      } else {
        List<String> missing = new ArrayList<>();
        if (assessments == null) {
          missing.add("--assessments=FILE.csv");
        }
        if (currentCosts == null) {
          missing.add("--current-costs=FILE.csv");
        }
        if (envelopes == null) {
          missing.add("--envelope=AMOUNT");
        }
        if (out == null) {
          missing.add("--out=DIR");
        }
        if (!missing.isEmpty()) {
          throw new ParameterException(spec.commandLine(), "with your own data, calibrate also needs "
              + String.join(", ", missing)
              + " (or leave out --assessments and --current-costs for the bundled scenario)");
        }
        if (protectYears != null && protectPercent == null) {
          throw new ParameterException(spec.commandLine(),
              "--protect-years needs --protect, such as --protect 10%/year");
        }
        if (protectPercent != null && protectYears == null) {
          protectYears = MAX_PROTECT_YEARS;
        }
      }
      if (protectYears != null && (protectYears < 1 || protectYears > MAX_PROTECT_YEARS)) {
        throw new ParameterException(spec.commandLine(),
            "option --protect-years must be from 1 to " + MAX_PROTECT_YEARS + " years, not " + protectYears);
      }
      if (contingencyPercent == null) {
        contingencyPercent = BigDecimal.ZERO;
      }
      if (upliftPercent == null) {
        upliftPercent = Envelope.DEFAULT_UPLIFT_PERCENT;
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
      rules = options.rules == null ? RuleFiles.bundledRuleSet(PilotCouncil.RULES) : RuleFiles.read(options.rules);
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
    List<String> readNotes = new ArrayList<>();
    CalibrationResult result;
    try (AssessmentCsv assessments = openAssessments();
        TableReader costs = openCosts()) {
      result = calibration.run(read(rules, assessments, costs, warnings));
      readNotes.addAll(ReadNotes.of(assessments.source(), assessments.emptyRows(), assessments.separator()));
      readNotes.addAll(ReadNotes.of(costs.source(), costs.emptyRows(), costs.separator()));
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
      rulesFile = options.out.resolve(RULES_FILE_PREFIX + rules.id() + "-" + result.proposed().version() + ".yaml");
      // The files are one result: each is written in full before any is moved into place, so a run that
      // fails while writing them leaves the whole previous set, never new rules beside old people.csv.
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put(rulesFile.getFileName().toString(), RuleSetWriter.create().toYaml(result.proposed()));
      pages.put(PEOPLE_CSV, csv(people -> writePeople(result, people)));
      if (options.domainWeights) {
        pages.put(DOMAIN_WEIGHTS_CSV, csv(weights -> writeDomainWeights(result, weights)));
      }
      pages.put(REPORT_HTML, CalibrationReport.html(new CalibrationReport.Inputs(title, result,
          rulesFile.getFileName().toString(), PEOPLE_CSV, warnings.size())));
      OutputFile.writeTexts(options.out, pages, options.rules, options.assessments, options.currentCosts);
      if (options.domainWeights) {
        out.println("Domain weights written to: " + options.out.resolve(DOMAIN_WEIGHTS_CSV));
      }
      printSummary(title, result, rulesFile, reportFile);
      readNotes.forEach(note -> out.println("Read " + note));
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      // An output file's own failure names the file; any other (making the folder) is named here.
      String message = e.getMessage();
      err.println("ras: "
          + (message != null && message.startsWith("cannot write ")
              ? Cells.escapeControls(message)
              : "cannot write to " + Cells.escapeControls(options.out.toString()) + ": " + FileChecks.plainReason(e)));
      return Ras.USAGE;
    }
    warnings.forEach(w -> err.println("ras: warning: " + Cells.escapeControls(w)));
    return warnings.isEmpty() ? Ras.OK : Ras.ROWS_REJECTED;
  }

  /** What writes a CSV's rows. */
  private interface CsvRows {
    void write(CsvOut csv) throws IOException;
  }

  /** A CSV's text, for a file written with the others of the run ({@link OutputFile#writeTexts}). */
  private static String csv(CsvRows rows) throws IOException {
    StringWriter text = new StringWriter();
    CsvOut csv = CsvOut.to(text);
    rows.write(csv);
    csv.flush();
    return text.toString();
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


  /** The options as a calibration of the rules; a value the library refuses is a usage error naming its option. */
  private Calibration configure(RuleSet rules) throws UsageException {
    // The library's defaults for cross-validation (10 folds, seed 20270401), outliers and cliff edges.
    Calibration calibration = Calibration.of(rules);
    String option = "--envelope";
    try {
      option = "--uplift";
      calibration = calibration.uplift(options.upliftPercent);
      option = "--envelope";
      calibration = calibration.envelopes(options.envelopes);
      option = "--contingency";
      calibration = calibration.contingency(options.contingencyPercent);
      option = "--take-up";
      if (options.takeUp != null) {
        calibration = calibration.takeUp(options.takeUp);
      }
      option = "--price-from";
      if (options.priceFrom != null && !options.priceFrom.strip().equals("fit")) {
        java.util.regex.Matcher m = Pattern.compile("percentile:([0-9]+(?:\\.[0-9]+)?)").matcher(options.priceFrom.strip());
        if (!m.matches()) {
          throw new IllegalArgumentException("'" + options.priceFrom + "' is not fit or percentile:P, such as percentile:50");
        }
        calibration = calibration.priceFromPercentile(new BigDecimal(m.group(1)));
      }
      option = "--group-take-up";
      if (options.groupTakeUp != null) {
        for (CliValues.GroupShare g : options.groupTakeUp) {
          calibration = calibration.takeUp(g.group(), g.share());
        }
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
      option = "--new-version";
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

  /** Writes domain-weights.csv: each domain's weight in the per-domain fit, or why there is none. */
  private void writeDomainWeights(CalibrationResult r, CsvOut csv) throws IOException {
    csv.row(List.of("domain", "weight_per_point", "standard_error"));
    PointsFit fit = r.fits().get(uk.ras.calibration.FitModel.BY_DOMAIN);
    if (fit != null) {
      for (uk.ras.calibration.Coefficient c : fit.coefficients()) {
        csv.row(List.of(c.name(), BigDecimal.valueOf(c.estimate()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
            BigDecimal.valueOf(c.standardError()).setScale(2, RoundingMode.HALF_UP).toPlainString()));
      }
    }
    if (fit == null) {
      err.println("ras: warning: no per-domain weights: "
          + r.unavailable().getOrDefault(uk.ras.calibration.FitModel.BY_DOMAIN, "the fit is not available"));
    }
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
      cells.add(c.person().pricedPoints().toPlainString());
      cells.add(c.person().unfundedPoints().toPlainString());
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

  /** A share as a percentage: 0.8666 is "86.66%". */
  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** Each year's envelope, contingency, available, budgets, grants, forecast and headroom. */
  static String yearTable(List<YearForecast> years) {
    StringBuilder b = new StringBuilder();
    String row = "  %4s %15s %13s %15s %15s %14s %15s %14s%n";
    b.append(String.format(java.util.Locale.ROOT, row, "year", "envelope", "contingency", "available", "budgets",
        "grants", "forecast", "headroom"));
    for (YearForecast y : years) {
      b.append(String.format(java.util.Locale.ROOT, row, y.year(), y.envelope(), y.contingencyHeldBack(),
          y.available(), y.budgets(), y.grants(), y.forecast(), y.headroom()));
    }
    return b.toString();
  }

  private void printSummary(String title, CalibrationResult r, Path rulesFile, Path report) {
    out.println(title);
    out.printf("  People calibrated:        %,d%n", r.sample().count());
    if (options.priceFrom == null || options.priceFrom.strip().equals("fit")) {
      out.printf("  Fitted price per point:   £%s (R² %.3f)%n", r.fittedPrice().toPlainString(), r.fit().rSquared());
    } else {
      out.printf("  Price from the data:      £%s (%s of cost per point; the fit's R² %.3f)%n",
          r.fittedPrice().toPlainString(), options.priceFrom.strip(), r.fit().rSquared());
    }
    r.largestPriceThatFits().ifPresent(m -> out.println("  Largest price that fits:  £" + m.toPlainString()));
    out.println("  Chosen:                   " + r.priceChoiceExplanation());
    out.println("  Envelope:                 " + CalibrationReport.envelopeText(r.envelope()) + "; "
        + r.envelope().contingencyPercent().toPlainString() + "% contingency");
    List<String> takeUps = new ArrayList<>();
    r.takeUpByGroup().values().forEach(t -> takeUps.add(t.group().label() + " " + percent(t.share())
        + (t.estimated() ? " (" + percent(t.lower().orElseThrow()) + " to " + percent(t.upper().orElseThrow()) + ")" : " (given)")));
    out.println("  Take-up:                  " + percent(r.takeUp()) + " everyone together"
        + (r.takeUpEstimated() ? " (estimated)" : " (given)") + "; by client group " + String.join(", ", takeUps)
        + (r.takeUpByGroup().values().stream().anyMatch(t -> t.estimated()) ? "; estimated, 95% bootstrap interval" : ""));
    out.println("  Forecast spend:           " + r.proposedForecast().forecast() + " in year "
        + r.proposedForecast().tightestYear().year() + ", the tightest (headroom " + r.proposedForecast().headroom()
        + "; the current rules' budgets alone would forecast " + r.currentForecast().budgets() + ")");
    out.print(yearTable(r.proposedForecast().years()));
    if (!r.unfundedNeed().isEmpty()) {
      List<String> groups = new ArrayList<>();
      r.unfundedNeed().values().forEach(u -> groups.add(u.group().label() + " " + u.people() + " (" + u.points().toPlainString() + ")"));
      out.println("  Unfunded need:            " + r.unfundedPeople() + " people flagged UNFUNDED_NEED, "
          + r.unfundedPoints().toPlainString() + " points no eligible stream pays for, not priced: " + String.join(", ", groups));
    }
    out.println("  Current weekly total:     " + r.impact().currentWeeklyTotal());
    out.println("  Proposed weekly total:    " + r.impact().proposedWeeklyTotal());
    out.println("  Cliff edges:              " + CalibrationReport.cliffEdgesText(r.proposed(), r.proposedCliffEdges()));
    r.plan().ifPresent(p -> out.println("  Transitional grants:      " + p.grantCostByYear().get(0) + " in year 1, "
        + p.totalGrantCost() + " over " + p.years() + " years (" + p.cutShortCount() + " people's protection cut short)"));
    out.println("Rule file written to:  " + rulesFile);
    out.println("People CSV written to: " + options.out.resolve(PEOPLE_CSV));
    out.println("Report written to:     " + report.toAbsolutePath().normalize());
  }
}
