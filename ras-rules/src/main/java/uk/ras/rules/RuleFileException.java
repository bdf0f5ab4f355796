package uk.ras.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.ras.RasException;

/**
 * One or more rule files cannot be used. Carries <em>every</em> problem found, in file order; the message
 * lists them one a line, each as {@code file:line:column path: message}, ready to show to the person who
 * wrote the file.
 */
public final class RuleFileException extends RasException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleFileProblem> problems;

  /**
   * @param problems every problem found, not null, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RuleFileException(List<RuleFileProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<RuleFileProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a RuleFileException needs at least one problem");
    }
    return problems.stream().map(RuleFileProblem::toString).collect(Collectors.joining("\n"));
  }

  /**
   * {@return the problems, in the order of the files and, within a file, by line and column; never null
   * or empty}
   */
  public List<RuleFileProblem> problems() {
    return problems;
  }
}
