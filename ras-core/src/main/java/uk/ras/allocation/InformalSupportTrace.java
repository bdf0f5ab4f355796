package uk.ras.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * The answer to the informal-support question and the share of need it says family and friends meet.
 * Immutable and thread-safe.
 *
 * @param question not null
 * @param option not null
 * @param label the option as shown, not null
 * @param share from 0 to 1, not null
 */
public record InformalSupportTrace(QuestionId question, OptionId option, String label, BigDecimal share) {
  public InformalSupportTrace {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(share, "share");
  }
}
