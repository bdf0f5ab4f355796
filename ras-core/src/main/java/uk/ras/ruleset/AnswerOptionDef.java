package uk.ras.ruleset;

import org.immutables.value.Value;

/** One answer a question allows, and the points it carries. Immutable and thread-safe. */
@Value.Immutable
abstract class AnswerOptionDef {
  /** The option's id, unique within its question. */
  public abstract OptionId id();

  /** What the person or assessor reads, such as "Some hands-on help". */
  public abstract String label();

  /** The need points this answer carries; the validator requires them to be zero or more. */
  public abstract int points();
}
