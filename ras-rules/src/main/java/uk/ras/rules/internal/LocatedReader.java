package uk.ras.rules.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Rates;
import uk.ras.isf.Setting;
import uk.ras.ledger.BankHolidays;
import uk.ras.isf.SettingPortfolio;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;
import uk.ras.ruleset.RuleProblem;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;

/**
 * Not API: public only so that the readers in {@code uk.ras.rules}, {@code uk.ras.rules.costing}, {@code uk.ras.rules.plan}, {@code uk.ras.rules.ledger} and
 * {@code uk.ras.rules.isf} can reach it. Reads one kind of file the way every kind is read: the bytes
 * within the size limit (a file over it is refused unread), UTF-8 text, YAML or JSON as {@link Formats}
 * decides, the located tree, then the kind's own mapper, whose problems (and the core's checks) are
 * located at the nodes their paths name; every problem is collected before one {@link
 * RuleFileException} is thrown. Immutable and thread-safe (Jackson's factories are, once configured).
 *
 * @param <T> what a file of this kind holds
 */
public final class LocatedReader<T> {
  /** Turns the located tree into the kind's value, or records why not and returns empty. */
  private interface Mapping<T> {
    Optional<T> map(Problems problems, Map<String, Node> byPath, Node root);
  }

  private final Formats formats;
  private final String expected;
  private final String fileKind;
  private final Mapping<T> mapping;

  private LocatedReader(Formats formats, String expected, String fileKind, Mapping<T> mapping) {
    this.formats = formats;
    this.expected = expected;
    this.fileKind = fileKind;
    this.mapping = mapping;
  }

  /** A reader of rule files, whose rule sets must also pass the core validator. */
  public static LocatedReader<RuleSet> ruleSets(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "a rule set",
        "a rule file",
        LocatedReader::ruleSet);
  }

  /** A reader of setting files. */
  public static LocatedReader<Setting> settings(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "a setting",
        "a setting file",
        (problems, byPath, root) -> new SettingMapper(problems, byPath).setting(root));
  }

  /** A reader of portfolio files: {@code {"settings": [setting, ...]}}. */
  public static LocatedReader<SettingPortfolio> portfolios(
      long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "a portfolio of settings",
        "a portfolio file",
        (problems, byPath, root) ->
            new SettingMapper(problems, byPath).portfolio(root).map(SettingPortfolio::of));
  }

  /** A reader of rate files. */
  public static LocatedReader<Rates> rates(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "rates",
        "a rate file",
        (problems, byPath, root) -> new CostingMapper(problems, byPath).rates(root));
  }

  /** A reader of cost-plan files. */
  public static LocatedReader<CostPlan> plans(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "a cost plan",
        "a cost-plan file",
        (problems, byPath, root) -> new CostingMapper(problems, byPath).plan(root));
  }

  /** A reader of support-plan files. */
  public static LocatedReader<PlanContent> supportPlans(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "a support plan",
        "a support-plan file",
        (problems, byPath, root) -> new PlanMapper(problems).plan(root));
  }

  /** A reader of ledger setup files; {@code bundled} are the calendars a setup may name by a word. */
  public static LocatedReader<LedgerSetupContent> ledgerSetups(
      long maxFileBytes, int maxNestingDepth, int maxStringLength, Map<String, BankHolidays> bundled) {
    Map<String, BankHolidays> calendars = Map.copyOf(bundled);
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "a ledger setup",
        "a ledger setup file",
        (problems, byPath, root) -> new LedgerSetupMapper(problems, calendars).setup(root));
  }

  /** A reader of bank-holiday calendar files (name, source, firstYear, lastYear, dates). */
  public static LocatedReader<BankHolidays> calendars(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    return new LocatedReader<>(
        new Formats(maxFileBytes, maxNestingDepth, maxStringLength),
        "a bank-holiday calendar",
        "a calendar file",
        (problems, byPath, root) -> new LedgerSetupMapper(problems, Map.of()).calendar(root));
  }

  /**
   * Reads a file; its name (as given) is the source in problems. Throws RuleFileException, and for the
   * public readers' null arguments, NullPointerException naming the parameter.
   */
  public T read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return parse(file).orThrow();
  }

  /** Reads text already in memory. Throws RuleFileException. */
  public T read(String source, String text) {
    Objects.requireNonNull(source, "sourceName");
    Objects.requireNonNull(text, "content");
    Problems problems = new Problems(source);
    return parse(source, formats.checkLength(text, problems), problems).orThrow();
  }

  /** Reads a stream as UTF-8, at most one byte more than the limit; does not close it. Throws RuleFileException. */
  public T read(String source, InputStream in) throws IOException {
    Objects.requireNonNull(source, "sourceName");
    Objects.requireNonNull(in, "in");
    byte[] bytes = readBounded(in);
    return parse(source, bytes, bytes.length).orThrow();
  }

  /** Reads a file without throwing for its problems. */
  public Parsed<T> parse(Path file) throws IOException {
    long size = Files.size(file);
    if (size > formats.maxFileBytes()) {
      // Refuse before reading: a limit that needs the whole file in memory protects nothing.
      return parse(file.toString(), new byte[0], size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      // What was read, not the size seen before: a file that grew in between is still held to the limit.
      byte[] bytes = readBounded(in);
      return parse(file.toString(), bytes, bytes.length);
    }
  }

  /** Reads text already in memory without throwing for its problems. */
  public Parsed<T> parse(String source, String text) {
    Objects.requireNonNull(source, "sourceName");
    Objects.requireNonNull(text, "content");
    Problems problems = new Problems(source);
    return parse(source, formats.checkLength(text, problems), problems);
  }

  /** Reads a stream as UTF-8 without throwing for its problems; does not close it. */
  public Parsed<T> parse(String source, InputStream in) throws IOException {
    Objects.requireNonNull(source, "sourceName");
    Objects.requireNonNull(in, "in");
    byte[] bytes = readBounded(in);
    return parse(source, bytes, bytes.length);
  }

  private byte[] readBounded(InputStream in) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, formats.maxFileBytes() + 1));
  }

  private Parsed<T> parse(String source, byte[] bytes, long size) {
    Problems problems = new Problems(source);
    Optional<String> text = formats.decode(bytes, size, problems).flatMap(t -> formats.checkLength(t, problems));
    return parse(source, text, problems);
  }

  /** {@code content} is empty when decoding or the length check has already recorded why. */
  private Parsed<T> parse(String source, Optional<String> content, Problems problems) {
    Optional<T> value = Optional.empty();
    Map<String, Node> byPath = Map.of();
    Optional<Node> root = Optional.empty();
    if (content.isPresent()) {
      try (JsonParser parser = formats.open(source, content.get())) {
        TreeBuilder builder =
            new TreeBuilder(
                parser, problems, formats.maxNestingDepth(), formats.maxStringLength(), expected, fileKind);
        root = builder.build();
        byPath = builder.byPath();
        if (root.isPresent()) {
          value = mapping.map(problems, byPath, root.get());
        }
      } catch (IOException e) {
        // Creating or closing a parser over a String does no I/O; this is unreachable in practice.
        problems.add(1, 1, "", "the file cannot be read: " + e.getMessage());
      }
    }
    List<RuleFileProblem> found = problems.sorted();
    return new Parsed<>(source, found.isEmpty() ? value : Optional.empty(), found, byPath, root);
  }

  private static Optional<RuleSet> ruleSet(Problems problems, Map<String, Node> byPath, Node root) {
    Optional<RuleSet> rules = new RuleSetMapper(problems).map(root);
    // The validator's problems do not block: they are all reported with the mapper's notes.
    rules.ifPresent(
        r -> {
          for (RuleProblem problem : RuleSetValidator.validate(r)) {
            Node node = nearest(problem.path(), byPath, root);
            problems.note(node.line(), node.column(), problem.path(), problem.message());
          }
        });
    return rules;
  }

  /**
   * The node {@code path} names, or its nearest existing parent: a problem about an absent field (such
   * as a band's missing {@code to}) belongs to the object that lacks it.
   */
  static Node nearest(String path, Map<String, Node> byPath, Node root) {
    String p = path;
    while (!p.isEmpty()) {
      Node node = byPath.get(p);
      if (node != null) {
        return node;
      }
      int cut = p.endsWith("]") ? p.lastIndexOf('[') : p.lastIndexOf('.');
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return root;
  }

  /** What reading one file gave: the value when there were no problems at all, else every problem. */
  public static final class Parsed<T> {
    private final String source;
    private final Optional<T> value;
    private final List<RuleFileProblem> problems;
    private final Map<String, Node> byPath;
    private final Optional<Node> root;

    private Parsed(
        String source, Optional<T> value, List<RuleFileProblem> problems, Map<String, Node> byPath, Optional<Node> root) {
      this.source = source;
      this.value = value;
      this.problems = problems;
      this.byPath = byPath;
      this.root = root;
    }

    /** Present exactly when {@link #problems()} is empty. */
    public Optional<T> value() {
      return value;
    }

    /** Every problem, by line and column. */
    public List<RuleFileProblem> problems() {
      return problems;
    }

    /** A problem found later (such as across files), located at the node {@code path} names. */
    public RuleFileProblem problemAt(String path, String message) {
      int line = 1;
      int column = 1;
      if (root.isPresent()) {
        Node node = nearest(path, byPath, root.get());
        line = node.line();
        column = node.column();
      }
      return new RuleFileProblem(source, line, column, path, message);
    }

    /** The value, or RuleFileException listing every problem. */
    public T orThrow() {
      if (!problems.isEmpty()) {
        throw new RuleFileException(problems);
      }
      return value.orElseThrow();
    }
  }
}
