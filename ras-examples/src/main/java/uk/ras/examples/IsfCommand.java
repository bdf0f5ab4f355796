package uk.ras.examples;

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
import uk.ras.assessment.PersonId;
import uk.ras.isf.InvalidSettingException;
import uk.ras.isf.JoinAnalysis;
import uk.ras.isf.LeaveAnalysis;
import uk.ras.isf.LeavePolicy;
import uk.ras.isf.LineAmount;
import uk.ras.isf.Person;
import uk.ras.isf.SettingPortfolio;
import uk.ras.isf.Setting;
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
final class IsfCommand {
  static final String ELM_ROAD = "isf/elm-road.json";
  static final String PORTFOLIO = "isf/portfolio.json";

  static final String USAGE_LINES =
      String.join(
          "\n",
          "  ras isf split [FILE] [--format json|text]",
          "  ras isf leave [FILE] --person ID [--policy resplit|hold-vacancy] [--format json|text]",
          "  ras isf join [FILE] --id ID (--personal-funding AMOUNT | --weight N) [--uses COST]...",
          "               [--spent-with same-provider|other-provider] [--format json|text]",
          "  ras isf portfolio [FILE] [--policy resplit|hold-vacancy] [--format json|text]");

  static final String HELP =
      String.join(
          "\n",
          "isf       Individual Service Funds in a shared setting (docs/isf.md).",
          "  split              each person's ISF: core share + shared shares + personal funding",
          "  leave              what if --person leaves: the budget falls by their personal funding;",
          "                     --policy resplit (default) re-shares their costs, hold-vacancy keeps",
          "                     everyone's shares and reports the vacancy",
          "  join               what if a person joins (listed last), using the shared lines --uses names",
          "  portfolio          the leave analysis for every person of every setting of a portfolio file",
          "  FILE               a setting file (.json, .yaml, .yml); default: the bundled house of six,",
          "                     Elm Road. For portfolio, a file {\"settings\": [...]}; default: the bundled",
          "                     portfolio of Elm Road and Birch Close.",
          "  --format text      a readable table instead of JSON",
          "  Exit codes: 0 done; 1 invalid input (each problem on standard error); 2 usage error.");

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

  /** Runs {@code ras isf ARGS}; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("isf needs a subcommand: split, leave, join or portfolio");
    }
    IsfCommand c = new IsfCommand(out, err);
    String sub = args[0];
    c.parse(sub, args);
    try {
      switch (sub) {
        case "split":
          return c.split();
        case "leave":
          return c.leave();
        case "join":
          return c.join();
        case "portfolio":
          return c.portfolio();
        default:
          throw new UsageException("unknown isf subcommand '" + sub + "'; expected split, leave, join or portfolio");
      }
    } catch (RuleFileException e) {
      for (RuleFileProblem p : e.problems()) {
        err.println(p);
      }
      return Ras.ROWS_REJECTED;
    }
  }

  private void parse(String sub, String[] args) throws UsageException {
    List<String> allowed;
    switch (sub) {
      case "split":
        allowed = List.of("--format");
        break;
      case "leave":
        allowed = List.of("--format", "--person", "--policy");
        break;
      case "join":
        allowed = List.of("--format", "--id", "--personal-funding", "--weight", "--uses", "--spent-with");
        break;
      case "portfolio":
        allowed = List.of("--format", "--policy");
        break;
      default:
        throw new UsageException("unknown isf subcommand '" + sub + "'; expected split, leave, join or portfolio");
    }
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        if (file != null) {
          throw new UsageException("isf " + sub + " takes one FILE; found '" + file + "' and '" + arg + "'");
        }
        file = arg;
        continue;
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else {
        if (!allowed.contains(name)) {
          throw new UsageException("isf " + sub + ": unknown option '" + arg + "'; expected " + String.join(", ", allowed));
        }
        if (i + 1 >= args.length) {
          throw new UsageException("isf " + sub + ": " + name + " needs a value");
        }
        value = args[++i];
      }
      if (!allowed.contains(name)) {
        throw new UsageException("isf " + sub + ": unknown option '" + name + "'; expected " + String.join(", ", allowed));
      }
      switch (name) {
        case "--format":
          if (!value.equals("json") && !value.equals("text")) {
            throw new UsageException("--format must be json or text, not '" + value + "'");
          }
          format = value;
          break;
        case "--person":
          person = value;
          break;
        case "--policy":
          policy = policy(value);
          break;
        case "--id":
          id = value;
          break;
        case "--personal-funding":
          personalFunding = value;
          break;
        case "--weight":
          weight = value;
          break;
        case "--uses":
          uses.add(value);
          break;
        default: // --spent-with
          if (value.equals("same-provider")) {
            spentWith = SpentWith.SAME_PROVIDER;
          } else if (value.equals("other-provider")) {
            spentWith = SpentWith.OTHER_PROVIDER;
          } else {
            throw new UsageException("--spent-with must be same-provider or other-provider, not '" + value + "'");
          }
      }
    }
    if (sub.equals("leave") && (person == null || person.isBlank())) {
      throw new UsageException("isf leave needs --person ID");
    }
    if (sub.equals("join")) {
      if (id == null || id.isBlank()) {
        throw new UsageException("isf join needs --id ID");
      }
      if ((personalFunding == null) == (weight == null)) {
        throw new UsageException("isf join needs exactly one of --personal-funding AMOUNT or --weight N");
      }
    }
  }

  private static LeavePolicy policy(String value) throws UsageException {
    for (LeavePolicy p : LeavePolicy.values()) {
      if (p.label().equals(value)) {
        return p;
      }
    }
    throw new UsageException("--policy must be resplit or hold-vacancy, not '" + value + "'");
  }

  // ---- subcommands ----

  private int split() throws UsageException {
    Split split = readSetting().split();
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
      try (InputStream in = resource(PORTFOLIO)) {
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

  // ---- reading ----

  private Setting readSetting() throws UsageException {
    if (file == null) {
      try (InputStream in = resource(ELM_ROAD)) {
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

  private static Path existing(String name) throws UsageException {
    Path path = Path.of(name);
    if (!Files.isRegularFile(path)) {
      throw new UsageException("no such file: " + name);
    }
    return path;
  }

  private static InputStream resource(String name) {
    InputStream in = IsfCommand.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled example missing from the jar: " + name);
    }
    return in;
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
