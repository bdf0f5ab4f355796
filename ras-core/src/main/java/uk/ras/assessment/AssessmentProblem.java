package uk.ras.assessment;

import java.util.Objects;
import uk.ras.ruleset.QuestionId;

/**
 * One reason an assessment cannot be allocated under a rule set. Immutable and thread-safe.
 *
 * @param kind what is wrong, not null
 * @param question the question concerned, not null
 * @param value the answer given, or "" when the problem is a missing answer; not null
 * @param message the problem in words, naming the question and value; not null
 */
public record AssessmentProblem(Kind kind, QuestionId question, String value, String message) {
  /**
   * Checks that no component is null.
   *
   * @param kind what is wrong, not null
   * @param question the question concerned, not null
   * @param value the answer given, or "" when the problem is a missing answer; not null
   * @param message the problem in words, naming the question and value; not null
   * @throws NullPointerException if a component is null
   */
  public AssessmentProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of problem. */
  public enum Kind {
    /** An answer to a question the rule set does not have. */
    UNKNOWN_QUESTION,
    /** An answer that is not one of the question's options. */
    UNKNOWN_OPTION,
    /** No answer to a required question. */
    MISSING_ANSWER
  }

  @Override
  public String toString() {
    return message;
  }
}
