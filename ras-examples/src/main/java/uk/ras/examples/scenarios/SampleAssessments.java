package uk.ras.examples.scenarios;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.ras.assessment.CareActOutcome;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FactColumns;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InformalSupportOption;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;

/**
 * Writes seeded synthetic assessments for a rule set's questionnaire, in the CSV format {@code ras
 * allocate} reads. The same rule set, count and seed always give the same text, byte for byte
 * ({@link Random} is specified to give the same sequence for the same seed on every JVM).
 *
 * <p>The people are invented but shaped like a mental-health caseload: each has an overall level of
 * need, skewed towards low and moderate need; practical domains (personal care, eating) score lower
 * than housing, finances, wellbeing and community; "two carers" is rare; the optional work question is
 * often left blank; a few people have very high need across every domain; about half have some informal support; assessment dates spread from 1 April 2025
 * to 31 October 2026, so both bundled rule sets are used, and a few rows have no date.
 */
public final class SampleAssessments {
  static final int DEFAULT_COUNT = 250;
  static final long DEFAULT_SEED = 20261122L;
  static final LocalDate FIRST_DATE = LocalDate.of(2025, 4, 1);
  static final LocalDate LAST_DATE = LocalDate.of(2026, 10, 31);
  private static final long FACTS_SEED = 0x5EED_FAC7L;

  /** How need in each domain compares with the person's overall need, for a mental-health caseload. */
  private static final Map<String, Double> DOMAIN_WEIGHT =
      Map.of(
          "personal_care", 0.45,
          "eating_drinking", 0.6,
          "daily_living", 0.9,
          "housing", 1.1,
          "safety", 0.8,
          "finances", 1.1,
          "wellbeing", 1.3,
          "community", 1.15,
          "work_learning", 0.9);

  private SampleAssessments() {}

  /**
   * Writes {@code count} assessments: a header, then one row per person P0001, P0002, ...
   *
   * @param rules the questionnaire to answer, not null
   * @param count zero or more
   * @param seed any
   * @param out where to write, not null; not closed
   */
  public static void generate(RuleSet rules, int count, long seed, Writer out) throws IOException {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(out, "out");
    if (count < 0) {
      throw new IllegalArgumentException("count must be zero or more: " + count);
    }
    Random random = new Random(seed);
    List<String> header = new ArrayList<>(List.of("person_id", "assessment_date"));
    for (Domain d : rules.domains()) {
      for (Question q : d.questions()) {
        header.add(q.id().value());
      }
    }
    InformalSupport informal = rules.informalSupport().orElse(null);
    if (informal != null) {
      header.add(informal.question().value());
    }
    // The facts are drawn from a random sequence of their own, so that the answers stay what this seed
    // gave before the fact columns existed.
    Random factRandom = rules.streams().isEmpty() ? null : new Random(seed ^ FACTS_SEED);
    if (factRandom != null) {
      header.addAll(FactColumns.ALL);
    }
    CsvOut csv = CsvOut.to(out);
    csv.row(header);
    long days = ChronoUnit.DAYS.between(FIRST_DATE, LAST_DATE) + 1;
    int width = Math.max(4, Integer.toString(count).length());
    for (int i = 1; i <= count; i++) {
      List<String> row = new ArrayList<>();
      row.add("P" + String.format("%0" + width + "d", i));
      // About 4% of rows have no date: they are allocated under the latest rules.
      row.add(random.nextInt(100) < 4 ? "" : FIRST_DATE.plusDays(random.nextInt((int) days)).toString());
      // Overall need in [0, 1], skewed towards lower need; about 1 in 16 people has very high need
      // (the cases a ceiling refers to the panel).
      double need =
          random.nextInt(16) == 0 ? 0.85 + 0.15 * random.nextDouble() : Math.pow(random.nextDouble(), 1.2);
      for (Domain d : rules.domains()) {
        double weight = DOMAIN_WEIGHT.getOrDefault(d.id().value(), 1.0);
        if (need > 0.85) {
          weight = Math.max(weight, 1.0);
        }
        for (Question q : d.questions()) {
          if (!q.required() && random.nextInt(100) < 30) {
            row.add("");
          } else {
            row.add(answer(q, need * weight, random));
          }
        }
      }
      if (informal != null) {
        row.add(informal(informal, random));
      }
      if (factRandom != null) {
        row.addAll(facts(need, factRandom));
      }
      csv.row(row);
    }
    csv.flush();
  }

  /** An option near the person's need in this domain, with some noise; the top option is rare. */
  static String answer(Question q, double need, Random random) {
    List<AnswerOption> options = new ArrayList<>(q.options());
    options.sort(Comparator.comparingInt(AnswerOption::points));
    int top = options.size() - 1;
    double position = need * top + random.nextGaussian() * 0.7;
    int index = (int) Math.round(Math.max(0, Math.min(top, position)));
    if (index == top && top >= 4 && random.nextInt(100) >= 25) {
      index = top - 1; // "two carers" is rare
    }
    return options.get(index).id().value();
  }

  /**
   * Eligibility facts, contribution and holding, in the order of {@link FactColumns#ALL}. The FACS band
   * follows overall need; about 40% also have a Care Act determination, eligible for most people with
   * substantial need; a third pay a contribution; most budgets are managed, then direct payments and ISFs.
   */
  static List<String> facts(double need, Random random) {
    double banded = need + random.nextGaussian() * 0.08;
    String band =
        banded < 0.2 ? "low" : banded < 0.4 ? "moderate" : banded < 0.65 ? "substantial" : "critical";
    List<String> cells = new ArrayList<>(List.of(band, "", "", ""));
    if (random.nextInt(100) < 40) {
      List<CareActOutcome> all = new ArrayList<>(List.of(CareActOutcome.values()));
      all.remove(CareActOutcome.CARING_FOR_A_CHILD);
      java.util.Collections.shuffle(all, random);
      int unable = (int) Math.round(Math.max(0, Math.min(all.size(), need * 6 + random.nextGaussian())));
      List<String> names = new ArrayList<>();
      for (CareActOutcome o : all.subList(0, unable)) {
        names.add(FactColumns.name(o));
      }
      cells.set(1, names.isEmpty() ? "none" : String.join(";", names));
      cells.set(2, random.nextInt(100) < 95 ? "true" : "false");
      cells.set(3, need > 0.3 || random.nextBoolean() ? "true" : "false");
    }
    cells.add(random.nextInt(3) == 0 ? (5 + random.nextInt(111)) / 2 + ".50" : "");
    int roll = random.nextInt(100);
    String holding =
        roll < 45 ? "managed" : roll < 65 ? "direct_payment" : roll < 85 ? "individual_service_fund"
            : roll < 93 ? "mix" : roll < 97 ? "inactive_virtual" : "";
    cells.add(holding);
    cells.add(holding.equals("mix") ? (20 + random.nextInt(61)) + ".00" : "");
    return cells;
  }

  /** None 45%, a little 25%, about half 12%, most 5%, not answered 13%. */
  private static String informal(InformalSupport informal, Random random) {
    List<InformalSupportOption> options = new ArrayList<>(informal.options());
    options.sort(Comparator.comparing(InformalSupportOption::share));
    int roll = random.nextInt(100);
    int[] cumulative = {45, 70, 82, 87};
    for (int i = 0; i < cumulative.length && i < options.size(); i++) {
      if (roll < cumulative[i]) {
        return options.get(i).id().value();
      }
    }
    return "";
  }

  private interface Generator {
    void write(Writer w) throws IOException;
  }

  /** {@code ras sample [--count N] [--seed N] [--out FILE]}, over the bundled 2026 questionnaire. */
  @Command(
      name = "sample",
      description = {
        "Writes seeded synthetic assessments for the bundled 2026 questionnaire: the same seed always "
            + "gives the same file. See docs/cli.md."
      },
      footerHeading = "%n",
      footer = {"Exit codes: 0 written; 2 usage error."})
  public static final class Options implements Ras.Subcommand {
    @Option(
        names = "--count",
        paramLabel = "N",
        description = {"Rows to write (zero or more).", "Default: " + DEFAULT_COUNT + "."})
    int count = DEFAULT_COUNT;

    @Option(
        names = "--seed",
        paramLabel = "N",
        description = {"The random seed, any whole number.", "Default: " + DEFAULT_SEED + "."})
    long seed = DEFAULT_SEED;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        converter = CliValues.File.class,
        description = {"Where to write.", "Default: standard output."})
    Path out;

    @Option(
        names = "--scenario",
        paramLabel = "NAME",
        converter = CliValues.Text.class,
        description = {
          "The people of a bundled scenario instead: " + BlockContractScenario.NAME
              + " (89 people, its own fixed seed; not with --count or --seed).",
          "Default: none."
        })
    String scenario;

    @Spec CommandSpec spec;

    @Override
    public int run(PrintStream stdout, PrintStream err) throws UsageException {
      if (count < 0) {
        throw new ParameterException(spec.commandLine(), "option --count must be zero or more, not " + count);
      }
      if (scenario != null && !scenario.equals(BlockContractScenario.NAME)) {
        throw new ParameterException(spec.commandLine(),
            "unknown scenario '" + scenario + "'; the bundled one is " + BlockContractScenario.NAME);
      }
      if (scenario != null && (count != DEFAULT_COUNT || seed != DEFAULT_SEED)) {
        throw new ParameterException(spec.commandLine(),
            "--scenario has its own people and seed; leave out --count and --seed");
      }
      return runCommand(this, stdout);
    }
  }

  static int runCommand(Options options, PrintStream out) throws UsageException {
    int count = options.count;
    long seed = options.seed;
    Path file = options.out;
    boolean scenario = options.scenario != null;
    RuleSet rules = RuleFiles.bundledRuleSet("northshire-mh-2026.yaml");
    boolean blockContract = scenario;
    int n = count;
    long s = seed;
    Generator generator =
        w -> {
          if (blockContract) {
            BlockContractScenario.generate(BlockContractScenario.SEED, w);
          } else {
            generate(rules, n, s, w);
          }
        };
    try {
      if (file == null) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        generator.write(w);
        w.flush();
      } else {
        // Written beside the file and moved into place when complete: the previous file survives a failure.
        try (OutputFile target = OutputFile.open(file)) {
          Writer w = new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8));
          generator.write(w);
          w.flush();
          target.commit();
        }
      }
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot write " + (file == null ? "to standard output" : Cells.escapeControls(file.toString())) + ": " + FileChecks.plainReason(e));
    }
    return Ras.OK;
  }
}
