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

  /**
   * {@return the streams a practitioner may attribute this domain's need to for one person, a whole
   * stream or shares of several, instead of {@link #funding()}; empty when no practitioner may choose
   * and the funding always applies} The funding stays the default: it applies to everyone whose
   * assessment records no choice for the domain. Every stream of the funding (each share's stream and
   * its {@code otherwise}) is among these, and, priced per point, they all price a point alike: a
   * practitioner decides who pays, never how much.
   */
  public abstract List<StreamId> practitionerChoice();
}
