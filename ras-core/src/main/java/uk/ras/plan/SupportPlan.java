package uk.ras.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.allocation.Budget;
import uk.ras.assessment.PersonId;
import uk.ras.costing.InvalidCostingException;
import uk.ras.costing.Rates;
import uk.ras.ruleset.RuleSet;

/**
 * A person's support plan: how they mean to meet the needs their assessment found, item by item (paid
 * support, a personal assistant, technology, purchases, transport, unpaid support), each naming the
 * needs it meets and who holds its money. The indicative allocation is where planning starts, never a
 * cap (Care Act 2014 s26; R (KM) v Cambridgeshire CC [2012] UKSC 23): {@link #check} costs the plan and
 * sets it beside the indicative budget, and an approved plan's cost is the personal budget ({@link
 * PlanCheck#decide}). Immutable and thread-safe.
 */
public final class SupportPlan {
  /** The most items a plan may have. */
  public static final int MAX_ITEMS = 200;

  private final PersonId person;
  private final List<PlanItem> items;

  private SupportPlan(PersonId person, List<PlanItem> items) {
    this.person = person;
    this.items = List.copyOf(items);
  }

  /**
   * A plan of items.
   *
   * @param person whose plan it is, not null
   * @param items in the plan's order, not null, no nulls; checked by {@link #check}
   * @return the plan, never null
   */
  public static SupportPlan of(PersonId person, List<PlanItem> items) {
    Objects.requireNonNull(person, "person");
    for (PlanItem i : Objects.requireNonNull(items, "items")) {
      Objects.requireNonNull(i, "items");
    }
    return new SupportPlan(person, items);
  }

  /** {@return whose plan it is; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the items, in the plan's order; never null} */
  public List<PlanItem> items() {
    return items;
  }

  /**
   * Costs the plan under the rates in force on {@code date} and checks it against the person's
   * indicative allocation: the weekly and annual cost, the headroom or the excess (flagged for the
   * panel with the items that drive it, never trimmed), the needs no item meets, who controls how much,
   * and what each funding stream pays.
   *
   * @param indicative the person's indicative budget, allocated with {@code Detail.EXPLAINED} when the
   *     rule set declares funding streams (their attribution comes from its explanation); not null
   * @param rules the rule set that allocated {@code indicative}, for the domains' and streams' names;
   *     not null
   * @param rates the rates to cost paid support and personal assistants by, not null
   * @param date the day whose rates apply, not null
   * @return the check, never null
   * @throws IllegalArgumentException if {@code indicative} is another person's or from another rule
   *     set, or is not explained while the rules declare streams
   * @throws InvalidCostingException with every problem of the plan placed at its item ({@code
   *     items[2].needs}): no items, or more than {@value #MAX_ITEMS}; a name given twice; an item meeting
   *     no need, or a domain the rules do not have; quantities out of range; a staff type or band the
   *     rates lack; a personal assistant under rates that declare no employer costs
   * @throws uk.ras.costing.NoRatesInForceException if no rates are in force on {@code date}
   */
  public PlanCheck check(Budget indicative, RuleSet rules, Rates rates, LocalDate date) {
    Objects.requireNonNull(indicative, "indicative");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(date, "date");
    if (!indicative.person().equals(person)) {
      throw new IllegalArgumentException(
          "the indicative budget is " + indicative.person() + "'s, the plan " + person + "'s");
    }
    if (!indicative.ruleSetLabel().equals(rules.label())) {
      throw new IllegalArgumentException(
          "the indicative budget was allocated by " + indicative.ruleSetLabel() + ", not " + rules.label());
    }
    if (!rules.streams().isEmpty() && indicative.explanation().isEmpty()) {
      throw new IllegalArgumentException(
          "the indicative budget must be explained (Detail.EXPLAINED): its funding streams' attribution comes from its explanation");
    }
    return Planner.check(this, indicative, rules, rates.inForce(date), date);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SupportPlan)) {
      return false;
    }
    SupportPlan p = (SupportPlan) o;
    return person.equals(p.person) && items.equals(p.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, items);
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    items.forEach(i -> names.add(i.name()));
    return "SupportPlan[person=" + person + ", items=" + names + "]";
  }
}
