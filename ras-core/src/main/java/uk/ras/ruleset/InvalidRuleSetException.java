package uk.ras.ruleset;

import java.util.List;
import java.util.stream.Collectors;
import uk.ras.RasException;

/**
 * A rule set that cannot be used, with every problem found. The message lists them one a line; {@link
 * #problems()} gives them one by one.
 */
public final class InvalidRuleSetException extends RasException {
  private static final long serialVersionUID = 1L;

  /** Where the rule set came from, such as a file name. */
  private final String source;

  private final transient List<RuleProblem> problems;

  /**
   * Creates the exception, its message listing every problem.
   *
   * @param source where the rule set came from, such as a file name or "built in code"; not null
   * @param problems every problem found, not null, not empty
   */
  public InvalidRuleSetException(String source, List<RuleProblem> problems) {
    super(
        "Rule set "
            + source
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** {@return where the rule set came from; never null} */
  public String source() {
    return source;
  }

  /** {@return the problems, in the order found; never null or empty} */
  public List<RuleProblem> problems() {
    return problems;
  }
}
