package uk.ras.costing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One costed line: its weekly cost, rounded to the penny once, who pays it, the hourly rate it used (if
 * any) and one sentence saying how the cost was reached. Immutable and thread-safe. Made only by the
 * engine.
 */
public final class LineCost {
  private final String name;
  private final LineKind kind;
  private final Scope scope;
  private final List<PersonId> payers;
  private final Money weekly;
  private final Optional<HourlyRate> rate;
  private final String explanation;
  private final List<String> needs;

  LineCost(
      String name,
      LineKind kind,
      Scope scope,
      List<PersonId> payers,
      Money weekly,
      Optional<HourlyRate> rate,
      String explanation,
      List<String> needs) {
    this.name = name;
    this.kind = kind;
    this.scope = scope;
    this.payers = List.copyOf(payers);
    this.weekly = weekly;
    this.rate = rate;
    this.explanation = explanation;
    this.needs = List.copyOf(needs);
  }

  /** {@return the line's name; never null} */
  public String name() {
    return name;
  }

  /** {@return what the line measures; never null} */
  public LineKind kind() {
    return kind;
  }

  /** {@return who pays: core, shared or personal; never null} */
  public Scope scope() {
    return scope;
  }

  /** {@return the people who pay, as listed (everyone, in the plan's order, for core); never null} */
  public List<PersonId> payers() {
    return payers;
  }

  /** {@return the weekly cost, rounded to the penny once; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return the hourly rate used by an hours or waking-night line; empty for other kinds} */
  public Optional<HourlyRate> rate() {
    return rate;
  }

  /**
   * {@return how the cost was reached, such as "Sleep-in (core, all 6): 7 nights x £120.00 a sleep-in
   * night = £840.00"; never null}
   */
  public String explanation() {
    return explanation;
  }

  /** {@return the domains of need the line meets, as its plan line records them; never null} */
  public List<String> needs() {
    return needs;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineCost)) {
      return false;
    }
    LineCost l = (LineCost) o;
    return name.equals(l.name)
        && kind == l.kind
        && scope == l.scope
        && payers.equals(l.payers)
        && weekly.equals(l.weekly)
        && rate.equals(l.rate)
        && explanation.equals(l.explanation)
        && needs.equals(l.needs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, scope, payers, weekly, rate, explanation, needs);
  }

  @Override
  public String toString() {
    return "LineCost[name="
        + name
        + ", kind="
        + kind
        + ", scope="
        + scope
        + ", payers="
        + payers
        + ", weekly="
        + weekly
        + ", rate="
        + rate.map(HourlyRate::rate).map(Money::toString).orElse("")
        + ", explanation="
        + explanation
        + ", needs="
        + needs
        + "]";
  }
}
