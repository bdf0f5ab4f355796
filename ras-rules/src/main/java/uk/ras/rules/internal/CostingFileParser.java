package uk.ras.rules.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Rates;
import uk.ras.rules.RuleFileProblem;

/**
 * Not API: public only so that {@code uk.ras.rules.costing.CostingReader} can reach it. Reads rate files
 * and cost-plan files with the same machinery, limits and located messages as rule and setting files:
 * text, then the located tree, then the core types, whose own checks are located at the nodes their
 * paths name. Immutable and thread-safe.
 */
public final class CostingFileParser {
  private final Formats formats;

  /**
   * @param maxFileBytes the largest file accepted, in bytes (and, for text given as a string, in chars)
   * @param maxNestingDepth the deepest nesting of lists and mappings accepted
   * @param maxStringLength the longest text value accepted, in characters
   */
  public CostingFileParser(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    this.formats = new Formats(maxFileBytes, maxNestingDepth, maxStringLength);
  }

  public long maxFileBytes() {
    return formats.maxFileBytes();
  }

  /** What reading gave: the value when there were no problems at all, else every problem. */
  public record Result<T>(Optional<T> value, List<RuleFileProblem> problems) {}

  /** Reads a rate file's bytes, where {@code size} is its size as known before reading it. */
  public Result<Rates> rates(String source, byte[] bytes, long size) {
    return parse(source, bytes, size, "rates", "a rate file", CostingMapper::rates);
  }

  /** Reads a rate file's text. */
  public Result<Rates> rates(String source, String text) {
    return parse(source, text, new Problems(source), "rates", "a rate file", CostingMapper::rates);
  }

  /** Reads a cost-plan file's bytes, where {@code size} is its size as known before reading it. */
  public Result<CostPlan> plan(String source, byte[] bytes, long size) {
    return parse(source, bytes, size, "a cost plan", "a cost-plan file", CostingMapper::plan);
  }

  /** Reads a cost-plan file's text. */
  public Result<CostPlan> plan(String source, String text) {
    return parse(source, text, new Problems(source), "a cost plan", "a cost-plan file", CostingMapper::plan);
  }

  private <T> Result<T> parse(
      String source,
      byte[] bytes,
      long size,
      String expected,
      String fileKind,
      BiFunction<CostingMapper, Node, Optional<T>> map) {
    Problems problems = new Problems(source);
    Optional<String> text = formats.decode(bytes, size, problems);
    if (text.isEmpty()) {
      return new Result<>(Optional.empty(), problems.sorted());
    }
    return parse(source, text.get(), problems, expected, fileKind, map);
  }

  private <T> Result<T> parse(
      String source,
      String text,
      Problems problems,
      String expected,
      String fileKind,
      BiFunction<CostingMapper, Node, Optional<T>> map) {
    Optional<String> content = formats.checkLength(text, problems);
    if (content.isEmpty()) {
      return new Result<>(Optional.empty(), problems.sorted());
    }
    Optional<T> value = Optional.empty();
    try (JsonParser parser = formats.open(source, content.get())) {
      TreeBuilder builder =
          new TreeBuilder(
              parser, problems, formats.maxNestingDepth(), formats.maxStringLength(), expected, fileKind);
      Optional<Node> root = builder.build();
      if (root.isPresent()) {
        value = map.apply(new CostingMapper(problems, builder.byPath()), root.get());
      }
    } catch (IOException e) {
      // Creating or closing a parser over a String does no I/O; this is unreachable in practice.
      problems.add(1, 1, "", "the file cannot be read: " + e.getMessage());
    }
    List<RuleFileProblem> found = problems.sorted();
    return new Result<>(found.isEmpty() ? value : Optional.empty(), found);
  }
}
