package uk.ras.examples.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.allocation.DomainPoints;
import uk.ras.allocation.PersonalBudget;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.costing.CostingProblem;
import uk.ras.costing.InvalidCostingException;
import uk.ras.costing.NoRatesInForceException;
import uk.ras.costing.RateCard;
import uk.ras.costing.Rates;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.FactColumns;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.examples.report.PlanLetter;
import uk.ras.money.Money;
import uk.ras.plan.AgreedBudget;
import uk.ras.plan.Control;
import uk.ras.plan.ControlTotal;
import uk.ras.plan.Decision;
import uk.ras.plan.ItemCost;
import uk.ras.plan.PlanCheck;
import uk.ras.plan.StreamPortion;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;
import uk.ras.rules.plan.PlanFile;
import uk.ras.rules.plan.PlanReader;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.RuleSet;

/**
 * {@code ras plan}: support plans (docs/plans.md). {@code ras plan check} reads a plan file, allocates the
 * person's indicative budget from the assessment it carries, costs the plan under the rates in force on
 * its date and sets it beside that figure; when the file records an approval, it states the agreed
 * personal budget. The JSON output is a contract read by other tools: amounts are strings in pounds with
 * exactly two decimals, items in the plan's order. Exit codes: 0 done; 1 invalid input (every problem on
 * standard error, one a line, located in its file); 2 a usage error.
 */
public final class PlanCommand {
  static final String RULES = "northshire-mh-2026.yaml";

  /** The bundled scenarios, the default first; each is plans/NAME.yaml. */
  public static final List<String> SCENARIOS =
      List.of("family-pa-and-core-support", "jointly-funded", "greenhouse", "above-indicative");

  private PlanCommand() {}

  /** {@code ras plan}: only its subcommands. */
  @Command(
      name = "plan",
      description = {"Support plans: from the indicative allocation to the agreed personal budget. See docs/plans.md."},
      synopsisSubcommandLabel = "check",
      footerHeading = "%n",
      footer = {IsfCommand.EXIT_CODES})
  static final class Plan {}

  /** {@code ras plan} and its subcommand. */
  public static CommandLine commandLine() {
    CommandLine plan = new CommandLine(new Plan());
    plan.addSubcommand(new CheckCommand());
    return plan;
  }

  /**
   * Made on first use: an ObjectMapper loads some 200 classes, and every command loads this class. JSON
   * escapes the C0 controls itself; DEL and the C1 controls (such as U+009B, a terminal's CSI) are
   * escaped too, so that text from a plan file printed as JSON cannot drive the terminal either.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
      ObjectMapper m = new ObjectMapper();
      m.getFactory().setCharacterEscapes(new ControlEscapes());
      return m;
    }
  }

  /** JSON's own escapes, plus DEL and C1 controls as backslash-u escapes. */
  private static final class ControlEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      return ch >= 0x80 && ch <= 0x9F
          ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch))
          : null;
    }
  }

  /** What checking a plan file gave: the check, and the agreed budget when the file records an approval. */
  record Checked(PlanFile file, RuleSet rules, RateCard rates, Budget indicative, PlanCheck check, Optional<AgreedBudget> agreed) {}

  /** Every problem of a plan file, located in it. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    final transient List<RuleFileProblem> problems;

    Rejected(List<RuleFileProblem> problems) {
      super(problems.size() + " problems");
      this.problems = List.copyOf(problems);
    }
  }

  @Command(
      name = "check",
      description = {
        "Checks a support plan: the person's indicative budget from the assessment the plan carries, each "
            + "item costed under the rates in force on the plan's date, the total within the indicative "
            + "figure (headroom) or above it (referred to the panel, never trimmed), the needs no item meets, "
            + "who holds the money, and, when the plan records an approval, the agreed personal budget. See "
            + "docs/plans.md."
      },
      footerHeading = "%n",
      footer = {IsfCommand.EXIT_CODES})
  static final class CheckCommand implements Ras.Subcommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "PLAN",
        description = "A support-plan file (.json, .yaml, .yml). Default: the bundled scenario family-pa-and-core-support.")
    Path plan;

    @Option(
        names = "--scenario",
        paramLabel = "NAME",
        description = {
          "A bundled scenario instead of a file: family-pa-and-core-support, jointly-funded, greenhouse or "
              + "above-indicative.",
          "Default: family-pa-and-core-support, when no PLAN is given."
        })
    String scenario;

    @Option(
        names = "--rules",
        paramLabel = "FILE",
        converter = CliValues.File.class,
        description = {
          "The rule file that allocates the indicative budget from the plan's assessment.",
          "Default: the bundled Northshire rules 2026.1."
        })
    Path rules;

    @Option(
        names = "--rates",
        paramLabel = "FILE",
        converter = CliValues.File.class,
        description = {
          "A rate file (repeatable: the versions of every file are used together, and must agree on rounding and weeks a year).",
          "Default: the bundled rates for 2025/26 and 2026/27."
        })
    List<Path> rates = new ArrayList<>();

    @Mixin IsfCommand.FormatOption format;

    @Option(
        names = "--letter",
        paramLabel = "DIR",
        converter = CliValues.Folder.class,
        description = {
          "Also write the letters to the person: DIR/" + PlanLetter.PLAIN_FILE + " in plain English and DIR/"
              + PlanLetter.EASY_READ_FILE + " in easy read, printable on A4 (DIR is made if need be).",
          "Default: none."
        })
    Path letter;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = {"Whom the letters are to.", "Default: the person's reference in the plan."})
    String name;

    @Option(
        names = "--review-contact",
        paramLabel = "TEXT",
        description = {
          "Who to contact for a review or a complaint, as the letters say it.",
          "Default: " + PlanLetter.DEFAULT_REVIEW_CONTACT + "."
        })
    String reviewContact;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      Checked checked;
      try {
        RuleSet r = readRules(rules);
        Rates rt = CostCommand.readRates(rates);
        PlanFile file = readPlan();
        checked = check(file, r, rt);
      } catch (RuleFileException e) {
        e.problems().forEach(p -> err.println(Cells.escapeControls(p.toString())));
        return Ras.ROWS_REJECTED;
      } catch (Rejected e) {
        e.problems.forEach(p -> err.println(Cells.escapeControls(p.toString())));
        return Ras.ROWS_REJECTED;
      }
      if (letter != null) {
        int written = writeLetters(checked, err);
        if (written != Ras.OK) {
          return written;
        }
      }
      if (format.format.equals("text")) {
        out.print(text(checked));
      } else {
        try {
          out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(checked)));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write JSON", e);
        }
      }
      return Ras.OK;
    }

    /**
     * Writes both letters into the --letter directory, each whole through a temporary file; a file that is
     * one of the inputs is refused. Returns {@link Ras#OK}, or {@link Ras#USAGE} with the reason on
     * standard error if a letter cannot be written.
     */
    private int writeLetters(Checked checked, PrintStream err) throws UsageException {
      PlanLetter letters;
      try {
        letters = PlanLetter.of(checked.check(), checked.rules());
        checked.file().decision().ifPresent(letters::decision);
        if (name != null) {
          letters.addressedTo(name);
        }
        if (reviewContact != null) {
          letters.reviewContact(reviewContact);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException(Cells.escapeControls(e.getMessage()));
      }
      List<Path> inputs = new ArrayList<>(rates);
      inputs.add(plan);
      inputs.add(rules);
      try {
        // The two letters say one decision: both are replaced, or neither.
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(PlanLetter.PLAIN_FILE, letters.plain());
        pages.put(PlanLetter.EASY_READ_FILE, letters.easyRead());
        OutputFile.writeTexts(letter, pages, inputs.toArray(Path[]::new));
        return Ras.OK;
      } catch (UnusableFileException e) {
        throw new UsageException(e.getMessage());
      } catch (IOException e) {
        err.println("ras: cannot write the letters to " + Cells.escapeControls(letter.toString()) + ": "
            + FileChecks.plainReason(e));
        return Ras.USAGE;
      }
    }

    private PlanFile readPlan() throws UsageException {
      if (plan != null && scenario != null) {
        throw new UsageException("give a PLAN file or --scenario, not both");
      }
      if (plan == null) {
        String name = scenario == null ? SCENARIOS.get(0) : scenario;
        if (!SCENARIOS.contains(name)) {
          throw new UsageException(
              "--scenario: '" + Cells.escapeControls(name) + "' is not a bundled scenario; expected one of " + String.join(", ", SCENARIOS));
        }
        return bundled(name);
      }
      try {
        FileChecks.readable(plan, "file");
      } catch (UnusableFileException e) {
        throw new UsageException(e.getMessage());
      }
      try {
        return PlanReader.create().read(plan);
      } catch (IOException e) {
        throw new UsageException("cannot read " + Cells.escapeControls(plan.toString()) + ": " + e.getMessage());
      }
    }
  }

  /** A bundled scenario, read as a user's file would be. */
  static PlanFile bundled(String name) {
    try (InputStream in = PlanCommand.class.getResourceAsStream("/uk/ras/examples/plans/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("bundled scenario missing from the jar: " + name);
      }
      return PlanReader.create().read(name + ".yaml (bundled)", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule file, or the bundled Northshire rules 2026.1. */
  static RuleSet readRules(Path file) throws UsageException {
    if (file == null) {
      return RuleFiles.bundledRuleSet(RULES);
    }
    return RuleFiles.read(file);
  }

  /**
   * Allocates the indicative budget from the file's assessment (its facts read as an assessments CSV's
   * fact columns are, by {@link FactColumns}), checks the plan, and decides it when the file records a
   * decision.
   *
   * @throws Rejected with every problem located in the file: a fact, an answer the rules do not know, an
   *     item the rules or rates cannot cost, a date no rates are in force on
   */
  static Checked check(PlanFile file, RuleSet rules, Rates rates) throws Rejected {
    List<RuleFileProblem> problems = new ArrayList<>();
    Assessment assessment = file.assessment();
    if (!file.facts().isEmpty()) {
      assessment =
          FactColumns.apply(
              assessment, file.facts(), p -> problems.add(file.problemAt("assessment.facts." + p.column(), p.reason())));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems);
    }
    RateCard card;
    try {
      card = rates.inForce(file.date());
    } catch (NoRatesInForceException e) {
      throw new Rejected(List.of(file.problemAt("date", e.getMessage())));
    }
    Budget indicative;
    try {
      indicative = Calculator.compile(rules).allocate(assessment, Detail.EXPLAINED);
    } catch (InvalidAssessmentException e) {
      for (AssessmentProblem p : e.problems()) {
        String path =
            p.question().map(q -> "assessment.answers." + q.value())
                .orElse(p.domain().map(d -> "assessment.facts." + FactColumns.attributionColumn(d)).orElse("assessment"));
        problems.add(file.problemAt(path, p.message()));
      }
      throw new Rejected(problems);
    }
    PlanCheck check;
    try {
      check = file.plan().check(indicative, rules, rates, file.date());
    } catch (InvalidCostingException e) {
      for (CostingProblem p : e.problems()) {
        problems.add(file.problemAt(p.path(), p.message()));
      }
      throw new Rejected(problems);
    }
    Optional<AgreedBudget> agreed = file.decision().flatMap(check::decide);
    return new Checked(file, rules, card, indicative, check, agreed);
  }

  // ---- output ----

  private static String amount(Money m) {
    return m.toPlainString();
  }

  private static String safe(String text) {
    return Cells.escapeControls(text);
  }

  private static String control(Control c) {
    switch (c) {
      case DIRECT_PAYMENT:
        return "direct-payment";
      case ISF:
        return "isf";
      default:
        return "council";
    }
  }

  static ObjectNode json(Checked c) {
    PlanCheck check = c.check();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("person", check.person().value());
    root.put("date", check.date().toString());
    root.put("rules", c.rules().label());
    ObjectNode rates = root.putObject("rates");
    rates.put("name", c.rates().ratesName());
    rates.put("from", c.rates().version().from().toString());
    rates.put("to", c.rates().version().to().toString());
    ObjectNode indicative = root.putObject("indicative");
    indicative.put("points", check.indicative().totalPoints());
    indicative.put("weekly", amount(check.indicative().weekly()));
    indicative.put("annual", amount(check.indicative().annual()));
    ArrayNode items = root.putArray("items");
    for (ItemCost i : check.items()) {
      ObjectNode n = items.addObject();
      n.put("name", i.name());
      n.put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      i.heldBy().ifPresent(h -> {
        ObjectNode held = n.putObject("heldBy");
        held.put("control", control(h.control()));
        h.holder().ifPresent(x -> held.put("holder", x));
      });
      ArrayNode needs = n.putArray("needs");
      i.needs().forEach(d -> needs.add(d.value()));
      n.put("meetsNeeds", i.meetsNeeds());
      n.put("weekly", amount(i.weekly()));
      n.put("annual", amount(i.annual()));
      ArrayNode charges = n.putArray("annualCharges");
      i.annualCharges().forEach(m -> charges.add(amount(m)));
    }
    root.put("weekly", amount(check.weekly()));
    root.put("annual", amount(check.annual()));
    root.put("withinIndicative", check.withinIndicative());
    root.put("headroom", amount(check.headroom()));
    root.put("excess", amount(check.excess()));
    root.put("referredToPanel", check.referredToPanel());
    ArrayNode drivers = root.putArray("excessDrivers");
    check.excessDrivers().forEach(i -> drivers.add(i.name()));
    ArrayNode unmet = root.putArray("unmetNeeds");
    for (DomainPoints d : check.unmetNeeds()) {
      ObjectNode n = unmet.addObject();
      n.put("domain", d.domain().value());
      n.put("name", domainName(c.rules(), d));
      n.put("points", d.points());
    }
    ArrayNode controls = root.putArray("controls");
    for (ControlTotal t : check.controls()) {
      ObjectNode n = controls.addObject();
      n.put("control", control(t.heldBy().control()));
      t.heldBy().holder().ifPresent(x -> n.put("holder", x));
      n.put("weekly", amount(t.weekly()));
      n.put("annual", amount(t.annual()));
      ArrayNode names = n.putArray("items");
      t.items().forEach(names::add);
    }
    ObjectNode byControl = root.putObject("controlTotals");
    for (Control k : Control.values()) {
      byControl.put(control(k), amount(check.weekly(k)));
    }
    ArrayNode streams = root.putArray("streams");
    streams(streams, check.streams(), false);
    Optional<Decision> decision = c.file().decision();
    if (decision.isPresent()) {
      ObjectNode d = root.putObject("decision");
      d.put("approved", decision.get().isApproved());
      d.put("by", decision.get().by());
      d.put("on", decision.get().on().toString());
      decision.get().reason().ifPresent(r -> d.put("reason", r));
    } else {
      root.putNull("decision");
    }
    if (c.agreed().isPresent()) {
      AgreedBudget a = c.agreed().get();
      ObjectNode n = root.putObject("agreed");
      n.put("indicativeWeekly", amount(a.indicativeWeekly()));
      n.put("cost", amount(a.personalBudget().cost()));
      n.put("personContribution", amount(a.personalBudget().personContribution()));
      n.put("councilContribution", amount(a.personalBudget().councilContribution()));
      n.put("annual", amount(a.annual()));
      streams(n.putArray("streams"), a.streams(), true);
    } else {
      root.putNull("agreed");
    }
    ArrayNode e = root.putArray("explanation");
    explanation(c).forEach(e::add);
    return root;
  }

  private static void streams(ArrayNode into, List<StreamPortion> portions, boolean agreed) {
    for (StreamPortion s : portions) {
      ObjectNode n = into.addObject();
      s.stream().ifPresentOrElse(id -> n.put("stream", id.value()), () -> n.putNull("stream"));
      n.put("name", s.name());
      n.put("chargeable", s.chargeable());
      n.put("weekly", amount(s.weekly()));
      n.put("annual", amount(s.annual()));
      if (agreed) {
        n.put("personContribution", amount(s.personContribution()));
      }
    }
  }

  /** The agreed budget's explanation (which begins with the check's) when there is one, else the check's. */
  static List<String> explanation(Checked c) {
    return c.agreed().map(AgreedBudget::explanation).orElse(c.check().explanation());
  }

  private static String domainName(RuleSet rules, DomainPoints d) {
    return domainName(rules, d.domain());
  }

  /** A need by the name the rule set gives its domain, as the letters and "Needs no item meets" say it. */
  private static String domainName(RuleSet rules, DomainId id) {
    for (Domain domain : rules.domains()) {
      if (domain.id().equals(id)) {
        return domain.name();
      }
    }
    return id.value();
  }

  private static final String ITEM_ROW = "  %-58s %12s %12s%n";

  static String text(Checked c) {
    PlanCheck check = c.check();
    StringBuilder b = new StringBuilder();
    b.append("Support plan of ").append(safe(check.person().value())).append(", checked on ").append(check.date())
        .append(" (rules ").append(safe(c.rules().label())).append("; rates \"").append(safe(c.rates().ratesName()))
        .append("\" in force from ").append(c.rates().version().from()).append(" to ").append(c.rates().version().to())
        .append(")\n\n");
    b.append("Indicative budget: ").append(check.indicative().weekly()).append(" a week (")
        .append(check.indicative().totalPoints()).append(" points): where planning starts, never a cap.\n\n");
    b.append(String.format(ITEM_ROW, "Item", "Weekly", "Annual"));
    for (ItemCost i : check.items()) {
      String needs = String.join(", ", i.needs().stream().map(d -> safe(domainName(c.rules(), d))).toList());
      b.append(String.format(ITEM_ROW, cut(safe(i.name())), i.weekly(), i.annual()));
      b.append("    ").append(i.kind().label()).append("; ")
          .append(i.heldBy().map(h -> safe(h.describe())).orElse("no money held")).append("; ")
          .append(i.meetsNeeds() ? "meets " + needs : "meets no need until confirmed willing and able (names " + needs + ")")
          .append('\n');
    }
    b.append(String.format(ITEM_ROW, "Total", check.weekly(), check.annual()));
    b.append('\n');
    if (check.withinIndicative()) {
      b.append("Within the indicative budget: headroom ").append(check.headroom()).append(" a week.\n");
    } else {
      List<String> drivers = new ArrayList<>();
      check.excessDrivers().forEach(i -> drivers.add(safe(i.name()) + " " + i.weekly()));
      b.append("Above the indicative budget by ").append(check.excess())
          .append(" a week: referred to the panel, not trimmed. Driven by: ").append(String.join(", ", drivers)).append(".\n");
    }
    if (check.unmetNeeds().isEmpty()) {
      b.append("Needs no item meets: none.\n");
    } else {
      List<String> unmet = new ArrayList<>();
      check.unmetNeeds().forEach(d -> unmet.add(safe(domainName(c.rules(), d)) + " (" + d.points() + (d.points() == 1 ? " point)" : " points)")));
      b.append("Needs no item meets: ").append(String.join(", ", unmet)).append(".\n");
    }
    b.append("\nWho holds the money:\n");
    for (ControlTotal t : check.controls()) {
      b.append(String.format(ITEM_ROW, cut(safe(t.heldBy().describe())), t.weekly(), t.annual()));
    }
    b.append(String.format(ITEM_ROW, "Total", check.weekly(), check.annual()));
    b.append("  Direct payments ").append(check.weekly(Control.DIRECT_PAYMENT)).append(", ISFs ")
        .append(check.weekly(Control.ISF)).append(", managed by the council ").append(check.weekly(Control.COUNCIL_MANAGED))
        .append(" a week.\n");
    if (!check.streams().isEmpty()) {
      b.append("\nWho pays:\n");
      for (StreamPortion s : check.streams()) {
        b.append(String.format(ITEM_ROW, cut(safe(s.name())), s.weekly(), s.annual()));
      }
    }
    Optional<Decision> decision = c.file().decision();
    if (decision.isPresent() && c.agreed().isPresent()) {
      AgreedBudget a = c.agreed().get();
      PersonalBudget pb = a.personalBudget();
      b.append("\nApproved by ").append(safe(decision.get().by())).append(" on ").append(decision.get().on())
          .append(". The agreed personal budget (Care Act 2014 s26), a week:\n");
      b.append("  cost of meeting the needs   ").append(String.format("%12s", pb.cost())).append(" (")
          .append(a.annual()).append(" in the plan's year)\n");
      b.append("  the person pays             ").append(String.format("%12s", pb.personContribution())).append('\n');
      b.append("  the council pays            ").append(String.format("%12s", pb.councilContribution())).append('\n');
      if (!a.streams().isEmpty()) {
        b.append(String.format("  %-40s %12s %12s %14s%n", "By funding stream", "Weekly", "Annual", "Person pays"));
        for (StreamPortion s : a.streams()) {
          b.append(String.format("  %-40s %12s %12s %14s%n", cut(safe(s.name())), s.weekly(), s.annual(), s.personContribution()));
        }
      }
    } else if (decision.isPresent()) {
      b.append("\nNot approved by ").append(safe(decision.get().by())).append(" on ").append(decision.get().on())
          .append(": ").append(safe(decision.get().reason().orElse(""))).append('\n');
    } else {
      b.append("\nNo decision is recorded yet: the personal budget is agreed when the plan is approved.\n");
    }
    b.append("\nExplanation:\n");
    for (String line : explanation(c)) {
      b.append("  ").append(safe(line)).append('\n');
    }
    return b.toString();
  }

  /** A name cut to fit its column; the JSON and the explanation keep it whole. */
  private static String cut(String text) {
    return text.length() > 58 ? text.substring(0, 55) + "..." : text;
  }
}
