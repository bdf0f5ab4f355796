package uk.ras.isf;

import java.util.List;
import java.util.stream.Collectors;
import uk.ras.RasException;

/**
 * A setting (or a change to one, such as a person joining) that cannot be used, with every problem found.
 * The message lists them one a line.
 */
public final class InvalidSettingException extends RasException {
  private static final long serialVersionUID = 1L;

  /** The name of the setting that cannot be used. */
  private final String setting;

  private final transient List<SettingProblem> problems;

  /**
   * Creates the exception, its message listing every problem.
   *
   * @param setting the setting's name, not null
   * @param problems every problem found, not null, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidSettingException(String setting, List<SettingProblem> problems) {
    super(describe(setting, problems));
    this.setting = setting;
    this.problems = List.copyOf(problems);
  }

  private static String describe(String setting, List<SettingProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidSettingException needs at least one problem");
    }
    return "Setting \""
        + setting
        + "\" has "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** {@return the setting's name; never null} */
  public String setting() {
    return setting;
  }

  /** {@return the problems, in the order found; never null or empty} */
  public List<SettingProblem> problems() {
    return problems;
  }
}
