package uk.ras.plan;

import java.util.List;
import java.util.Objects;
import uk.ras.allocation.PersonalBudget;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * The personal budget of an approved support plan: the decision, the statutory three figures (the cost
 * of meeting the needs is the agreed plan's cost, whatever the indicative figure was), the annual cost,
 * what each funding stream pays with the person's contribution taken against it, and the explanation
 * from the indicative figure through each item's costing to the agreed figures. Made by {@link
 * PlanCheck#decide}. Immutable and thread-safe.
 */
public final class AgreedBudget {
  private final PersonId person;
  private final Decision decision;
  private final Money indicativeWeekly;
  private final PersonalBudget personalBudget;
  private final Money annual;
  private final List<StreamPortion> streams;
  private final List<String> explanation;

  AgreedBudget(
      PersonId person,
      Decision decision,
      Money indicativeWeekly,
      PersonalBudget personalBudget,
      Money annual,
      List<StreamPortion> streams,
      List<String> explanation) {
    this.person = Objects.requireNonNull(person, "person");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.indicativeWeekly = Objects.requireNonNull(indicativeWeekly, "indicativeWeekly");
    this.personalBudget = Objects.requireNonNull(personalBudget, "personalBudget");
    this.annual = Objects.requireNonNull(annual, "annual");
    this.streams = List.copyOf(streams);
    this.explanation = List.copyOf(explanation);
  }

  /** {@return whose budget it is; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the approval; never null} */
  public Decision decision() {
    return decision;
  }

  /** {@return the indicative weekly budget the plan started from; never null} */
  public Money indicativeWeekly() {
    return indicativeWeekly;
  }

  /** {@return the three statutory figures, weekly; the cost is the agreed plan's; never null} */
  public PersonalBudget personalBudget() {
    return personalBudget;
  }

  /** {@return the agreed plan's cost in its year; never null} */
  public Money annual() {
    return annual;
  }

  /**
   * {@return what each funding stream pays, with its part of the person's contribution; they add up
   * exactly to the cost (weekly and annual) and to the person's contribution; empty when the rule set
   * declares no streams}
   */
  public List<StreamPortion> streams() {
    return streams;
  }

  /** {@return the explanation, indicative -> plan -> agreed, every pound traced; never null} */
  public List<String> explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AgreedBudget)) {
      return false;
    }
    AgreedBudget a = (AgreedBudget) o;
    return person.equals(a.person)
        && decision.equals(a.decision)
        && indicativeWeekly.equals(a.indicativeWeekly)
        && personalBudget.equals(a.personalBudget)
        && annual.equals(a.annual)
        && streams.equals(a.streams)
        && explanation.equals(a.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, decision, indicativeWeekly, personalBudget, annual, streams, explanation);
  }

  @Override
  public String toString() {
    return "AgreedBudget[person=" + person + ", decision=" + decision + ", indicativeWeekly=" + indicativeWeekly
        + ", personalBudget=" + personalBudget + ", annual=" + annual + ", streams=" + streams + "]";
  }
}
