package uk.ras.rules.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ras.rules.RuleFileProblem;
import uk.ras.ruleset.RuleProblem;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;

/**
 * Not API: public only so that {@code uk.ras.rules.RuleSetReader} can reach it. Reads one rule file: text, then the located tree, then the rule set, then the core validator, whose
 * problems are located at the nodes their paths name. Immutable and thread-safe (Jackson's factories
 * are, once configured).
 */
public final class RuleFileParser {
  private final Formats formats;

  /**
   * @param maxFileBytes the largest file accepted, in bytes (and, for text given as a string, in chars)
   * @param maxNestingDepth the deepest nesting of lists and mappings accepted
   * @param maxStringLength the longest text value accepted, in characters
   */
  public RuleFileParser(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    this.formats = new Formats(maxFileBytes, maxNestingDepth, maxStringLength);
  }

  public long maxFileBytes() {
    return formats.maxFileBytes();
  }

  /**
   * Reads the bytes of a file; UTF-8 (with or without a byte-order mark), as both YAML 1.2 and JSON
   * (RFC 8259) require of files exchanged between systems.
   */
  public Result parse(String source, byte[] bytes) {
    return parse(source, bytes, bytes.length);
  }

  /**
   * As {@link #parse(String, byte[])}, where {@code size} is the file's size as known before reading
   * it (a file over the limit is refused without being read).
   */
  public Result parse(String source, byte[] bytes, long size) {
    Problems problems = new Problems(source);
    Optional<String> text = formats.decode(bytes, size, problems);
    if (text.isEmpty()) {
      return new Result(source, Optional.empty(), problems.sorted(), Map.of(), Optional.empty());
    }
    return parse(source, text.get(), problems);
  }

  /** Reads text already in memory. */
  public Result parse(String source, String text) {
    return parse(source, text, new Problems(source));
  }

  private Result parse(String source, String text, Problems problems) {
    Optional<String> checked = formats.checkLength(text, problems);
    if (checked.isEmpty()) {
      return new Result(source, Optional.empty(), problems.sorted(), Map.of(), Optional.empty());
    }
    String content = checked.get();
    Optional<RuleSet> rules = Optional.empty();
    Map<String, Node> byPath = Map.of();
    Optional<Node> root = Optional.empty();
    try (JsonParser parser = formats.open(source, content)) {
      TreeBuilder builder =
          new TreeBuilder(parser, problems, formats.maxNestingDepth(), formats.maxStringLength());
      root = builder.build();
      byPath = builder.byPath();
      if (root.isPresent()) {
        rules = new RuleSetMapper(problems).map(root.get());
        if (rules.isPresent()) {
          locate(RuleSetValidator.validate(rules.get()), builder.byPath(), root.get(), problems);
        }
      }
    } catch (IOException e) {
      // Creating or closing a parser over a String does no I/O; this is unreachable in practice.
      problems.add(1, 1, "", "the file cannot be read: " + e.getMessage());
    }
    List<RuleFileProblem> found = problems.sorted();
    return new Result(source, found.isEmpty() ? rules : Optional.empty(), found, byPath, root);
  }

  /**
   * Places each validator problem at the node its path names, or at the nearest existing parent: a
   * problem about an absent field (such as a band's missing {@code to}) belongs to the object that
   * lacks it.
   */
  private static void locate(
      List<RuleProblem> found, Map<String, Node> byPath, Node root, Problems problems) {
    for (RuleProblem problem : found) {
      Node node = nearest(problem.path(), byPath, root);
      problems.note(node.line(), node.column(), problem.path(), problem.message());
    }
  }

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

  /** What reading one file gave: the rule set when there were no problems at all. */
  public static final class Result {
    private final String source;
    private final Optional<RuleSet> ruleSet;
    private final List<RuleFileProblem> problems;
    private final Map<String, Node> byPath;
    private final Optional<Node> root;

    Result(String source, Optional<RuleSet> ruleSet, List<RuleFileProblem> problems, Map<String, Node> byPath, Optional<Node> root) {
      this.source = source;
      this.ruleSet = ruleSet;
      this.problems = problems;
      this.byPath = byPath;
      this.root = root;
    }

    /** Present exactly when {@link #problems()} is empty. */
    public Optional<RuleSet> ruleSet() {
      return ruleSet;
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
  }
}
