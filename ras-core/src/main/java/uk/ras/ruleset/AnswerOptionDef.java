package uk.ras.ruleset;

import org.immutables.value.Value;

/** One answer a question allows, and the points it carries. Immutable and thread-safe. */
@Value.Immutable
abstract class AnswerOptionDef {
  /** {@return the option's id, unique within its question; never null} */
  public abstract OptionId id();

  /** {@return what the person or assessor reads, such as "Some hands-on help"; never null} */
  public abstract String label();

  /** {@return the need points this answer carries; the validator requires them to be zero or more} */
  public abstract int points();
}
