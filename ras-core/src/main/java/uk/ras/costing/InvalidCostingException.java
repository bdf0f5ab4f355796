package uk.ras.costing;

import java.util.List;
import java.util.stream.Collectors;
import uk.ras.RasException;

/**
 * Rates, or a cost plan, or a plan costed under rates that lack what it uses, that cannot be used; with
 * every problem found. The message lists them one a line.
 */
public final class InvalidCostingException extends RasException {
  private static final long serialVersionUID = 1L;

  /** What cannot be used, such as {@code rates "Northshire 2026/27"}. */
  private final String subject;

  private final transient List<CostingProblem> problems;

  /**
   * Creates the exception, its message listing every problem.
   *
   * @param subject what cannot be used, such as {@code cost plan "Elm Road"}, not null
   * @param problems every problem found, not null, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidCostingException(String subject, List<CostingProblem> problems) {
    super(describe(subject, problems));
    this.subject = subject;
    this.problems = List.copyOf(problems);
  }

  private static String describe(String subject, List<CostingProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidCostingException needs at least one problem");
    }
    return subject
        + " has "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** {@return what cannot be used; never null} */
  public String subject() {
    return subject;
  }

  /** {@return the problems, in the order found; never null or empty} */
  public List<CostingProblem> problems() {
    return problems;
  }
}
