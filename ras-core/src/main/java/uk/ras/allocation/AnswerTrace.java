package uk.ras.allocation;

import java.util.Objects;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * One answer and the points it scored, as the first step of an {@link Explanation}. Immutable and
 * thread-safe.
 *
 * @param domain the question's domain, not null
 * @param question not null
 * @param questionText the question as asked, not null
 * @param option the chosen option, not null
 * @param optionLabel the option as shown, not null
 * @param points the option's points
 */
public record AnswerTrace(
    DomainId domain,
    QuestionId question,
    String questionText,
    OptionId option,
    String optionLabel,
    int points) {
  public AnswerTrace {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(questionText, "questionText");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(optionLabel, "optionLabel");
  }
}
