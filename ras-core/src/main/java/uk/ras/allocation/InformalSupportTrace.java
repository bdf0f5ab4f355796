package uk.ras.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * The answer to the informal-support question and the share of need it says family and friends meet.
 * Immutable and thread-safe. Made only by the engine.
 */
public final class InformalSupportTrace {
  private final QuestionId question;
  private final OptionId option;
  private final String label;
  private final BigDecimal share;

  InformalSupportTrace(QuestionId question, OptionId option, String label, BigDecimal share) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(share, "share");
    this.question = question;
    this.option = option;
    this.label = label;
    this.share = share;
  }

  /** {@return the question; never null} */
  public QuestionId question() {
    return question;
  }

  /** {@return the option; never null} */
  public OptionId option() {
    return option;
  }

  /** {@return the option as shown, never null} */
  public String label() {
    return label;
  }

  /** {@return the share of need the answer says family and friends meet, from 0 to 1; never null} */
  public BigDecimal share() {
    return share;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InformalSupportTrace)) {
      return false;
    }
    InformalSupportTrace other = (InformalSupportTrace) o;
    return question.equals(other.question)
        && option.equals(other.option)
        && label.equals(other.label)
        && share.equals(other.share);
  }

  @Override
  public int hashCode() {
    return Objects.hash(question, option, label, share);
  }

  @Override
  public String toString() {
    return "InformalSupportTrace[" + "question=" + question + ", " + "option=" + option + ", " + "label=" + label + ", " + "share=" + share + "]";
  }
}
