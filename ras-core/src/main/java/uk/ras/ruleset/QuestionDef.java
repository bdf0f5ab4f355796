package uk.ras.ruleset;

import java.util.List;
import org.immutables.value.Value;

/** A question of the questionnaire and its answer options. Immutable and thread-safe. */
@Value.Immutable
abstract class QuestionDef {
  /** {@return the question's id, unique in the whole rule set; never null} */
  public abstract QuestionId id();

  /** {@return the question as asked, such as "Washing and bathing"; never null} */
  public abstract String text();

  /**
   * {@return whether an assessment must answer it} An optional question left unanswered scores zero points; a
   * required one left unanswered makes the assessment invalid. Default: required.
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** {@return the answers allowed, in the order they are shown; never null} */
  public abstract List<AnswerOption> options();
}
