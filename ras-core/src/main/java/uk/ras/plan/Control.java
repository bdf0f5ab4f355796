package uk.ras.plan;

/**
 * Who controls the money of a plan item (Care Act 2014 s26; DOMAIN point 6): the ways a personal budget
 * may be taken, which a plan may mix.
 */
public enum Control {
  /**
   * A direct payment: the person, or a family member or other person named, holds the money and buys
   * the support; this includes a specified amount placed under a family's control.
   */
  DIRECT_PAYMENT("direct payment"),
  /** An Individual Service Fund: a named provider holds the money for this person only. */
  ISF("Individual Service Fund"),
  /** A managed (virtual) budget: the council holds the money and buys what the person chooses. */
  COUNCIL_MANAGED("managed by the council");

  private final String label;

  Control(String label) {
    this.label = label;
  }

  /** {@return how a person reads it, such as "direct payment"; never null} */
  public String label() {
    return label;
  }
}
