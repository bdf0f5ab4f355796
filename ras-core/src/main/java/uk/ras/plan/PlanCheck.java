package uk.ras.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.allocation.Budget;
import uk.ras.allocation.DomainPoints;
import uk.ras.allocation.PersonalBudget;
import uk.ras.assessment.PersonId;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;

/**
 * A support plan costed and set beside the person's indicative budget: every item's cost, the plan's
 * weekly and annual cost, the headroom below the indicative figure or the excess above it (then
 * referred to the panel with the items that drive it, largest first; the plan is never trimmed), the
 * assessed needs no item meets, who controls how much, and what each funding stream pays; with the
 * explanation of every pound. Made by {@link SupportPlan#check}. Immutable and thread-safe.
 *
 * <p>The weekly cost is the sum of the items' weekly costs and the annual cost the sum of their annual
 * costs (see {@link ItemCost} for which is each item's base); the control totals and the stream
 * portions add up exactly to both.
 */
public final class PlanCheck {
  private final PersonId person;
  private final LocalDate date;
  private final Budget indicative;
  private final List<ItemCost> items;
  private final Money weekly;
  private final Money annual;
  private final List<ItemCost> excessDrivers;
  private final List<DomainPoints> unmetNeeds;
  private final List<ControlTotal> controls;
  private final List<StreamPortion> streams;
  private final Money chargeable;
  private final List<String> explanation;

  PlanCheck(
      PersonId person,
      LocalDate date,
      Budget indicative,
      List<ItemCost> items,
      Money weekly,
      Money annual,
      List<ItemCost> excessDrivers,
      List<DomainPoints> unmetNeeds,
      List<ControlTotal> controls,
      List<StreamPortion> streams,
      Money chargeable,
      List<String> explanation) {
    this.person = Objects.requireNonNull(person, "person");
    this.date = Objects.requireNonNull(date, "date");
    this.indicative = Objects.requireNonNull(indicative, "indicative");
    this.items = List.copyOf(items);
    this.weekly = Objects.requireNonNull(weekly, "weekly");
    this.annual = Objects.requireNonNull(annual, "annual");
    this.excessDrivers = List.copyOf(excessDrivers);
    this.unmetNeeds = List.copyOf(unmetNeeds);
    this.controls = List.copyOf(controls);
    this.streams = List.copyOf(streams);
    this.chargeable = Objects.requireNonNull(chargeable, "chargeable");
    this.explanation = List.copyOf(explanation);
  }

  /** {@return whose plan it is; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the day whose rates costed it; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the indicative budget it was checked against; never null} */
  public Budget indicative() {
    return indicative;
  }

  /** {@return every item costed, in the plan's order; never null} */
  public List<ItemCost> items() {
    return items;
  }

  /** {@return the plan's cost a week: the sum of its items'; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return the plan's cost in its year: the sum of its items' annual costs; never null} */
  public Money annual() {
    return annual;
  }

  /** {@return whether the weekly cost is at most the indicative weekly budget} */
  public boolean withinIndicative() {
    return !weekly.isGreaterThan(indicative.weekly());
  }

  /** {@return the indicative weekly budget less the cost, when within it; zero above it; never null} */
  public Money headroom() {
    return withinIndicative() ? indicative.weekly().minus(weekly) : Money.zero();
  }

  /** {@return the weekly cost above the indicative budget; zero within it; never null} */
  public Money excess() {
    return withinIndicative() ? Money.zero() : weekly.minus(indicative.weekly());
  }

  /** {@return whether the plan goes to the panel because it costs more than the indicative budget} */
  public boolean referredToPanel() {
    return !withinIndicative();
  }

  /**
   * {@return when above the indicative budget, the paid items that drive the excess: the largest by
   * weekly cost first (ties in the plan's order), as many as together cost at least the excess; empty
   * within it; never null}
   */
  public List<ItemCost> excessDrivers() {
    return excessDrivers;
  }

  /**
   * {@return the assessed needs (domains with points above zero) that no item meets, in the
   * questionnaire's order; unpaid support from someone not recorded willing and able meets none; never
   * null}
   */
  public List<DomainPoints> unmetNeeds() {
    return unmetNeeds;
  }

  /**
   * {@return how much each holder controls, in the order each first appears in the plan; they add up
   * exactly to the cost, weekly and annual; never null}
   */
  public List<ControlTotal> controls() {
    return controls;
  }

  /**
   * {@return the weekly amount under one kind of control, all its holders together; never null}
   *
   * @param control not null
   */
  public Money weekly(Control control) {
    Objects.requireNonNull(control, "control");
    List<Money> amounts = new ArrayList<>();
    controls.stream().filter(c -> c.heldBy().control() == control).forEach(c -> amounts.add(c.weekly()));
    return Money.total(amounts);
  }

  /**
   * {@return what each funding stream pays of the cost, in the rule set's order, then the part no stream
   * pays if there is one; they add up exactly to the cost, weekly and annual; empty when the rule set
   * declares no streams}
   */
  public List<StreamPortion> streams() {
    return streams;
  }

  /** {@return the explanation, indicative figure, then each item's costing, then the checks; never null} */
  public List<String> explanation() {
    return explanation;
  }

  /**
   * Records the decision on the plan. An approved plan gives the personal budget: its cost is the plan's
   * cost, whatever the indicative figure; the person's contribution is the assessed contribution, at
   * most the chargeable part of the cost (section 117 after-care is free); the council pays the rest
   * ({@link PersonalBudget#forCost}); the contribution is taken against the chargeable streams in
   * proportion to their weekly amounts.
   *
   * @param decision not null
   * @return the agreed budget when {@code decision} approves the plan; empty when it does not
   */
  public Optional<AgreedBudget> decide(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    if (!decision.isApproved()) {
      return Optional.empty();
    }
    PersonalBudget budget = PersonalBudget.forCost(weekly, chargeable, indicative.assessedContribution());
    List<StreamPortion> agreed = new ArrayList<>();
    List<java.math.BigDecimal> weights = new ArrayList<>();
    for (StreamPortion s : streams) {
      weights.add(s.chargeable() ? s.weekly().pounds() : java.math.BigDecimal.ZERO);
    }
    boolean anyWeight = weights.stream().anyMatch(w -> w.signum() > 0);
    List<Money> contributions = anyWeight ? Apportionment.byWeights(budget.personContribution(), weights) : null;
    for (int i = 0; i < streams.size(); i++) {
      agreed.add(streams.get(i).withPersonContribution(anyWeight ? contributions.get(i) : Money.zero()));
    }
    List<String> words = new ArrayList<>(explanation);
    words.add("Decision: approved by " + decision.by() + " on " + decision.on() + ".");
    words.add(
        "Indicative "
            + indicative.weekly()
            + " a week -> plan "
            + weekly
            + " a week -> agreed personal budget "
            + budget.cost()
            + " a week ("
            + annual
            + " in the plan's year): the cost of the agreed plan, "
            + (withinIndicative()
                ? headroom() + " below the indicative figure."
                : excess() + " above the indicative figure, as the panel agreed."));
    words.add(
        "The three figures (Care Act 2014 s26): the cost of meeting the needs "
            + budget.cost()
            + "; the person pays "
            + budget.personContribution()
            + " (assessed "
            + indicative.assessedContribution()
            + " a week, at most the chargeable "
            + chargeable
            + "); the council pays "
            + budget.councilContribution()
            + " = "
            + budget.cost()
            + " - "
            + budget.personContribution()
            + ".");
    for (StreamPortion s : agreed) {
      words.add(
          "  "
              + s.name()
              + ": "
              + s.weekly()
              + " a week, "
              + s.annual()
              + " a year"
              + (s.chargeable() ? "; the person's contribution " + s.personContribution() : "; free to the person"));
    }
    return Optional.of(new AgreedBudget(person, decision, indicative.weekly(), budget, annual, agreed, words));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PlanCheck)) {
      return false;
    }
    PlanCheck p = (PlanCheck) o;
    return person.equals(p.person)
        && date.equals(p.date)
        && indicative.equals(p.indicative)
        && items.equals(p.items)
        && weekly.equals(p.weekly)
        && annual.equals(p.annual)
        && excessDrivers.equals(p.excessDrivers)
        && unmetNeeds.equals(p.unmetNeeds)
        && controls.equals(p.controls)
        && streams.equals(p.streams)
        && chargeable.equals(p.chargeable)
        && explanation.equals(p.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, date, weekly, annual, items, controls, streams);
  }

  @Override
  public String toString() {
    return "PlanCheck[person=" + person + ", date=" + date + ", weekly=" + weekly + ", annual=" + annual
        + ", indicative=" + indicative.weekly() + (withinIndicative() ? ", headroom=" + headroom() : ", excess=" + excess())
        + ", items=" + items.size() + ", unmetNeeds=" + unmetNeeds + "]";
  }
}
