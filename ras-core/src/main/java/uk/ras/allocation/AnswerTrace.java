package uk.ras.allocation;

import java.util.Objects;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * One answer and the points it scored, as the first step of an {@link Explanation}. Immutable and
 * thread-safe. Made only by the engine.
 */
public final class AnswerTrace {
  private final DomainId domain;
  private final QuestionId question;
  private final String questionText;
  private final OptionId option;
  private final String optionLabel;
  private final int points;

  AnswerTrace(DomainId domain, QuestionId question, String questionText, OptionId option, String optionLabel, int points) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(questionText, "questionText");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(optionLabel, "optionLabel");
    this.domain = domain;
    this.question = question;
    this.questionText = questionText;
    this.option = option;
    this.optionLabel = optionLabel;
    this.points = points;
  }

  /** {@return the question's domain, never null} */
  public DomainId domain() {
    return domain;
  }

  /** {@return the question; never null} */
  public QuestionId question() {
    return question;
  }

  /** {@return the question as asked, never null} */
  public String questionText() {
    return questionText;
  }

  /** {@return the chosen option, never null} */
  public OptionId option() {
    return option;
  }

  /** {@return the option as shown, never null} */
  public String optionLabel() {
    return optionLabel;
  }

  /** {@return the option's points} */
  public int points() {
    return points;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AnswerTrace)) {
      return false;
    }
    AnswerTrace other = (AnswerTrace) o;
    return domain.equals(other.domain)
        && question.equals(other.question)
        && questionText.equals(other.questionText)
        && option.equals(other.option)
        && optionLabel.equals(other.optionLabel)
        && points == other.points;
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, question, questionText, option, optionLabel, points);
  }

  @Override
  public String toString() {
    return "AnswerTrace[" + "domain=" + domain + ", " + "question=" + question + ", " + "questionText=" + questionText + ", " + "option=" + option + ", " + "optionLabel=" + optionLabel + ", " + "points=" + points + "]";
  }
}
