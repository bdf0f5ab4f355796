package uk.ras.ruleset;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** An assessment domain, such as "Personal care", and its questions. Immutable and thread-safe. */
@Value.Immutable
abstract class DomainDef {
  /** {@return the domain's id, unique in the rule set; never null} */
  public abstract DomainId id();

  /** {@return the domain's name as a person reads it; never null} */
  public abstract String name();

  /** {@return the most points the domain may contribute, if capped} */
  public abstract OptionalInt cap();

  /** {@return the domain's questions, in order; never null} */
  public abstract List<Question> questions();

  /**
   * {@return which funding streams pay for this domain's need, and in what shares; required when the rule
   * set declares streams, and empty otherwise}
   */
  public abstract List<StreamShare> funding();
}
