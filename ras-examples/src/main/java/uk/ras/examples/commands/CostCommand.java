package uk.ras.examples.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Costing;
import uk.ras.costing.CostingProblem;
import uk.ras.costing.InvalidCostingException;
import uk.ras.costing.LineCost;
import uk.ras.costing.LineShare;
import uk.ras.costing.NoRatesInForceException;
import uk.ras.costing.PersonCost;
import uk.ras.costing.RateVersion;
import uk.ras.costing.Rates;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;
import uk.ras.rules.costing.CostingReader;

/**
 * {@code ras cost}: a cost plan priced under the rates in force on a date (docs/costing.md). The JSON
 * output is a contract read by other tools: amounts are strings with exactly two decimals, people and
 * lines in the plan's order. Exit codes: 0 done; 1 invalid input (every problem on standard error, one a
 * line, naming its place); 2 a usage error.
 */
@Command(
    name = "cost",
    description = {
      "Prices a cost plan (a person's or a shared house's weekly support) under the rates in force on a "
          + "date: each person's core, shared and personal budget, every pound explained. See "
          + "docs/costing.md."
    },
    footerHeading = "%n",
    footer = {IsfCommand.EXIT_CODES})
public final class CostCommand implements Ras.Subcommand {
  static final String BUNDLED_RATES = "costing/rates.yaml";
  static final String BUNDLED_PLAN = "costing/rowan-house.yaml";
  private static final Pattern VERSION = Pattern.compile("versions\\[([0-9]+)\\]");

  /** Made on first use: an ObjectMapper loads some 200 classes, and every command loads this class. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Parameters(
      arity = "0..1",
      paramLabel = "PLAN",
      description = "A cost-plan file (.json, .yaml, .yml). Default: the bundled house of six, Rowan House.")
  Path plan;

  @Option(
      names = "--rates",
      paramLabel = "FILE",
      converter = CliValues.File.class,
      description = {
        "A rate file (repeatable: the versions of every file are used together, and must agree on rounding and weeks a year).",
        "Default: the bundled rates for 2025/26 and 2026/27."
      })
  List<Path> rates = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = CliValues.Date.class,
      description = {"Cost under the rates in force on this date.", "Default: today."})
  LocalDate date;

  @Mixin IsfCommand.FormatOption format;

  @Override
  public int run(PrintStream out, PrintStream err) throws UsageException {
    LocalDate on = date != null ? date : LocalDate.now();
    Costing costing;
    try {
      Rates r = readRates(rates);
      CostPlan p = readPlan(plan);
      costing = p.cost(r, on);
    } catch (RuleFileException e) {
      for (RuleFileProblem p : e.problems()) {
        err.println(p);
      }
      return Ras.ROWS_REJECTED;
    } catch (InvalidCostingException e) {
      String source = plan == null ? "rowan-house.yaml (bundled)" : plan.toString();
      for (CostingProblem p : e.problems()) {
        err.println(source + " " + p);
      }
      return Ras.ROWS_REJECTED;
    } catch (NoRatesInForceException e) {
      err.println("--date: " + e.getMessage());
      return Ras.ROWS_REJECTED;
    }
    if (format.format.equals("text")) {
      out.print(text(costing));
    } else {
      try {
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(costing)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }
    return Ras.OK;
  }

  /**
   * The rates of one or more files: every version of every file, which must agree on their rounding and
   * weeks a year; the bundled rates when none is given.
   *
   * @throws RuleFileException for a file with problems
   * @throws InvalidCostingException for versions of different files that share a day
   */
  static Rates readRates(List<Path> files) throws UsageException {
    CostingReader reader = CostingReader.create();
    if (files.isEmpty()) {
      try (InputStream in = RuleFiles.open(BUNDLED_RATES)) {
        return reader.readRates("rates.yaml (bundled)", in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Rates> read = new ArrayList<>();
    for (Path f : files) {
      try {
        read.add(reader.readRates(existing(f)));
      } catch (IOException e) {
        throw new UsageException("cannot read " + f + ": " + e.getMessage());
      }
    }
    if (read.size() == 1) {
      return read.get(0);
    }
    Rates first = read.get(0);
    List<RateVersion> versions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      Rates r = read.get(i);
      if (r.rounding() != first.rounding() || r.weeksPerYear() != first.weeksPerYear()) {
        throw new UsageException(
            "--rates: " + files.get(i) + " rounds " + mode(r.rounding()) + " with " + r.weeksPerYear().description()
                + " a year, but " + files.get(0) + " rounds " + mode(first.rounding()) + " with "
                + first.weeksPerYear().description() + "; rate files used together must agree");
      }
      versions.addAll(r.versions());
      if (!names.contains(r.name())) {
        names.add(r.name());
      }
    }
    try {
      return Rates.of(String.join(" + ", names), first.rounding(), first.weeksPerYear(), versions);
    } catch (InvalidCostingException e) {
      // Versions are numbered across the files in the order given; say which file each came from.
      List<String> where = new ArrayList<>();
      for (int i = 0; i < read.size(); i++) {
        for (int v = 0; v < read.get(i).versions().size(); v++) {
          where.add(files.get(i) + " versions[" + v + "]");
        }
      }
      List<String> messages = new ArrayList<>();
      for (CostingProblem p : e.problems()) {
        Matcher v = VERSION.matcher(p.message());
        StringBuilder text = new StringBuilder();
        while (v.find()) {
          v.appendReplacement(text, Matcher.quoteReplacement(where.get(Integer.parseInt(v.group(1)))));
        }
        v.appendTail(text);
        messages.add(text.toString());
      }
      throw new UsageException("--rates: " + String.join("; ", messages));
    }
  }

  static CostPlan readPlan(Path file) throws UsageException {
    CostingReader reader = CostingReader.create();
    if (file == null) {
      try (InputStream in = RuleFiles.open(BUNDLED_PLAN)) {
        return reader.readPlan("rowan-house.yaml (bundled)", in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      return reader.readPlan(existing(file));
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The file, if it is one that can be read; else why not, in plain words (FileChecks). */
  private static Path existing(Path path) throws UsageException {
    try {
      FileChecks.readable(path, "file");
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    }
    return path;
  }

  private static String mode(RoundingMode m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ---- output ----

  static ObjectNode json(Costing c) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("plan", c.planName());
    root.put("date", c.date().toString());
    ObjectNode rates = root.putObject("rates");
    rates.put("name", c.rates().ratesName());
    rates.put("from", c.rates().version().from().toString());
    rates.put("to", c.rates().version().to().toString());
    rates.put("rounding", c.rates().rounding().name());
    rates.put("weeksPerYear", weeks(c.rates().weeksPerYear()));
    root.put("weekly", amount(c.weekly()));
    root.put("annual", amount(c.annual()));
    root.put("core", amount(c.core()));
    root.put("shared", amount(c.shared()));
    root.put("personal", amount(c.personal()));
    ArrayNode people = root.putArray("people");
    for (PersonCost p : c.people()) {
      ObjectNode n = people.addObject();
      n.put("id", p.person().value());
      n.put("core", amount(p.core()));
      n.put("shared", amount(p.shared()));
      n.put("personal", amount(p.personal()));
      n.put("weekly", amount(p.weekly()));
      n.put("annual", amount(p.annual()));
      ArrayNode lines = n.putArray("lines");
      for (LineShare s : p.lines()) {
        ObjectNode l = lines.addObject();
        l.put("name", s.name());
        l.put("scope", s.scope().label());
        l.put("amount", amount(s.amount()));
      }
    }
    ArrayNode lines = root.putArray("lines");
    for (LineCost l : c.lines()) {
      ObjectNode n = lines.addObject();
      n.put("name", l.name());
      n.put("kind", l.kind().label());
      n.put("scope", l.scope().label());
      ArrayNode payers = n.putArray("payers");
      l.payers().forEach(p -> payers.add(p.value()));
      n.put("weekly", amount(l.weekly()));
      ArrayNode needs = n.putArray("needs");
      l.needs().forEach(needs::add);
      l.rate().ifPresent(r -> {
        ObjectNode rate = n.putObject("rate");
        rate.put("staff", r.staffType());
        r.band().ifPresent(b -> rate.put("band", b));
        rate.put("hourly", amount(r.rate()));
      });
    }
    ArrayNode e = root.putArray("explanation");
    c.explanation().forEach(e::add);
    return root;
  }

  private static String weeks(PeriodConversion w) {
    switch (w) {
      case WEEKS_52:
        return "52";
      case DAYS_365:
        return "365/7";
      default:
        return "365.25/7";
    }
  }

  private static String amount(Money m) {
    return m.toPlainString();
  }

  private static final String ROW = "%-10s %12s %12s %12s %12s %14s%n";

  static String text(Costing c) {
    StringBuilder b = new StringBuilder();
    b.append(c.planName()).append(": cost-based budgets a week, under rates in force on ").append(c.date()).append('\n');
    b.append(String.format(ROW, "Person", "Core", "Shared", "Personal", "Weekly", "Annual"));
    for (PersonCost p : c.people()) {
      b.append(String.format(ROW, p.person(), p.core(), p.shared(), p.personal(), p.weekly(), p.annual()));
    }
    b.append(String.format(ROW, "Total", c.core(), c.shared(), c.personal(), c.weekly(), c.annual()));
    b.append('\n');
    for (String line : c.explanation()) {
      b.append(line).append('\n');
    }
    return b.toString();
  }
}
