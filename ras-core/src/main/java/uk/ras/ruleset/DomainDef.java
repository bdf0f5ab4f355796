package uk.ras.ruleset;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** An assessment domain, such as "Personal care", and its questions. Immutable and thread-safe. */
@Value.Immutable
abstract class DomainDef {
  /** The domain's id, unique in the rule set. */
  public abstract DomainId id();

  /** The domain's name as a person reads it. */
  public abstract String name();

  /** The most points the domain may contribute, if capped. */
  public abstract OptionalInt cap();

  /** The domain's questions, in order. */
  public abstract List<Question> questions();

  /**
   * Which funding streams pay for this domain's need, and in what shares; required when the rule set
   * declares streams, and empty otherwise.
   */
  public abstract List<StreamShare> funding();
}
