package uk.ras.plan;

/** What a plan item is; each kind is made by its own factory of {@link PlanItem}. */
public enum ItemKind {
  /** Hours of a provider's support, costed by the cost-based method at a staff type and band. */
  PROVIDER_HOURS("provider support"),
  /** A provider's quoted weekly price. */
  PROVIDER_QUOTE("provider support (quoted)"),
  /** A personal assistant employed through a direct payment: pay plus the employer's costs. */
  PERSONAL_ASSISTANT("personal assistant"),
  /** Assistive technology rented by the week. */
  TECHNOLOGY_RENTAL("assistive technology (rented)"),
  /** Assistive technology bought, its price annualised over its life. */
  TECHNOLOGY_PURCHASE("assistive technology (bought)"),
  /** A one-off purchase, annualised over its life or charged to the year it falls in. */
  ONE_OFF("one-off purchase"),
  /** Transport, a weekly amount. */
  TRANSPORT("transport"),
  /** Unpaid support from family, friends or community, costing nothing. */
  UNPAID("unpaid support");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  /** {@return how a person reads it, such as "personal assistant"; never null} */
  public String label() {
    return label;
  }
}
