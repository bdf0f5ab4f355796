package uk.ras.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.ras.rules.RuleFileProblem;

/**
 * The problems of one file, collected rather than thrown so that the author sees all of them at once.
 * A <em>blocking</em> problem means no rule set can be built (a missing or ill-typed value); the others
 * (an unknown field, a duplicate key) still let the semantic validator run, so its findings are reported
 * in the same pass.
 */
final class Problems {
  /** A hostile or badly broken file could produce millions; past this many, more would not help. */
  static final int MAX_PROBLEMS = 100;

  private final String source;
  private final List<RuleFileProblem> problems = new ArrayList<>();
  private boolean blocking;
  private int blockingCount;
  private boolean truncated;

  Problems(String source) {
    this.source = source;
  }

  /** Records a problem that prevents building a rule set. */
  void add(int line, int column, String path, String message) {
    blocking = true;
    blockingCount++;
    note(line, column, path, message);
  }

  /** Records a problem at {@code node}'s location that prevents building a rule set. */
  void add(Node node, String message) {
    add(node.line(), node.column(), node.path(), message);
  }

  /** Records a problem that does not prevent building a rule set (the file is still refused). */
  void note(int line, int column, String path, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new RuleFileProblem(source, Math.max(1, line), Math.max(1, column), path, message));
    } else {
      truncated = true;
    }
  }

  /** How many blocking problems were recorded so far: a reader of several parts compares before and after one. */
  int blockingCount() {
    return blockingCount;
  }

  boolean isBlocking() {
    return blocking;
  }

  /** The problems by line and column (stable, so problems at one node keep the order found). */
  List<RuleFileProblem> sorted() {
    List<RuleFileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparingInt(RuleFileProblem::line).thenComparingInt(RuleFileProblem::column));
    if (truncated) {
      sorted.add(
          new RuleFileProblem(
              source, 1, 1, "", "more problems were found; only the first " + MAX_PROBLEMS + " are shown"));
    }
    return sorted;
  }
}
