package uk.ras.assessment;

import java.util.List;
import java.util.stream.Collectors;
import uk.ras.RasException;

/**
 * An assessment that cannot be allocated under a rule set, with every problem found in it. In a batch
 * it rejects only its own row.
 */
public final class InvalidAssessmentException extends RasException {
  private static final long serialVersionUID = 1L;

  /** The person whose assessment was rejected. */
  private final PersonId person;

  /** The label of the rule set the assessment did not fit. */
  private final String ruleSet;

  private final transient List<AssessmentProblem> problems;

  /**
   * @param person the person assessed, not null
   * @param ruleSet the rule set's label, such as "northshire-mh 2026.1", not null
   * @param problems every problem, not null, not empty
   */
  public InvalidAssessmentException(PersonId person, String ruleSet, List<AssessmentProblem> problems) {
    super(
        "Assessment of "
            + person
            + " cannot be allocated under "
            + ruleSet
            + ": "
            + problems.stream().map(AssessmentProblem::message).collect(Collectors.joining("; ")));
    this.person = person;
    this.ruleSet = ruleSet;
    this.problems = List.copyOf(problems);
  }

  /** {@return the person whose assessment was rejected; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the label of the rule set it did not fit, such as "northshire-mh 2026.1"; never null} */
  public String ruleSetLabel() {
    return ruleSet;
  }

  /** {@return every problem, in questionnaire order; never null or empty} */
  public List<AssessmentProblem> problems() {
    return problems;
  }
}
