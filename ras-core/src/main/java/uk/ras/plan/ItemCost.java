package uk.ras.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;

/**
 * One plan item costed: its weekly and annual cost, the annual charges of a purchase spread over years,
 * whether it meets the needs it names, and how the cost was reached, a step a line. For support priced
 * by the week the weekly cost is the base and the annual one {@code weekly x weeks a year}; for a
 * personal assistant and a purchase the annual cost is the base and the weekly one {@code annual /
 * weeks a year}, rounded (see {@link PlanItem}). Immutable and thread-safe. Made only by the engine.
 */
public final class ItemCost {
  private final String name;
  private final ItemKind kind;
  private final Optional<HeldBy> heldBy;
  private final List<DomainId> needs;
  private final boolean meetsNeeds;
  private final Money weekly;
  private final Money annual;
  private final List<Money> annualCharges;
  private final List<String> explanation;

  ItemCost(
      String name,
      ItemKind kind,
      Optional<HeldBy> heldBy,
      List<DomainId> needs,
      boolean meetsNeeds,
      Money weekly,
      Money annual,
      List<Money> annualCharges,
      List<String> explanation) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.heldBy = Objects.requireNonNull(heldBy, "heldBy");
    this.needs = List.copyOf(needs);
    this.meetsNeeds = meetsNeeds;
    this.weekly = Objects.requireNonNull(weekly, "weekly");
    this.annual = Objects.requireNonNull(annual, "annual");
    this.annualCharges = List.copyOf(annualCharges);
    this.explanation = List.copyOf(explanation);
  }

  /** {@return the item's name; never null} */
  public String name() {
    return name;
  }

  /** {@return what the item is; never null} */
  public ItemKind kind() {
    return kind;
  }

  /** {@return who holds its money; empty for unpaid support} */
  public Optional<HeldBy> heldBy() {
    return heldBy;
  }

  /** {@return the domains of need it names; never null} */
  public List<DomainId> needs() {
    return needs;
  }

  /** {@return whether it meets the needs it names (unpaid support only from someone willing and able)} */
  public boolean meetsNeeds() {
    return meetsNeeds;
  }

  /** {@return its cost a week; zero for unpaid support; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return its cost in the plan's year; zero for unpaid support; never null} */
  public Money annual() {
    return annual;
  }

  /**
   * {@return the charge of each year, the plan's year first: for a purchase annualised over n years its
   * n charges, adding up exactly to the price; otherwise the one annual cost; never null, never empty}
   */
  public List<Money> annualCharges() {
    return annualCharges;
  }

  /** {@return how the cost was reached, a step a line; never null} */
  public List<String> explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ItemCost)) {
      return false;
    }
    ItemCost i = (ItemCost) o;
    return name.equals(i.name)
        && kind == i.kind
        && heldBy.equals(i.heldBy)
        && needs.equals(i.needs)
        && meetsNeeds == i.meetsNeeds
        && weekly.equals(i.weekly)
        && annual.equals(i.annual)
        && annualCharges.equals(i.annualCharges)
        && explanation.equals(i.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, heldBy, needs, meetsNeeds, weekly, annual, annualCharges, explanation);
  }

  @Override
  public String toString() {
    return "ItemCost[name=" + name + ", kind=" + kind + ", heldBy=" + heldBy.map(HeldBy::describe).orElse("")
        + ", needs=" + needs + ", meetsNeeds=" + meetsNeeds + ", weekly=" + weekly + ", annual=" + annual
        + ", annualCharges=" + annualCharges + ", explanation=" + explanation + "]";
  }
}
