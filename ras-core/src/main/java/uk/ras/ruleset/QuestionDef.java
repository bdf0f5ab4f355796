package uk.ras.ruleset;

import java.util.List;
import org.immutables.value.Value;

/** A question of the questionnaire and its answer options. Immutable and thread-safe. */
@Value.Immutable
abstract class QuestionDef {
  /** The question's id, unique in the whole rule set. */
  public abstract QuestionId id();

  /** The question as asked, such as "Washing and bathing". */
  public abstract String text();

  /**
   * Whether an assessment must answer it. An optional question left unanswered scores zero points; a
   * required one left unanswered makes the assessment invalid. Default: required.
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** The answers allowed, in the order they are shown. */
  public abstract List<AnswerOption> options();
}
