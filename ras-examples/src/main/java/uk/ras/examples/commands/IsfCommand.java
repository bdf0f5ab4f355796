package uk.ras.examples.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;
import uk.ras.assessment.PersonId;
import uk.ras.examples.CliValues;
import uk.ras.examples.Ras;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.FileChecks;
import uk.ras.examples.files.OutputFile;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.examples.report.IsfReport;
import uk.ras.isf.InvalidSettingException;
import uk.ras.isf.JoinAnalysis;
import uk.ras.isf.LeaveAnalysis;
import uk.ras.isf.LeavePolicy;
import uk.ras.isf.LineAmount;
import uk.ras.isf.Person;
import uk.ras.isf.Setting;
import uk.ras.isf.SettingPortfolio;
import uk.ras.isf.SettingProblem;
import uk.ras.isf.Share;
import uk.ras.isf.ShareChange;
import uk.ras.isf.SpentWith;
import uk.ras.isf.Split;
import uk.ras.isf.UnknownPersonException;
import uk.ras.money.Money;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;
import uk.ras.rules.isf.SettingReader;

/**
 * {@code ras isf split|leave|join|portfolio}: Individual Service Funds in shared settings (see docs/isf.md).
 * The JSON output is a contract read by other tools: amounts are strings with exactly two decimals, people in
 * the setting's order. Exit codes: 0 done; 1 invalid input (every problem on standard error, one a line,
 * naming its place); 2 a usage error.
 */
public final class IsfCommand {
  static final String ELM_ROAD = "isf/elm-road.json";
  static final String PORTFOLIO = "isf/portfolio.json";

  /**
   * Made on first use, not with the class: the class is loaded for its usage text by every command, and
   * an ObjectMapper's making loads some 200 classes (a fifth of a second at the start of each run).
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final PrintStream out;
  private final PrintStream err;
  private String file;
  private String format = "json";
  private Path report;
  private String person;
  private LeavePolicy policy = LeavePolicy.RESPLIT;
  private String id;
  private String personalFunding;
  private String weight;
  private SpentWith spentWith = SpentWith.SAME_PROVIDER;
  private final List<String> uses = new ArrayList<>();

  private IsfCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** {@code ras isf}: only its subcommands. */
  @Command(
      name = "isf",
      description = {"Individual Service Funds in a shared setting. See docs/isf.md."},
      synopsisSubcommandLabel = "(split | leave | join | portfolio)",
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class Isf {}

  static final String EXIT_CODES =
      "Exit codes: 0 done; 1 invalid input (each problem on standard error); 2 usage error.";

  private static final String FILE_HELP =
      "A setting file (.json, .yaml, .yml). Default: the bundled house of six, Elm Road.";

  /** {@code ras isf} and its four subcommands. */
  public static CommandLine commandLine() {
    CommandLine isf = new CommandLine(new Isf());
    isf.addSubcommand(new SplitCommand());
    isf.addSubcommand(new LeaveCommand());
    isf.addSubcommand(new JoinCommand());
    isf.addSubcommand(new IsfPortfolioCommand());
    return isf;
  }

  /** The output format, shared by every subcommand. */
  static final class FormatOption {
    @Option(
        names = "--format",
        paramLabel = "json|text",
        converter = FormatConverter.class,
        description = {"json (a contract read by other tools) or text (a readable table).", "Default: json."})
    String format = "json";
  }

  /** {@code --report DIR}, for split and leave. */
  static final class ReportOption {
    @Option(
        names = "--report",
        paramLabel = "DIR",
        converter = CliValues.Folder.class,
        description = {
          "Also write an HTML report with a chart (DIR/isf-split.html or DIR/isf-leave.html; DIR is made "
              + "if need be).",
          "Default: none."
        })
    Path dir;
  }

  static final class FormatConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.equals("json") && !value.equals("text")) {
        throw new TypeConversionException("expected json or text, not '" + value + "'");
      }
      return value;
    }
  }

  static final class PolicyConverter implements ITypeConverter<LeavePolicy> {
    @Override
    public LeavePolicy convert(String value) {
      for (LeavePolicy p : LeavePolicy.values()) {
        if (p.label().equals(value)) {
          return p;
        }
      }
      throw new TypeConversionException("expected resplit or hold-vacancy, not '" + value + "'");
    }
  }

  static final class SpentWithConverter implements ITypeConverter<SpentWith> {
    @Override
    public SpentWith convert(String value) {
      if (value.equals("same-provider")) {
        return SpentWith.SAME_PROVIDER;
      }
      if (value.equals("other-provider")) {
        return SpentWith.OTHER_PROVIDER;
      }
      throw new TypeConversionException("expected same-provider or other-provider, not '" + value + "'");
    }
  }

  @Command(
      name = "split",
      description = {"Each person's ISF: core share + shared shares + personal funding."},
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class SplitCommand implements Ras.Subcommand {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = FILE_HELP)
    String file;

    @Mixin FormatOption format;

    @Mixin ReportOption report;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      IsfCommand c = new IsfCommand(out, err);
      c.file = file;
      c.format = format.format;
      c.report = report.dir;
      return c.guarded(c::split);
    }
  }

  @Command(
      name = "leave",
      description = {
        "What if a person leaves: the budget falls by their personal funding, and their share of the "
            + "setting's costs is re-shared or held as a vacancy."
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class LeaveCommand implements Ras.Subcommand {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = FILE_HELP)
    String file;

    @Option(
        names = "--person",
        required = true,
        paramLabel = "ID",
        converter = CliValues.Text.class,
        description = {"The person who leaves, by id.", "Required."})
    String person;

    @Option(
        names = "--policy",
        paramLabel = "resplit|hold-vacancy",
        converter = PolicyConverter.class,
        description = {
          "resplit: the others share the leaver's part of the shared costs; hold-vacancy: everyone's "
              + "shares stay, and the vacancy is reported.",
          "Default: resplit."
        })
    LeavePolicy policy = LeavePolicy.RESPLIT;

    @Mixin FormatOption format;

    @Mixin ReportOption report;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      IsfCommand c = new IsfCommand(out, err);
      c.file = file;
      c.format = format.format;
      c.report = report.dir;
      c.person = person;
      c.policy = policy;
      return c.guarded(c::leave);
    }
  }

  /** Exactly one of a joiner's personal funding or weight. */
  static final class Funding {
    @Option(
        names = "--personal-funding",
        paramLabel = "AMOUNT",
        converter = CliValues.Text.class,
        description = {"The joiner's personal funding in pounds, at most 2 decimals.", "Required: this or --weight."})
    String personalFunding;

    @Option(
        names = "--weight",
        paramLabel = "N",
        converter = CliValues.Text.class,
        description = {"Or the joiner's weight, a whole number, where the setting shares by weight.",
          "Required: this or --personal-funding."})
    String weight;
  }

  /**
   * {@code --id} and the funding are checked by {@link #run}, not declared required: picocli reports one
   * missing requirement a run (the option, then the group), and the user should hear of both at once, as
   * calibrate does. The synopsis is written out so that it still shows them as required.
   */
  @Command(
      name = "join",
      description = {"What if a person joins (listed last), using the shared lines --uses names."},
      customSynopsis = {
        "ras isf join [-hV] --id=ID [--uses=COST]...",
        "                    [--spent-with=same-provider|other-provider]",
        "                    [--format=json|text] (--personal-funding=AMOUNT |",
        "                    --weight=N) [FILE]"
      },
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class JoinCommand implements Ras.Subcommand {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = FILE_HELP)
    String file;

    @Option(
        names = "--id",
        paramLabel = "ID",
        converter = CliValues.Text.class,
        description = {"The joiner's id.", "Required."})
    String id;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Funding funding;

    @Option(
        names = "--uses",
        paramLabel = "COST",
        description = {"A shared line of the setting the joiner uses, by name (repeatable).", "Default: none."})
    List<String> uses = new ArrayList<>();

    @Option(
        names = "--spent-with",
        paramLabel = "same-provider|other-provider",
        converter = SpentWithConverter.class,
        description = {"Who the joiner's personal funding is spent with.", "Default: same-provider."})
    SpentWith spentWith = SpentWith.SAME_PROVIDER;

    @Mixin FormatOption format;

    @Spec CommandSpec spec;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("'--id=ID'");
      }
      if (funding == null) {
        missing.add("'--personal-funding=AMOUNT' or '--weight=N'");
      }
      if (!missing.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "missing the required option"
            + (missing.size() == 1 ? " " : "s ") + String.join(" and ", missing));
      }
      IsfCommand c = new IsfCommand(out, err);
      c.file = file;
      c.format = format.format;
      c.id = id;
      c.personalFunding = funding.personalFunding;
      c.weight = funding.weight;
      c.uses.addAll(uses);
      c.spentWith = spentWith;
      return c.guarded(c::join);
    }
  }

  @Command(
      name = "portfolio",
      description = {"The leave analysis for every person of every setting of a portfolio file."},
      footerHeading = "%n",
      footer = {EXIT_CODES})
  static final class IsfPortfolioCommand implements Ras.Subcommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "FILE",
        description = "A portfolio file {\"settings\": [...]} (.json, .yaml, .yml). Default: the bundled "
            + "portfolio of Elm Road and Birch Close.")
    String file;

    @Option(
        names = "--policy",
        paramLabel = "resplit|hold-vacancy",
        converter = PolicyConverter.class,
        description = {"As for leave.", "Default: resplit."})
    LeavePolicy policy = LeavePolicy.RESPLIT;

    @Mixin FormatOption format;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException {
      IsfCommand c = new IsfCommand(out, err);
      c.file = file;
      c.format = format.format;
      c.policy = policy;
      return c.guarded(c::portfolio);
    }
  }

  private interface Action {
    int run() throws UsageException;
  }

  /** Runs a subcommand; a setting file with problems prints each, one a line, and exits 1. */
  private int guarded(Action action) throws UsageException {
    try {
      return action.run();
    } catch (RuleFileException e) {
      for (RuleFileProblem p : e.problems()) {
        err.println(p);
      }
      return Ras.ROWS_REJECTED;
    }
  }

  // ---- subcommands ----

  private int split() throws UsageException {
    Split split = readSetting().split();
    if (report != null && !writeReport(SPLIT_REPORT, IsfReport.split(split))) {
      return Ras.USAGE;
    }
    if (format.equals("text")) {
      out.print(TextTables.split(split));
    } else {
      print(splitJson(split));
    }
    return Ras.OK;
  }

  private int leave() throws UsageException {
    Setting setting = readSetting();
    LeaveAnalysis leave;
    try {
      leave = setting.leave(PersonId.of(person), policy);
    } catch (UnknownPersonException e) {
      err.println("--person: " + e.getMessage());
      return Ras.ROWS_REJECTED;
    }
    if (report != null && !writeReport(LEAVE_REPORT, IsfReport.leave(leave))) {
      return Ras.USAGE;
    }
    if (format.equals("text")) {
      out.print(TextTables.leave(leave));
    } else {
      print(leaveJson(leave, true));
    }
    return Ras.OK;
  }

  private int join() throws UsageException {
    Setting setting = readSetting();
    Person joiner;
    try {
      joiner =
          personalFunding != null
              ? Person.withPersonalFunding(PersonId.of(id), Money.parse(personalFunding))
              : Person.withWeight(PersonId.of(id), Long.parseLong(weight.trim()));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UsageException(
          personalFunding != null
              ? "--personal-funding: '" + personalFunding + "' is not an amount in pounds with at most 2 decimals"
              : "--weight: '" + weight + "' is not a whole number");
    }
    JoinAnalysis join;
    try {
      join = setting.join(joiner.spentWith(spentWith), uses);
    } catch (InvalidSettingException e) {
      String joinerAt = "people[" + setting.people().size() + "]";
      for (SettingProblem p : e.problems()) {
        err.println(option(p.path(), joinerAt) + ": " + p.message());
      }
      return Ras.ROWS_REJECTED;
    }
    if (format.equals("text")) {
      out.print(TextTables.join(join));
    } else {
      print(joinJson(join));
    }
    return Ras.OK;
  }

  /** Names the option a join problem came from: the joiner is people[N], the lines are uses[K]. */
  private static String option(String path, String joinerAt) {
    if (path.startsWith(joinerAt + ".")) {
      switch (path.substring(joinerAt.length() + 1)) {
        case "id":
          return "--id";
        case "weight":
          return "--weight";
        default:
          return "--personal-funding";
      }
    }
    if (path.startsWith("uses[")) {
      return "--uses (" + (Integer.parseInt(path.substring(5, path.indexOf(']'))) + 1) + ")";
    }
    return path;
  }

  private int portfolio() throws UsageException {
    SettingPortfolio portfolio;
    if (file == null) {
      try (InputStream in = RuleFiles.open(PORTFOLIO)) {
        portfolio = SettingReader.create().readPortfolio("portfolio.json (bundled)", in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      try {
        portfolio = SettingReader.create().readPortfolio(existing(file));
      } catch (IOException e) {
        throw new UsageException("cannot read " + file + ": " + e.getMessage());
      }
    }
    List<LeaveAnalysis> leaves = portfolio.leaveAnalyses(policy);
    if (format.equals("text")) {
      out.print(TextTables.portfolio(portfolio, policy, leaves));
      return Ras.OK;
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("policy", policy.label());
    ArrayNode settings = root.putArray("settings");
    for (Setting s : portfolio.settings()) {
      ObjectNode node = settings.addObject();
      node.put("setting", s.name());
      node.put("period", s.period().label());
      node.put("total", amount(s.split().total()));
      ArrayNode list = node.putArray("leaves");
      for (LeaveAnalysis l : leaves) {
        if (l.setting() == s) {
          list.add(leaveJson(l, false));
        }
      }
    }
    print(root);
    return Ras.OK;
  }

  public static final String SPLIT_REPORT = "isf-split.html";
  public static final String LEAVE_REPORT = "isf-leave.html";

  /**
   * Writes the HTML report into the --report directory, made if need be, through a temporary file moved into
   * place; false, with the reason on standard error, if it cannot be written.
   */
  private boolean writeReport(String name, String html) throws UsageException {
    try {
      OutputFile.writeText(report, name, html, file == null ? null : Path.of(file));
      return true;
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      err.println("ras: cannot write the report to " + Cells.escapeControls(report.toString()) + ": "
          + FileChecks.plainReason(e));
      return false;
    }
  }

  // ---- reading ----

  private Setting readSetting() throws UsageException {
    if (file == null) {
      try (InputStream in = RuleFiles.open(ELM_ROAD)) {
        return SettingReader.create().read("elm-road.json (bundled)", in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      return SettingReader.create().read(existing(file));
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The file, if it is one that can be read; else why not, in plain words (FileChecks). */
  private static Path existing(String name) throws UsageException {
    Path path = Path.of(name);
    try {
      FileChecks.readable(path, "file");
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    }
    return path;
  }

  // ---- JSON ----

  /** Exactly two decimals, a minus sign when negative: "1234.50", "-3.05". */
  static String amount(Money m) {
    return m.toPlainString();
  }

  static ObjectNode splitJson(Split split) {
    Setting s = split.setting();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("setting", s.name());
    root.put("period", s.period().label());
    root.put("total", amount(split.total()));
    ArrayNode people = root.putArray("people");
    for (Share share : split.shares()) {
      ObjectNode p = person(people, share);
      control(p, share);
      lines(p, share);
    }
    s.budget().ifPresent(b -> root.put("budget", amount(b)));
    split.derivedPool().ifPresent(pool -> root.put("personalFundingPool", amount(pool)));
    explanation(root, split.explanation());
    return root;
  }

  static ObjectNode leaveJson(LeaveAnalysis leave, boolean withExplanation) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("setting", leave.setting().name());
    root.put("period", leave.setting().period().label());
    root.put("leaver", leave.leaver().value());
    root.put("policy", leave.policy().label());
    root.put("budgetReduction", amount(leave.budgetReduction()));
    root.put("previousTotal", amount(leave.previousTotal()));
    root.put("newTotal", amount(leave.newTotal()));
    ArrayNode people = root.putArray("people");
    for (ShareChange c : leave.people()) {
      ObjectNode p = person(people, c.share());
      p.put("change", amount(c.change()));
      lines(p, c.share());
    }
    boolean resplit = leave.policy() == LeavePolicy.RESPLIT;
    ArrayNode list = root.putArray(resplit ? "unallocated" : "vacancy");
    for (LineAmount l : resplit ? leave.unallocated() : leave.vacancy()) {
      ObjectNode n = list.addObject();
      n.put("name", l.name());
      n.put("amount", amount(l.amount()));
      n.put("kind", l.kind().label());
    }
    if (withExplanation) {
      explanation(root, leave.explanation());
    }
    return root;
  }

  static ObjectNode joinJson(JoinAnalysis join) {
    Setting s = join.before().setting();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("setting", s.name());
    root.put("period", s.period().label());
    root.put("joiner", join.joiner().value());
    root.put("previousTotal", amount(join.previousTotal()));
    root.put("newTotal", amount(join.newTotal()));
    root.put("budgetIncrease", amount(join.budgetIncrease()));
    ArrayNode people = root.putArray("people");
    for (ShareChange c : join.people()) {
      ObjectNode p = person(people, c.share());
      p.put("change", amount(c.change()));
      control(p, c.share());
      lines(p, c.share());
    }
    explanation(root, join.explanation());
    return root;
  }

  private static ObjectNode person(ArrayNode people, Share share) {
    ObjectNode p = people.addObject();
    p.put("id", share.person().value());
    p.put("core", amount(share.core()));
    p.put("shared", amount(share.shared()));
    p.put("personal", amount(share.personal()));
    p.put("total", amount(share.total()));
    return p;
  }

  private static void control(ObjectNode p, Share share) {
    p.put("spentWith", share.spentWith().label());
    p.put("controlled", amount(share.controlled()));
    p.put("heldByProvider", amount(share.heldByProvider()));
  }

  private static void lines(ObjectNode p, Share share) {
    ArrayNode lines = p.putArray("lines");
    for (LineAmount l : share.lines()) {
      ObjectNode n = lines.addObject();
      n.put("name", l.name());
      n.put("kind", l.kind().label());
      n.put("amount", amount(l.amount()));
    }
  }

  private static void explanation(ObjectNode root, List<String> sentences) {
    ArrayNode e = root.putArray("explanation");
    sentences.forEach(e::add);
  }

  private void print(ObjectNode root) {
    try {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The share of the ISF a person controls, for reading: one decimal of a percent, half up. */
  static String percent(Money part, Money whole) {
    if (whole.isZero()) {
      return "0.0%";
    }
    return part.pounds()
            .multiply(BigDecimal.valueOf(100))
            .divide(whole.pounds(), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  static String label(SpentWith s) {
    return s.label().replace('-', ' ').toLowerCase(Locale.ROOT);
  }

}
