package uk.ras.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
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
  private final long maxFileBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  /**
   * @param maxFileBytes the largest file accepted, in bytes (and, for text given as a string, in chars)
   * @param maxNestingDepth the deepest nesting of lists and mappings accepted
   * @param maxStringLength the longest text value accepted, in characters
   */
  public RuleFileParser(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    this.maxFileBytes = maxFileBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            // One more than our own limit: TreeBuilder reports the depth with a location first.
            .maxNestingDepth(maxNestingDepth + 1)
            // Twice ours, so that TreeBuilder reports a long text at its start with its path; this
            // one only stops a text so long that holding it would be the attack.
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, 2L * maxStringLength))
            .maxNameLength(Math.min(maxStringLength, 1000))
            .maxNumberLength(100)
            .maxDocumentLength(maxFileBytes)
            .build();
    // Source snippets stay out of locations (Jackson's default since 2.16): our messages quote values
    // deliberately and briefly, never a slice of an untrusted file.
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoaderOptions loader = new LoaderOptions();
    // Aliases are refused by TreeBuilder in any case; these keep SnakeYAML itself from doing work
    // for a hostile file before we see a token.
    loader.setMaxAliasesForCollections(10);
    loader.setAllowRecursiveKeys(false);
    // Duplicates are errors, but TreeBuilder finds them (located, and reading goes on to find the
    // other problems); with false here Jackson would stop at the first with a bare message.
    loader.setAllowDuplicateKeys(true);
    loader.setNestingDepthLimit(maxNestingDepth + 1);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
    loader.setProcessComments(false);
    this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
  }

  public long maxFileBytes() {
    return maxFileBytes;
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
    if (size > maxFileBytes) {
      problems.add(1, 1, "", tooLarge(size));
      return new Result(source, Optional.empty(), problems.sorted(), Map.of(), Optional.empty());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(1, 1, "", "the file is not UTF-8 text; save it as UTF-8");
      return new Result(source, Optional.empty(), problems.sorted(), Map.of(), Optional.empty());
    }
    return parse(source, text, problems);
  }

  /** Reads text already in memory. */
  public Result parse(String source, String text) {
    return parse(source, text, new Problems(source));
  }

  private Result parse(String source, String text, Problems problems) {
    if (text.length() > maxFileBytes) {
      problems.add(1, 1, "", tooLarge(text.length()));
      return new Result(source, Optional.empty(), problems.sorted(), Map.of(), Optional.empty());
    }
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Optional<RuleSet> rules = Optional.empty();
    Map<String, Node> byPath = Map.of();
    Optional<Node> root = Optional.empty();
    try (JsonParser parser = isJson(source, content) ? json.createParser(content) : yaml.createParser(content)) {
      TreeBuilder builder = new TreeBuilder(parser, problems, maxNestingDepth, maxStringLength);
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

  private String tooLarge(long size) {
    return "the file is " + size + " bytes; at most " + maxFileBytes + " are allowed";
  }

  /** The extension decides; without a known one, a first character of '{' or '[' means JSON. */
  private static boolean isJson(String source, String content) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    String start = content.stripLeading();
    return start.startsWith("{") || start.startsWith("[");
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
